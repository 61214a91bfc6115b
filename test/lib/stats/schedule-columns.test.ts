import { describe, expect, it } from 'vitest';
import {
  fromColumns,
  toColumns,
  type SnapshotRow,
} from '../../../src-renderer/lib/stats/schedule-columns';

const rows: SnapshotRow[] = [
  {
    cardId: 'a',
    deck: 'OPCEL 252::オブジェクトストレージ (Swift)',
    queue: 'review',
    state: 'review',
    due: 1_764_000_000_000,
    stability: 12.5,
    difficulty: 4.2,
    scheduledDays: 13,
    lastReview: 1_763_000_000_000,
  },
  {
    cardId: 'b',
    deck: 'OPCEL 252::ブロックストレージ (Cinder)',
    queue: 'buried',
    state: 'learning',
    due: 1_764_000_100_000,
    stability: 0.4,
    difficulty: 6,
    scheduledDays: 0,
    lastReview: 1_763_990_000_000,
    buriedUntil: 1_764_050_000_000,
  },
  {
    cardId: 'c',
    deck: 'OPCEL 252::オブジェクトストレージ (Swift)',
    queue: 'new',
    state: 'new',
    due: 3,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
  },
];

describe('schedule rows as columns', () => {
  it('gives back the very rows, absent fields absent', () => {
    const back = fromColumns(toColumns(rows));
    expect(back).toEqual(rows);
    expect('lastReview' in back[2]!).toBe(false);
  });

  it('keeps each deck, queue and state once', () => {
    const columns = toColumns(rows);
    expect(columns.decks).toHaveLength(2);
    expect([...columns.deck]).toEqual([0, 1, 0]);
    expect(columns.queues).toEqual(['review', 'buried', 'new']);
  });

  it('survives the structured clone IndexedDB stores it with', () => {
    expect(fromColumns(structuredClone(toColumns(rows)))).toEqual(rows);
  });
});
