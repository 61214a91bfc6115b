import { describe, expect, it } from 'vitest';
import { upsertCards } from '../../src-renderer/data/cards';
import {
  deckSummaries,
  loadQueueSource,
  nextDueAfter,
  recordGrade,
} from '../../src-renderer/data/study';
import { createPreset } from '../../src-renderer/data/presets';
import { fixedClock } from '../../src-renderer/lib/clock';
import { DEFAULT_DECK_OPTIONS } from '../../src-renderer/lib/scheduler/deck-options';
import { Scheduler } from '../../src-renderer/lib/scheduler/fsrs-adapter';
import { studyDayOf } from '../../src-renderer/lib/scheduler/study-day';
import { StudyQueue } from '../../src-renderer/lib/scheduler/study-queue';
import type { Rating } from '../../src-renderer/lib/scheduler/types';
import { card, cards, testDb } from './helpers';

const DECK = 'OPCEL 252::Cinder';
const scheduler = new Scheduler({ fuzz: false });

async function countsOf(db: ReturnType<typeof testDb>, deck: string, now: Date) {
  const summaries = await deckSummaries(db, now);
  return summaries.find((s) => s.name === deck)?.due;
}

/** Studies a whole session the way the study screen does, grading every card with `rating`. */
async function studySession(
  db: ReturnType<typeof testDb>,
  deck: string,
  now: Date,
  rating: Rating,
) {
  const day = studyDayOf(now);
  const queue = new StudyQueue(await loadQueueSource(db, deck, day));
  let graded = 0;
  for (let next = queue.peek(now.getTime()); next; next = queue.peek(now.getTime())) {
    const outcome = scheduler.grade(next.schedule, rating, now);
    await recordGrade(db, { cardId: next.cardId, deck, outcome, elapsedMs: 1500 });
    queue.answered(next.cardId, outcome.schedule, day.end);
    graded++;
    if (graded > 1000) {
      throw new Error('session never ends');
    }
  }
  return graded;
}

describe('cards and decks', () => {
  it('adds cards with new schedules and creates the deck tree', async () => {
    const db = testDb();
    const summary = await upsertCards(db, cards(DECK, 30), 1);
    expect(summary).toEqual({ added: 30, changed: 0, unchanged: 0, retired: 0 });
    expect(await db.decks.toCollection().primaryKeys()).toEqual(['OPCEL 252', DECK]);
    expect(await db.schedules.count()).toBe(30);
  });

  it('loading the same cards again never duplicates them or resets schedules', async () => {
    const db = testDb();
    const first = cards(DECK, 3);
    await upsertCards(db, first, 1);
    const id = first[0]!.id;
    const before = (await db.schedules.get(id))!;
    const outcome = scheduler.grade(before, 3, new Date(2026, 10, 25, 10));
    await recordGrade(db, { cardId: id, deck: DECK, outcome, elapsedMs: 1 });

    const edited = first.map((c, i) => (i === 0 ? { ...c, back: 'a corrected answer' } : c));
    const summary = await upsertCards(db, edited, 2);
    expect(summary).toEqual({ added: 0, changed: 1, unchanged: 2, retired: 0 });
    expect(await db.cards.count()).toBe(3);
    expect((await db.cards.get(id))?.back).toBe('a corrected answer');
    expect(await db.schedules.get(id)).toMatchObject({ state: 'learning', queue: 'learn' });
  });

  it('retires cards that are no longer shipped, keeping their history', async () => {
    const db = testDb();
    const [keep, drop] = [card(DECK, 'kept'), card(DECK, 'dropped')];
    await upsertCards(db, [keep!, drop!], 1);
    const summary = await upsertCards(db, [keep!], 2, [keep!.id, drop!.id]);
    expect(summary.retired).toBe(1);
    expect((await db.cards.get(drop!.id))?.retiredAt).toBe(2);
    expect((await db.schedules.get(drop!.id))?.queue).toBe('retired');
    expect((await countsOf(db, DECK, new Date()))?.new).toBe(1);
  });
});

describe('daily review over several days', () => {
  it('limits new cards to 20 a day and brings them back as reviews later', async () => {
    const db = testDb();
    const clock = fixedClock(new Date(2026, 10, 25, 9, 0));
    await upsertCards(db, cards(DECK, 50), clock.now().getTime());
    expect(await countsOf(db, DECK, clock.now())).toEqual({ new: 20, learn: 0, review: 0 });

    // Day 1: Good on everything. Each new card needs two Goods (1m/10m steps) to graduate.
    const graded = await studySession(db, DECK, clock.now(), 3);
    expect(graded).toBe(40);
    // Done for today: the 30 new cards left over are offered when the next study day starts.
    const today = studyDayOf(clock.now());
    expect(await nextDueAfter(db, DECK, today.end)).toBe(today.end);
    expect(await countsOf(db, DECK, clock.now())).toEqual({ new: 0, learn: 0, review: 0 });

    // Past 04:00 the next study day offers 20 more new cards and the first reviews.
    clock.set(new Date(2026, 10, 26, 3, 59));
    expect((await countsOf(db, DECK, clock.now()))?.new).toBe(0);
    clock.set(new Date(2026, 10, 26, 4, 0));
    expect((await countsOf(db, DECK, clock.now()))?.new).toBe(20);

    // The graduated cards come back as reviews on the day FSRS scheduled them.
    const firstDue = (await db.schedules.filter((s) => s.queue === 'review').sortBy('due'))[0]!.due;
    expect(firstDue).toBeGreaterThan(new Date(2026, 10, 26, 4, 0).getTime());
    clock.set(new Date(firstDue));
    expect((await countsOf(db, DECK, clock.now()))?.review).toBeGreaterThan(0);
    const logs = await db.logs.count();
    expect(logs).toBe(40);
  });

  it('caps reviews per day', async () => {
    const db = testDb();
    const now = new Date(2026, 10, 25, 9, 0);
    await upsertCards(db, cards(DECK, 5), now.getTime());
    await createPreset(db, DECK, 'Two reviews', { ...DEFAULT_DECK_OPTIONS, reviewsPerDay: 2 });
    await db.schedules.toCollection().modify((s) => {
      Object.assign(s, {
        state: 'review',
        queue: 'review',
        due: now.getTime() - 1,
        stability: 3,
        difficulty: 5,
        lastReview: now.getTime() - 3 * 86_400_000,
      });
    });
    expect((await countsOf(db, DECK, now))?.review).toBe(2);
    const source = await loadQueueSource(db, DECK, studyDayOf(now));
    expect(source.review).toHaveLength(2);
  });
});

describe('recordGrade', () => {
  it('writes the schedule and the log together', async () => {
    const db = testDb();
    const [only] = cards(DECK, 1);
    await upsertCards(db, [only!], 1);
    const before = (await db.schedules.get(only!.id))!;
    const outcome = scheduler.grade(before, 4, new Date(2026, 10, 25, 10));
    await recordGrade(db, { cardId: only!.id, deck: DECK, outcome, elapsedMs: 2300 });
    expect((await db.schedules.get(only!.id))?.state).toBe('review');
    expect(await db.logs.toArray()).toMatchObject([
      {
        cardId: only!.id,
        deck: DECK,
        rating: 4,
        elapsedMs: 2300,
        stateBefore: 'new',
        stateAfter: 'review',
      },
    ]);
  });

  it('rolls the schedule back when the log write fails', async () => {
    const db = testDb();
    const [only] = cards(DECK, 1);
    await upsertCards(db, [only!], 1);
    const before = (await db.schedules.get(only!.id))!;
    db.logs.hook('creating', () => {
      throw new Error('disk full');
    });
    const outcome = scheduler.grade(before, 3, new Date(2026, 10, 25, 10));
    await expect(
      recordGrade(db, { cardId: only!.id, deck: DECK, outcome, elapsedMs: 1 }),
    ).rejects.toThrow('disk full');
    expect(await db.schedules.get(only!.id)).toEqual(before);
    expect(await db.logs.count()).toBe(0);
  });
});
