import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../src-main/decks';
import type { RecallDb } from '../../src-renderer/data/db';
import {
  examPlan,
  examReadiness,
  readinessBadges,
  setDeckExam,
} from '../../src-renderer/data/exam';
import {
  mockExamCards,
  mockExamHistory,
  saveMockExam,
  sendToRelearning,
} from '../../src-renderer/data/mock-exams';
import { cardsOfShippedDecks } from '../../src-renderer/data/shipped-decks';
import { upsertCards } from '../../src-renderer/data/cards';
import type { CardContent } from '../../src-renderer/lib/cards/card';
import { recordGrade } from '../../src-renderer/data/study';
import { isoDate } from '../../src-renderer/lib/exam/settings';
import { deckOptions, saveDeckOptions } from '../../src-renderer/data/presets';
import { Scheduler } from '../../src-renderer/lib/scheduler/fsrs-adapter';
import { default_w } from 'ts-fsrs';
import { testDb } from './helpers';

const TOP = 'OPCEL 252';
const GLANCE = 'OPCEL 252::イメージサービス (Glance)';
// Local time, well after the 04:00 rollover, whatever the time zone.
const NOW = new Date(2026, 10, 25, 10, 0);
const DAY = 86_400_000;
const EXAM = {
  date: isoDate(new Date(NOW.getTime() + 30 * DAY)),
  targetRetention: 0.9,
  examSchedule: true,
};
let shipped: CardContent[];

beforeAll(async () => {
  // Generated once: each test writes the shipped deck's cards into a fresh database.
  const files = await readDeckFolder(join(import.meta.dirname, '../../decks'));
  shipped = cardsOfShippedDecks(files).cards;
});

async function seeded(): Promise<RecallDb> {
  const db = testDb();
  await upsertCards(db, shipped, NOW.getTime() - 60 * DAY);
  return db;
}

/** Answers the first `n` cards of `deck` Easy from `daysAgo` days before NOW, each time due. */
async function study(db: RecallDb, deck: string, n: number, daysAgo: number) {
  const scheduler = new Scheduler({ fuzz: false });
  const rows = (await db.schedules.where('deck').equals(deck).toArray()).slice(0, n);
  for (const row of rows) {
    const { cardId, deck: _d, queue: _q, ...schedule } = row;
    let s = schedule;
    let at = NOW.getTime() - daysAgo * DAY;
    while (at < NOW.getTime()) {
      const outcome = scheduler.grade(s, 4, new Date(at));
      await recordGrade(db, { cardId, deck, outcome, elapsedMs: 1000 });
      s = outcome.schedule;
      at = s.due;
    }
  }
  return rows.map((r) => r.cardId);
}

describe('exam settings', () => {
  it('are kept on the deck row; bad ones are refused with the row unchanged', async () => {
    const db = await seeded();
    await setDeckExam(db, TOP, EXAM);
    expect((await db.decks.get(TOP))?.exam).toEqual(EXAM);
    await expect(setDeckExam(db, TOP, { ...EXAM, date: '2027-02-30' })).rejects.toThrow(
      /calendar date/,
    );
    await expect(setDeckExam(db, TOP, { ...EXAM, targetRetention: 1.2 })).rejects.toThrow(
      /0.7 to 0.99/,
    );
    await expect(setDeckExam(db, 'nope', EXAM)).rejects.toThrow(/no deck/);
    expect((await db.decks.get(TOP))?.exam).toEqual(EXAM);
    await setDeckExam(db, TOP, null);
    expect((await db.decks.get(TOP))?.exam).toBeUndefined();
  });
});

describe('exam overview', () => {
  it('shows readiness per topic with its trend, and the plan, for the shipped deck', async () => {
    const db = await seeded();
    expect((await examReadiness(db, TOP, NOW)).exam).toBeNull();
    expect(await examPlan(db, TOP, NOW)).toBeNull();
    await setDeckExam(db, TOP, EXAM);
    await study(db, GLANCE, 10, 40);
    const overview = await examReadiness(db, TOP, NOW);
    const plan = await examPlan(db, TOP, NOW);
    expect(overview.topics).toHaveLength(5);
    expect(overview.topics[0]).toBe(GLANCE);
    const glance = overview.readiness!.topics[0]!;
    expect(glance).toMatchObject({ topic: GLANCE, cards: 105 });
    expect(glance.ready).toBe(10);
    expect(overview.readiness!.topics.slice(1).every((t) => t.ready === 0)).toBe(true);
    expect(overview.trend).toHaveLength(9);
    // Eight weeks ago, before the first review, nothing was ready.
    expect(overview.trend[0]!.total.ready).toBe(0);
    expect(overview.trend.at(-1)!.total).toEqual(overview.readiness!.total);
    expect(plan).toMatchObject({
      unseen: 499,
      days: 24,
      newPerDay: 21,
      late: false,
      newLimit: 20,
    });
    expect(plan!.reviews.perDay).toHaveLength(30);
    expect(overview.exam?.daysLeft).toBe(30);

    const badges = await readinessBadges(db);
    expect(badges.get(GLANCE)).toEqual({ ready: glance.ready, cards: 105, date: EXAM.date });
    expect(badges.get(TOP)?.cards).toBe(509);
  });

  it('the deck list reads readiness with the deck’s own weights, as its exam page does', async () => {
    const db = await seeded();
    // One Easy answer a day ago: stability about 8 days, a month before the exam, so these cards
    // are ready at 75 % on the default curve and not on one that falls faster.
    await setDeckExam(db, TOP, { ...EXAM, targetRetention: 0.75 });
    await study(db, GLANCE, 10, 1);
    const before = (await readinessBadges(db)).get(TOP)!.ready;
    expect(before).toBe((await examReadiness(db, TOP, NOW)).readiness!.total.ready);
    // An optimized preset whose forgetting curve falls faster (FSRS-6's decay, weights[20]).
    const weights = [...default_w];
    weights[20] = 0.8;
    const preset = await deckOptions(db, TOP);
    await saveDeckOptions(db, TOP, preset.id, { ...preset, weights });
    const after = (await readinessBadges(db)).get(TOP)!.ready;
    expect(after).toBe((await examReadiness(db, TOP, NOW)).readiness!.total.ready);
    expect([before, after]).toEqual([10, 0]);
  });

  it('applies an ancestor’s exam to a sub-deck', async () => {
    const db = await seeded();
    await setDeckExam(db, TOP, EXAM);
    const overview = await examReadiness(db, GLANCE, NOW);
    expect(overview.exam?.deck).toBe(TOP);
    expect(overview.topics).toEqual([GLANCE]);
  });
});

describe('mock exam results', () => {
  it('are kept and listed over time, scored by topic', async () => {
    const db = await seeded();
    const { cards, topics } = await mockExamCards(db, TOP);
    expect(cards).toHaveLength(509);
    expect(topics).toHaveLength(5);
    const answer = (outcome: 'correct' | 'wrong') => ({
      cardId: cards[0]!.id,
      topic: cards[0]!.topic,
      format: 'choice' as const,
      prompt: 'q',
      outcome,
      response: 'a',
      expected: 'b',
    });
    for (const [k, outcomes] of [
      [2, ['wrong', 'wrong']],
      [1, ['correct', 'wrong']],
    ] as const) {
      await saveMockExam(db, {
        deck: TOP,
        startedAt: NOW.getTime() - k * DAY,
        finishedAt: NOW.getTime() - k * DAY + 90_000,
        timeLimitMs: 3_600_000,
        answers: outcomes.map(answer),
      });
    }
    const history = await mockExamHistory(db, TOP);
    expect(history.map((h) => [h.total.correct, h.total.questions, h.durationMs])).toEqual([
      [0, 2, 90_000],
      [1, 2, 90_000],
    ]);
    expect(await mockExamHistory(db, GLANCE)).toEqual([]);
  });

  it('send the missed cards to relearning in one transaction, and nothing else', async () => {
    const db = await seeded();
    const studied = await study(db, GLANCE, 3, 5);
    const fresh = (await db.schedules.where('deck').equals(GLANCE).toArray()).find(
      (s) => s.state === 'new',
    )!;
    const logsBefore = await db.logs.count();
    const untouched = await db.schedules.where('deck').notEqual(GLANCE).toArray();
    const scheduler = new Scheduler();
    await expect(
      sendToRelearning(db, [studied[0]!, 'no-such-card'], NOW, scheduler),
    ).rejects.toThrow(/no longer studied/);
    expect(await db.logs.count()).toBe(logsBefore);
    expect((await db.schedules.get(studied[0]!))?.state).toBe('review');

    expect(
      await sendToRelearning(db, [studied[0]!, studied[1]!, fresh.cardId], NOW, scheduler),
    ).toBe(3);
    const after = await db.schedules.bulkGet([studied[0]!, studied[1]!, fresh.cardId, studied[2]!]);
    expect(after.map((s) => [s?.state, s?.queue])).toEqual([
      ['relearning', 'learn'],
      ['relearning', 'learn'],
      ['learning', 'learn'],
      ['review', 'review'],
    ]);
    expect(after[0]!.lapses).toBe(1);
    expect(await db.logs.count()).toBe(logsBefore + 3);
    expect(await db.schedules.where('deck').notEqual(GLANCE).toArray()).toEqual(untouched);
  });
});
