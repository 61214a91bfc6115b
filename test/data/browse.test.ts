import { describe, expect, it } from 'vitest';
import { loadBrowseRows, reloadBrowseRows } from '../../src-renderer/data/browse';
import {
  buryCards,
  deleteCards,
  flagCards,
  suspendCards,
} from '../../src-renderer/data/card-actions';
import { saveCardEdit } from '../../src-renderer/data/card-edit';
import { retireCards, upsertCards } from '../../src-renderer/data/cards';
import { recordGrade } from '../../src-renderer/data/study';
import { Scheduler } from '../../src-renderer/lib/scheduler/fsrs-adapter';
import { studyDayOf } from '../../src-renderer/lib/scheduler/study-day';
import { card, testDb } from './helpers';

const DECK = 'OPCEL 252::イメージサービス (Glance)';
const MORNING = new Date('2026-11-25T10:00:00+09:00');
const DAY = studyDayOf(MORNING);
const scheduler = new Scheduler({ fuzz: false });

async function setUp() {
  const db = testDb();
  const contents = [
    card(DECK, 'Glance', 'the OpenStack image service'),
    card(DECK, 'qcow2', 'QEMU copy-on-write image format'),
    card(DECK, 'bare', 'container format: no container around the image'),
    card(DECK, 'ami', 'Amazon machine image'),
  ];
  await upsertCards(db, contents, 1);
  const [glance, qcow2, bare, ami] = contents.map((c) => c.id) as [string, string, string, string];
  return { db, glance, qcow2, bare, ami };
}

describe('loadBrowseRows', () => {
  it('joins content, schedule, marks and the last answer; leaves retired cards out', async () => {
    const { db, glance, qcow2, bare, ami } = await setUp();
    const before = (await db.schedules.get(glance))!;
    const outcome = scheduler.grade(before, 3, MORNING);
    await recordGrade(db, { cardId: glance, deck: DECK, outcome, elapsedMs: 1000 });
    await suspendCards(db, [qcow2]);
    await flagCards(db, [qcow2], 2);
    await buryCards(db, [bare], DAY);
    await retireCards(db, [ami], new Set(), 2);

    const rows = await loadBrowseRows(db, MORNING.getTime());
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect([...byId.keys()].sort()).toEqual([glance, qcow2, bare].sort());
    expect(byId.get(glance)).toMatchObject({
      question: 'Glance',
      answer: 'the OpenStack image service',
      deck: DECK,
      state: outcome.schedule.state,
      queue: 'learn',
      due: outcome.schedule.due,
      reps: 1,
      lastRatedAt: MORNING.getTime(),
    });
    expect(byId.get(qcow2)).toMatchObject({ queue: 'suspended', flag: 2, lastRatedAt: null });
    expect(byId.get(bare)?.queue).toBe('buried');
  });

  it('shows a buried card back in its queue once its day is over', async () => {
    const { db, bare } = await setUp();
    await buryCards(db, [bare], DAY);
    const rows = await loadBrowseRows(db, DAY.end);
    expect(rows.find((row) => row.id === bare)?.queue).toBe('new');
  });

  it('shows and searches the edited text of an edited card', async () => {
    const { db, glance } = await setUp();
    await saveCardEdit(
      db,
      glance,
      { front: 'Glance (image service)', back: 'the OpenStack image service', tags: ['edited'] },
      5,
    );
    const row = (await loadBrowseRows(db, MORNING.getTime())).find((r) => r.id === glance);
    expect(row).toMatchObject({
      question: 'Glance (image service)',
      tags: ['edited'],
      updatedAt: 5,
    });
  });
});

describe('reloadBrowseRows', () => {
  it('rereads the cards an action touched and names the deleted ones', async () => {
    const { db, glance, qcow2 } = await setUp();
    await suspendCards(db, [glance]);
    await deleteCards(db, [qcow2]);
    const { rows, gone } = await reloadBrowseRows(db, [glance, qcow2], MORNING.getTime());
    expect(rows.map((row) => [row.id, row.queue])).toEqual([[glance, 'suspended']]);
    expect(gone).toEqual([qcow2]);
  });
});
