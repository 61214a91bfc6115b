import { describe, expect, test } from 'vitest';
import { describeCounts, planImport } from '../../../src-renderer/lib/formats/plan';
import type { ImportedCard } from '../../../src-renderer/lib/formats/types';

const card = (id: string, front = id): ImportedCard => ({
  id,
  deck: 'D',
  front,
  back: 'b',
  kind: 'basic',
  tags: [],
});
const incoming = [card('a'), card('b'), card('c')];
const existing = new Set(['b', 'c', 'z']);

describe('planImport', () => {
  test('update replaces cards with the same id', () => {
    const plan = planImport(existing, incoming, 'update', 2);
    expect(plan.add.map((c) => c.id)).toEqual(['a']);
    expect(plan.update.map((c) => c.id)).toEqual(['b', 'c']);
    expect(describeCounts(plan.counts)).toBe('1 added, 2 updated, 0 skipped, 2 errors');
  });

  test('skip leaves existing cards alone', () => {
    const plan = planImport(existing, incoming, 'skip');
    expect(plan.counts).toEqual({ added: 1, updated: 0, skipped: 2, errors: 0 });
    expect(plan.skip.map((c) => c.id)).toEqual(['b', 'c']);
  });

  test('keep-both adds copies under new ids that collide with nothing', () => {
    const plan = planImport(existing, incoming, 'keep-both');
    expect(plan.counts).toEqual({ added: 3, updated: 0, skipped: 0, errors: 0 });
    const ids = plan.add.map((c) => c.id);
    expect(new Set([...ids, ...existing]).size).toBe(ids.length + existing.size);
    expect(plan.add.map((c) => c.front)).toEqual(['a', 'b', 'c']);
    expect(planImport(existing, incoming, 'keep-both').add).toEqual(plan.add);
  });
});
