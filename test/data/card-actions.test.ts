import { describe, expect, it } from 'vitest';
import {
  addTags,
  buryCards,
  deleteCards,
  flagCards,
  markCards,
  moveCards,
  redoCardAction,
  removeTags,
  resetCards,
  restoreBuried,
  setDue,
  suspendCards,
  undoCardAction,
  unburyCards,
  unmarkCards,
  unsuspendCards,
} from '../../src-renderer/data/card-actions';
import { ensureDecks, upsertCards } from '../../src-renderer/data/cards';
import { deckSummaries, recordGrade } from '../../src-renderer/data/study';
import type { CardRow } from '../../src-renderer/data/schema';
import { effectiveContent } from '../../src-renderer/lib/cards/override';
import { Scheduler } from '../../src-renderer/lib/scheduler/fsrs-adapter';
import { studyDayOf } from '../../src-renderer/lib/scheduler/study-day';
import { card, testDb } from './helpers';

const DECK = 'OPCEL 252::Glance';
const MORNING = new Date('2026-11-25T10:00:00+09:00');
const DAY = studyDayOf(MORNING);
const scheduler = new Scheduler({ fuzz: false });
/** Tags are edits of the user's: they live in the card's override (lib/cards/override.ts). */
const shownTags = (row: CardRow | undefined) => row && effectiveContent(row).tags;

async function setUp() {
  const db = testDb();
  const contents = [
    card(DECK, 'Glance', 'the OpenStack image service'),
    card(DECK, 'qcow2', 'QEMU copy-on-write image format'),
    card(DECK, 'bare', 'container format: no container around the image'),
  ];
  await upsertCards(db, contents, 1);
  const ids = contents.map((c) => c.id);
  return { db, ids };
}

async function snapshot(db: ReturnType<typeof testDb>) {
  return {
    cards: await db.cards.toArray(),
    schedules: await db.schedules.toArray(),
    logs: await db.logs.toArray(),
  };
}

async function countsOf(db: ReturnType<typeof testDb>, now = MORNING) {
  return (await deckSummaries(db, studyDayOf(now))).find((s) => s.name === DECK)?.due;
}

async function review(db: ReturnType<typeof testDb>, id: string) {
  const before = (await db.schedules.get(id))!;
  const outcome = scheduler.grade(before, 4, MORNING);
  return recordGrade(db, { cardId: id, deck: DECK, outcome, elapsedMs: 1000 });
}

describe('card actions', () => {
  it('bury hides cards from the counts until the next study day, and undo/redo follow', async () => {
    const { db, ids } = await setUp();
    const before = await snapshot(db);
    const record = await buryCards(db, ids.slice(0, 2), DAY);
    expect(record.cardIds).toEqual(ids.slice(0, 2));
    expect(await countsOf(db)).toEqual({ new: 1, learn: 0, review: 0 });
    const row = await db.schedules.get(ids[0]!);
    expect(row).toMatchObject({ queue: 'buried', buriedUntil: DAY.end });

    await undoCardAction(db, record);
    expect(await snapshot(db)).toEqual(before);
    await redoCardAction(db, record);
    expect(await countsOf(db)).toEqual({ new: 1, learn: 0, review: 0 });

    const unbury = await unburyCards(db, [ids[0]!]);
    expect(unbury.cardIds).toEqual([ids[0]]);
    expect(await countsOf(db)).toEqual({ new: 2, learn: 0, review: 0 });

    // Still today: nothing comes back. At the next rollover the other one does.
    expect(await restoreBuried(db, DAY.end - 1)).toBe(0);
    expect(await restoreBuried(db, DAY.end)).toBe(1);
    expect(await countsOf(db, new Date(DAY.end + 1000))).toEqual({ new: 3, learn: 0, review: 0 });
    expect((await db.schedules.get(ids[1]!))?.buriedUntil).toBeUndefined();
  });

  it('suspend and unsuspend keep the schedule, and a grade keeps the flag', async () => {
    const { db, ids } = await setUp();
    const id = ids[0]!;
    await review(db, id);
    const reviewed = (await db.schedules.get(id))!;
    await flagCards(db, [id], 3);
    const suspended = await suspendCards(db, [id]);
    expect(await db.schedules.get(id)).toEqual({ ...reviewed, flag: 3, queue: 'suspended' });
    expect(await countsOf(db)).toEqual({ new: 2, learn: 0, review: 0 });
    await unsuspendCards(db, [id]);
    expect(await db.schedules.get(id)).toEqual({ ...reviewed, flag: 3 });
    expect(suspended.action).toBe('suspend');

    const regrade = await review(db, id);
    expect(regrade.after.flag).toBe(3);
    await flagCards(db, [id], 0);
    expect((await db.schedules.get(id))?.flag).toBeUndefined();
  });

  it('an action only records the cards it changed', async () => {
    const { db, ids } = await setUp();
    await suspendCards(db, [ids[0]!]);
    const record = await unsuspendCards(db, ids);
    expect(record.cardIds).toEqual([ids[0]]);
    expect(record.before.schedules).toHaveLength(1);
  });

  it('marks with the tag "marked" and edits tags, undoably', async () => {
    const { db, ids } = await setUp();
    const mark = await markCards(db, ids, 5);
    expect(shownTags(await db.cards.get(ids[0]!))).toEqual(['marked']);
    expect((await db.cards.get(ids[0]!))?.updatedAt).toBe(5);
    await addTags(db, ids, ['glance', 'marked'], 6);
    expect(shownTags(await db.cards.get(ids[1]!))).toEqual(['marked', 'glance']);
    await removeTags(db, [ids[1]!], ['marked'], 7);
    expect(shownTags(await db.cards.get(ids[1]!))).toEqual(['glance']);
    const unmark = await unmarkCards(db, ids, 8);
    expect(unmark.cardIds).toEqual([ids[0], ids[2]]);
    await expect(addTags(db, ids, ['two words'], 9)).rejects.toThrow('one word');
    await undoCardAction(db, unmark);
    expect(shownTags(await db.cards.get(ids[2]!))).toEqual(['marked', 'glance']);
    // The mark was overwritten by later tag edits: undoing it now would lose them, so it refuses.
    await expect(undoCardAction(db, mark)).rejects.toThrow('changed since');
  });

  it('moves cards to an existing deck with their schedules, and refuses an unknown deck', async () => {
    const { db, ids } = await setUp();
    const target = 'OPCEL 252::Cinder';
    await expect(moveCards(db, ids, target, 2)).rejects.toThrow('no deck named');
    await ensureDecks(db, [target], 1);
    const move = await moveCards(db, [ids[0]!], target, 2);
    expect((await db.cards.get(ids[0]!))?.deck).toBe(target);
    expect((await db.schedules.get(ids[0]!))?.deck).toBe(target);
    expect(await countsOf(db)).toEqual({ new: 2, learn: 0, review: 0 });
    await undoCardAction(db, move);
    expect(await countsOf(db)).toEqual({ new: 3, learn: 0, review: 0 });
  });

  it('resets a reviewed card to new and sets the due day of reviewed cards only', async () => {
    const { db, ids } = await setUp();
    await review(db, ids[0]!);
    const due = await setDue(db, ids, 3, DAY);
    expect(due.skippedNew).toBe(2);
    expect(due.cardIds).toEqual([ids[0]]);
    const row = (await db.schedules.get(ids[0]!))!;
    expect(row.due).toBe(DAY.start + 3 * 86_400_000);
    await expect(setDue(db, ids, -1, DAY)).rejects.toThrow('not a number of days');

    const reset = await resetCards(db, ids);
    expect(reset.cardIds).toEqual([ids[0]]);
    const fresh = (await db.schedules.get(ids[0]!))!;
    expect(fresh).toMatchObject({ state: 'new', queue: 'new', reps: 0 });
    expect(fresh.due).toBe((await db.cards.get(ids[0]!))!.position);
    expect(await db.logs.count()).toBe(1);
    await undoCardAction(db, reset);
    expect(await db.schedules.get(ids[0]!)).toEqual(row);
  });

  it('deletes cards with schedules and logs; undo restores every row; redo deletes again', async () => {
    const { db, ids } = await setUp();
    await review(db, ids[0]!);
    const before = await snapshot(db);
    const deletion = await deleteCards(db, ids.slice(0, 2));
    expect(await db.cards.count()).toBe(1);
    expect(await db.schedules.count()).toBe(1);
    expect(await db.logs.count()).toBe(0);
    await undoCardAction(db, deletion);
    expect(await snapshot(db)).toEqual(before);
    await redoCardAction(db, deletion);
    expect(await db.cards.count()).toBe(1);
    expect(await db.logs.count()).toBe(0);
  });

  it('refuses ids that do not exist and writes nothing', async () => {
    const { db, ids } = await setUp();
    const before = await snapshot(db);
    await expect(suspendCards(db, [ids[0]!, 'c0000000000000000'])).rejects.toThrow(
      'no longer exist',
    );
    await expect(deleteCards(db, ['c0000000000000000', ids[1]!])).rejects.toThrow(
      'no longer exist',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('a re-import keeps suspension, burial and flag', async () => {
    const { db, ids } = await setUp();
    await suspendCards(db, [ids[0]!]);
    await buryCards(db, [ids[1]!], DAY);
    await flagCards(db, [ids[1]!], 2);
    await upsertCards(
      db,
      [
        card(DECK, 'Glance', 'the OpenStack image service (changed)'),
        card(DECK, 'qcow2', 'QEMU copy-on-write (changed)'),
      ],
      3,
    );
    expect((await db.schedules.get(ids[0]!))?.queue).toBe('suspended');
    expect(await db.schedules.get(ids[1]!)).toMatchObject({ queue: 'buried', flag: 2 });
  });
});
