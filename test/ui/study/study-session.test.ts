import { describe, expect, it } from 'vitest';
import { upsertCards } from '../../../src-renderer/data/cards';
import { createDeck } from '../../../src-renderer/data/decks';
import { createPreset } from '../../../src-renderer/data/presets';
import { DEFAULT_DECK_OPTIONS } from '../../../src-renderer/lib/scheduler/deck-options';
import { fixedClock } from '../../../src-renderer/lib/clock';
import { StudySession } from '../../../src-renderer/ui/study/study-session.svelte';
import { AddCardState } from '../../../src-renderer/ui/shared/add-card.svelte';
import { UndoHistory } from '../../../src-renderer/ui/shared/undo-history';
import type { UndoableAction } from '../../../src-renderer/data/undo';
import { studyDayOf } from '../../../src-renderer/lib/scheduler/study-day';
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

  it('an undo asked for while the grade is still being written waits for it, not lost', async () => {
    const { db, session } = await setUp();
    const first = session.card!.id;
    session.reveal();
    const grading = session.grade(3);
    const undoing = session.undo();
    await grading;
    expect(await undoing).toBe(true);
    expect(session.card!.id).toBe(first);
    expect(await db.logs.count()).toBe(0);
    expect(session.counts).toEqual({ new: 3, learn: 0, review: 0 });
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

/** Two `:::` pairs of the shipped Glance notes (one note each) and a card of its own. */
async function setUpNotes(burySiblings = true) {
  const db = testDb();
  const file = 'opcel-252/252.1-glance.md';
  const from = (line: number) => ({ source: { file, line } });
  await upsertCards(
    db,
    [
      { ...card(DECK, 'Glance', 'the OpenStack image service'), ...from(10) },
      { ...card(DECK, 'the OpenStack image service', 'Glance'), ...from(10) },
      { ...card(DECK, 'glance-api', 'the REST API server, port 9292'), ...from(11) },
      { ...card(DECK, 'the REST API server, port 9292', 'glance-api'), ...from(11) },
      card(DECK, 'bare', 'container format: no container around the image'),
    ],
    1,
  );
  const clock = fixedClock(MORNING);
  const history = new UndoHistory<UndoableAction>();
  const session = new StudySession(db, clock, DECK, history, { burySiblings });
  await session.start();
  return { db, clock, history, session };
}

const fronts = async (session: StudySession, clock: ReturnType<typeof fixedClock>) => {
  const seen: string[] = [];
  while (session.phase === 'question') {
    seen.push(session.card!.front);
    await gradeCurrent(session, 4);
    clock.advance(1000);
  }
  return seen;
};

describe('StudySession card actions and siblings', () => {
  it('shows one card of a note a day; the next day the other', async () => {
    const { db, clock, session } = await setUpNotes();
    expect(session.counts).toEqual({ new: 3, learn: 0, review: 0 });
    expect(await fronts(session, clock)).toEqual(['Glance', 'glance-api', 'bare']);

    // Easy sends the cards days away; the next morning the reverse cards are new and shown.
    clock.set(new Date(MORNING.getTime() + 86_400_000));
    const next = new StudySession(db, clock, DECK, new UndoHistory<UndoableAction>());
    await next.start();
    expect(await fronts(next, clock)).toEqual([
      'the OpenStack image service',
      'the REST API server, port 9292',
    ]);
  });

  it('siblings left out of the reviews make room for the next, up to the review limit', async () => {
    const { db, clock } = await setUpNotes();
    await createPreset(db, DECK, 'Two reviews', { ...DEFAULT_DECK_OPTIONS, reviewsPerDay: 2 });
    const rows = await db.schedules.toArray();
    await db.schedules.bulkPut(
      rows.map((row) => ({
        ...row,
        state: 'review' as const,
        queue: 'review' as const,
        due: MORNING.getTime() - 60_000 + row.due,
        stability: 5,
        difficulty: 5,
        scheduledDays: 5,
        reps: 1,
        lastReview: MORNING.getTime() - 5 * 86_400_000,
      })),
    );
    const session = new StudySession(db, clock, DECK, new UndoHistory<UndoableAction>());
    await session.start();
    expect(session.counts).toEqual({ new: 0, learn: 0, review: 2 });
    expect(await fronts(session, clock)).toEqual(['Glance', 'glance-api']);
  });

  it('without "bury siblings", a note shows all its cards the same day', async () => {
    const { clock, session } = await setUpNotes(false);
    expect(session.counts).toEqual({ new: 5, learn: 0, review: 0 });
    expect(await fronts(session, clock)).toHaveLength(5);
  });

  it('undoing every grade brings the day back as it was, siblings still one a note', async () => {
    const { session } = await setUpNotes();
    expect(session.card!.front).toBe('Glance');
    await gradeCurrent(session, 4);
    await gradeCurrent(session, 4);
    await gradeCurrent(session, 4);
    expect(session.phase).toBe('done');
    await session.undo();
    await session.undo();
    await session.undo();
    expect(session.counts).toEqual({ new: 3, learn: 0, review: 0 });
    expect(session.card!.front).toBe('Glance');
  });

  it('bury and suspend take the card away, undo brings it back first, rollover unburies', async () => {
    const { db, clock, history, session } = await setUpNotes();
    expect(session.card!.front).toBe('Glance');
    const glance = session.card!.id;
    const buried = await session.perform({ kind: 'bury-note' });
    expect(buried?.cardIds).toHaveLength(2);
    expect(session.card!.front).toBe('glance-api');
    const api = session.card!.id;
    await session.perform({ kind: 'suspend-card' });
    // glance-api suspended: its reverse card is the note's card today.
    expect(session.card!.front).toBe('the REST API server, port 9292');
    expect(session.counts).toEqual({ new: 2, learn: 0, review: 0 });
    expect(history.canUndo).toBe(true);

    await session.undo();
    expect(session.card!.id).toBe(api);
    expect((await db.schedules.get(api))?.queue).toBe('new');
    await session.redo();
    expect((await db.schedules.get(api))?.queue).toBe('suspended');

    // Before the next rollover (04:00 local) the buried cards stay away; after it they are back.
    const rollover = studyDayOf(MORNING).end;
    clock.set(new Date(rollover - 60_000));
    const night = new StudySession(db, clock, DECK, history);
    await night.start();
    expect((await db.schedules.get(glance))?.queue).toBe('buried');
    clock.set(new Date(rollover));
    const morning = new StudySession(db, clock, DECK, history);
    await morning.start();
    expect((await db.schedules.get(glance))?.queue).toBe('new');
    expect(morning.card!.id).toBe(glance);
    expect((await db.schedules.get(api))?.queue).toBe('suspended');
  });

  it('mark and flag keep the card on screen and its side; undo takes them back', async () => {
    const { db, session } = await setUpNotes();
    const id = session.card!.id;
    session.reveal();
    await session.perform({ kind: 'mark' });
    await session.perform({ kind: 'flag', flag: 4 });
    expect(session.phase).toBe('answer');
    expect(session.card!.id).toBe(id);
    expect(session.marked).toBe(true);
    expect(session.flag).toBe(4);
    await session.perform({ kind: 'mark' });
    expect(session.marked).toBe(false);
    await session.undo();
    expect(session.marked).toBe(true);
    await session.undo();
    expect(session.flag).toBeUndefined();
    expect((await db.schedules.get(id))?.flag).toBeUndefined();
  });

  it('card info gives the review history and memory state; the done screen sums up', async () => {
    const { clock, session } = await setUpNotes();
    expect((await session.info())?.retrievability).toBeNull();
    const id = session.card!.id;
    clock.advance(4000);
    await gradeCurrent(session, 1);
    clock.advance(3 * 60_000);
    while (session.card!.id !== id) {
      await gradeCurrent(session, 4);
    }
    const info = (await session.info())!;
    expect(info.history.map((log) => log.rating)).toEqual([1]);
    expect(info.state).toBe('learning');
    expect(info.retrievability).toBeGreaterThan(0.9);
    expect(info.retrievability).toBeLessThanOrEqual(1);
    await fronts(session, clock);
    expect(session.phase).toBe('done');
    expect(session.summary).toMatchObject({ cards: 4, again: 1 });
    expect(session.summary!.ms).toBeGreaterThanOrEqual(4000);
  });

  it('study more: extra new cards today and reviews ahead', async () => {
    const { db, clock, session } = await setUpNotes(false);
    await createPreset(db, DECK, 'Two new', { ...DEFAULT_DECK_OPTIONS, newPerDay: 2 });
    const limited = new StudySession(db, clock, DECK, new UndoHistory<UndoableAction>(), {
      burySiblings: false,
    });
    await limited.start();
    expect(limited.counts.new).toBe(2);
    await limited.studyMore({ newCards: 2 });
    expect(limited.counts.new).toBe(4);
    expect(await fronts(limited, clock)).toHaveLength(4);
    expect(session.deck).toBe(DECK);

    // Everything graded Easy is due in days: reviewing 30 days ahead brings it all back.
    await limited.studyMore({ aheadDays: 30 });
    expect(limited.counts.review).toBe(4);
    await expect(limited.studyMore({ aheadDays: 0.5 })).rejects.toThrow('not a number of days');
  });
});

describe('StudySession with cards added while it runs', () => {
  it('an empty deck says so; a card added there is studied at once, its undo empties it again', async () => {
    const db = testDb();
    await createDeck(db, DECK, 1);
    const clock = fixedClock(MORNING);
    const history = new UndoHistory<UndoableAction>();
    const session = new StudySession(db, clock, DECK, history);
    await session.start();
    expect(session.phase).toBe('done');
    expect(session.empty).toBe(true);

    const adder = new AddCardState(db, clock, [DECK], DECK, history);
    adder.front = 'qcow2';
    adder.back = 'QEMU copy-on-write image format';
    await adder.add();
    await session.cardsAdded();
    expect(session.phase).toBe('question');
    expect(session.card?.front).toBe('qcow2');
    expect(session.canUndo).toBe(true);

    expect(await session.undo()).toBe(true);
    expect(session.phase).toBe('done');
    expect(session.empty).toBe(true);
  });

  it('a card on screen stays when one is added, which comes before the deck is done', async () => {
    const { db, clock, history, session } = await setUp();
    const shown = session.card!.id;
    const adder = new AddCardState(db, clock, [DECK], DECK, history);
    adder.front = 'raw';
    adder.back = 'disk format: an unstructured image';
    await adder.add();
    await session.cardsAdded();
    expect(session.card!.id).toBe(shown);
    const studied = [];
    for (let i = 0; i < 4; i++) {
      studied.push(session.card!.front);
      await gradeCurrent(session, 4);
    }
    expect(studied).toContain('raw');
    expect(session.phase).toBe('done');
    expect(session.empty).toBe(false);
  });
});
