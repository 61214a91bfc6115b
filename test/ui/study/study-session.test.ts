import { describe, expect, it } from 'vitest';
import { upsertCards } from '../../../src-renderer/data/cards';
import { fixedClock } from '../../../src-renderer/lib/clock';
import { StudySession } from '../../../src-renderer/ui/study/study-session.svelte';
import { UndoHistory } from '../../../src-renderer/ui/shared/undo-history';
import type { UndoableAction } from '../../../src-renderer/data/undo';
import { card, testDb } from '../../data/helpers';

const DECK = 'OPCEL 252::Glance';
/** A morning in Tokyo, after the 04:00 rollover. */
const MORNING = new Date('2026-11-25T10:00:00+09:00');

async function setUp() {
  const db = testDb();
  await upsertCards(
    db,
    [
      card(DECK, 'Glance', 'the OpenStack image service'),
      card(DECK, 'qcow2', 'QEMU copy-on-write image format'),
      card(DECK, 'bare', 'container format: no container around the image'),
    ],
    1,
  );
  const clock = fixedClock(MORNING);
  const history = new UndoHistory<UndoableAction>();
  const session = new StudySession(db, clock, DECK, history);
  await session.start();
  return { db, clock, history, session };
}

async function gradeCurrent(session: StudySession, rating: 1 | 2 | 3 | 4) {
  session.reveal();
  await session.grade(rating);
}

describe('StudySession undo and redo', () => {
  it('grade, undo, redo: the schedule, the log and the counts follow', async () => {
    const { db, clock, session } = await setUp();
    expect(session.counts).toEqual({ new: 3, learn: 0, review: 0 });
    const first = session.card!.id;
    const scheduleBefore = await db.schedules.get(first);

    clock.advance(5_000);
    await gradeCurrent(session, 3);
    const scheduleAfter = await db.schedules.get(first);
    expect(scheduleAfter?.queue).toBe('learn');
    expect(await db.logs.count()).toBe(1);
    expect(session.counts).toEqual({ new: 2, learn: 1, review: 0 });
    expect(session.card!.id).not.toBe(first);

    clock.advance(2_000);
    expect(await session.undo()).toBe(true);
    expect(session.card!.id).toBe(first);
    expect(session.phase).toBe('question');
    expect(await db.schedules.get(first)).toEqual(scheduleBefore);
    expect(await db.logs.count()).toBe(0);
    expect(session.counts).toEqual({ new: 3, learn: 0, review: 0 });

    expect(await session.redo()).toBe(true);
    expect(await db.schedules.get(first)).toEqual(scheduleAfter);
    expect(await db.logs.where('cardId').equals(first).count()).toBe(1);
    expect(session.counts).toEqual({ new: 2, learn: 1, review: 0 });
    expect(await session.redo()).toBe(false);
  });

  it('undoes two grades newest first, each card coming back in turn', async () => {
    const { db, clock, session } = await setUp();
    const first = session.card!.id;
    await gradeCurrent(session, 1);
    const second = session.card!.id;
    await gradeCurrent(session, 3);
    expect(session.counts).toEqual({ new: 1, learn: 2, review: 0 });

    // The first card's one-minute step is over: the queue would show it, the undone card comes first.
    clock.advance(2 * 60_000);
    await session.undo();
    expect(session.card!.id).toBe(second);
    expect(session.counts).toEqual({ new: 2, learn: 1, review: 0 });
    await session.undo();
    expect(session.card!.id).toBe(first);
    expect(session.counts).toEqual({ new: 3, learn: 0, review: 0 });
    expect(await db.logs.count()).toBe(0);
    expect(await session.undo()).toBe(false);
  });

  it('keeps the history when the screen is left and opened again', async () => {
    const { db, clock, history, session } = await setUp();
    const first = session.card!.id;
    await gradeCurrent(session, 3);
    const again = new StudySession(db, clock, DECK, history);
    await again.start();
    expect(again.counts).toEqual({ new: 2, learn: 1, review: 0 });
    await again.undo();
    expect(again.card!.id).toBe(first);
    expect(again.counts).toEqual({ new: 3, learn: 0, review: 0 });
  });

  it('refuses to undo a grade whose card changed since, and leaves the database as it is', async () => {
    const { db, session } = await setUp();
    const first = session.card!.id;
    await gradeCurrent(session, 3);
    const changed = { ...(await db.schedules.get(first))!, due: 1 };
    await db.schedules.put(changed);
    await expect(session.undo()).rejects.toThrow('changed since it was graded');
    expect(await db.schedules.get(first)).toEqual(changed);
    expect(await db.logs.count()).toBe(1);
  });
});
