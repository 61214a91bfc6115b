import { describe, expect, it } from 'vitest';
import { upsertCards } from '../../src-renderer/data/cards';
import { createPreset } from '../../src-renderer/data/presets';
import {
  deckSummaries,
  loadQueueSource,
  recordGrade,
  undoGrade,
} from '../../src-renderer/data/study';
import { DEFAULT_DECK_OPTIONS } from '../../src-renderer/lib/scheduler/deck-options';
import { Scheduler } from '../../src-renderer/lib/scheduler/fsrs-adapter';
import { studyDayOf } from '../../src-renderer/lib/scheduler/study-day';
import { cards, testDb } from './helpers';

const DECK = 'OPCEL 252::Cinder';
const scheduler = new Scheduler({ fuzz: false });
const NOW = new Date(2026, 10, 25, 10);

describe('leeches', () => {
  it('the lapse reaching the threshold tags the card leech and suspends it; undo takes both back', async () => {
    const db = testDb();
    const [only] = cards(DECK, 1);
    await upsertCards(db, [only!], NOW.getTime());
    const review = {
      state: 'review' as const,
      due: NOW.getTime(),
      stability: 5,
      difficulty: 5,
      scheduledDays: 5,
      learningSteps: 0,
      reps: 10,
      lapses: 7,
      lastReview: NOW.getTime() - 5 * 86_400_000,
    };
    await db.schedules.update(only!.id, { ...review, queue: 'review' });
    const write = {
      cardId: only!.id,
      deck: DECK,
      outcome: scheduler.grade(review, 1, NOW),
      elapsedMs: 1000,
      leechThreshold: 8,
    };
    const record = await recordGrade(db, write);
    expect(await db.schedules.get(only!.id)).toMatchObject({ lapses: 8, queue: 'suspended' });
    expect((await db.cards.get(only!.id))?.tags).toEqual(['leech']);
    expect((await deckSummaries(db, NOW)).find((d) => d.name === DECK)?.due.learn).toBe(0);

    await undoGrade(db, record);
    expect(await db.schedules.get(only!.id)).toMatchObject({ lapses: 7, queue: 'review' });
    expect((await db.cards.get(only!.id))?.tags).toEqual([]);

    // Below the threshold a lapse is only a lapse.
    await recordGrade(db, { ...write, leechThreshold: 9 });
    expect(await db.schedules.get(only!.id)).toMatchObject({ lapses: 8, queue: 'learn' });
  });
});

describe('new-card order', () => {
  it("takes the day's new cards in the preset's order: notes order, or shuffled", async () => {
    const db = testDb();
    const all = cards(DECK, 40);
    await upsertCards(db, all, NOW.getTime());
    const day = studyDayOf(NOW);
    const fresh = async () => (await loadQueueSource(db, DECK, day)).fresh.map((c) => c.cardId);
    expect(await fresh()).toEqual(all.slice(0, 20).map((c) => c.id));
    await createPreset(db, DECK, 'Shuffled', { ...DEFAULT_DECK_OPTIONS, newCardOrder: 'random' });
    const shuffled = await fresh();
    expect(shuffled).toHaveLength(20);
    expect(shuffled).not.toEqual(all.slice(0, 20).map((c) => c.id));
    expect(await fresh()).toEqual(shuffled);
  });

  it("counts a deck's study day from its preset's rollover hour", async () => {
    const db = testDb();
    await upsertCards(db, cards(DECK, 30), NOW.getTime());
    const lateNight = new Date(2026, 10, 26, 3, 0);
    const card = (await loadQueueSource(db, DECK, studyDayOf(NOW))).fresh[0]!;
    for (const [rating, at] of [
      [3, NOW],
      [3, NOW],
    ] as const) {
      const current = (await db.schedules.get(card.cardId))!;
      await recordGrade(db, {
        cardId: card.cardId,
        deck: DECK,
        outcome: scheduler.grade(current, rating, at),
        elapsedMs: 1,
      });
    }
    // With the default 04:00 rollover, 03:00 is still the day that introduced a card.
    expect((await deckSummaries(db, lateNight)).find((d) => d.name === DECK)?.due.new).toBe(19);
    await createPreset(db, DECK, 'Midnight', { ...DEFAULT_DECK_OPTIONS, rolloverHour: 0 });
    expect((await deckSummaries(db, lateNight)).find((d) => d.name === DECK)?.due.new).toBe(20);
  });
});
