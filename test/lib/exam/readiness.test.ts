import { describe, expect, it } from 'vitest';
import { readinessOf, readinessTrend, shareOf } from '../../../src-renderer/lib/exam/readiness';
import { examDayOf, isoDate } from '../../../src-renderer/lib/exam/settings';
import { topicOf, topicsOf } from '../../../src-renderer/lib/exam/topics';
import { Scheduler } from '../../../src-renderer/lib/scheduler/fsrs-adapter';
import type { ScheduleState } from '../../../src-renderer/lib/scheduler/types';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 1, 10, 0);
const exam = examDayOf(isoDate(new Date(NOW.getTime() + 14 * DAY)));
const scheduler = new Scheduler({ fuzz: false });
const recall = (s: ScheduleState) => scheduler.retrievability(s, new Date(exam.start)) ?? 0;
const GLANCE = 'OPCEL 252::イメージサービス (Glance)';
const CINDER = 'OPCEL 252::ブロックストレージ (Cinder)';

function reviewed(stability: number, daysAgo: number): ScheduleState {
  return {
    state: 'review',
    due: NOW.getTime() + stability * DAY,
    stability,
    difficulty: 5,
    scheduledDays: Math.round(stability),
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    lastReview: NOW.getTime() - daysAgo * DAY,
  };
}

describe('topics', () => {
  it('are the sub-decks, with cards kept in the deck itself as a topic of their own', () => {
    expect(topicOf(`${GLANCE}::Cache`, 'OPCEL 252')).toBe(GLANCE);
    expect(topicOf('OPCEL 252', 'OPCEL 252')).toBe('OPCEL 252');
    expect(
      topicsOf('OPCEL 252', ['OPCEL 252', GLANCE, CINDER], [CINDER, `${GLANCE}::Cache`]),
    ).toEqual([GLANCE, CINDER]);
  });
});

describe('readiness', () => {
  it('counts a card ready when its recall on the exam day reaches the target; never studied is not ready', () => {
    const cards = [
      { id: 'a', topic: GLANCE, schedule: reviewed(200, 1) },
      { id: 'b', topic: GLANCE, schedule: reviewed(1, 5) },
      { id: 'c', topic: GLANCE, schedule: new Scheduler().newSchedule(3) },
      { id: 'd', topic: CINDER, schedule: reviewed(100, 0) },
    ];
    const result = readinessOf([GLANCE, CINDER], cards, recall, 0.9);
    expect(result.topics).toEqual([
      { topic: GLANCE, cards: 3, ready: 1 },
      { topic: CINDER, cards: 1, ready: 1 },
    ]);
    expect(result.total).toMatchObject({ cards: 4, ready: 2 });
    expect(shareOf(result.topics[0]!)).toBeCloseTo(1 / 3);
    // The target decides: at 0.99 the 100-day card, 15 days before its exam, is no longer ready.
    expect(recall(cards[3]!.schedule)).toBeLessThan(0.99);
    expect(readinessOf([CINDER], cards, recall, 0.99).total.ready).toBe(0);
  });

  it('draws the trend from the review log, each card as its last review before then left it', () => {
    const weeksAgo = (n: number) => NOW.getTime() - n * 7 * DAY;
    const cards = [
      { id: 'a', topic: GLANCE, createdAt: weeksAgo(6) },
      { id: 'b', topic: GLANCE, createdAt: weeksAgo(6) },
      { id: 'later', topic: GLANCE, createdAt: weeksAgo(1) },
    ];
    const log = (cardId: string, at: number, stability: number) => ({
      cardId,
      reviewedAt: at,
      stateAfter: 'review' as const,
      dueAfter: at + stability * DAY,
      stability,
      difficulty: 5,
      scheduledDays: Math.round(stability),
    });
    const logs = [
      log('a', weeksAgo(4), 2),
      log('a', weeksAgo(2), 400),
      log('b', weeksAgo(3), 500),
      log('unknown', weeksAgo(3), 500),
    ];
    const points = [weeksAgo(5), weeksAgo(3.5), weeksAgo(2.5), weeksAgo(1.5), weeksAgo(0.5)];
    const trend = readinessTrend([GLANCE], cards, logs, points, recall, 0.9);
    expect(trend.map((p) => [p.total.ready, p.total.cards])).toEqual([
      [0, 2],
      [0, 2],
      [1, 2],
      [2, 2],
      [2, 3],
    ]);
  });
});
