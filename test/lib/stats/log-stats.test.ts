import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../../src-renderer/lib/scheduler/fsrs-adapter';
import type { Rating, ScheduleState } from '../../../src-renderer/lib/scheduler/types';
import { DayNumbering, isoDateOf } from '../../../src-renderer/lib/stats/day-numbers';
import {
  emptyAggregate,
  foldLogs,
  mergeDecks,
  type StatsLog,
} from '../../../src-renderer/lib/stats/log-aggregate';
import {
  answerButtons,
  calendar,
  hoursOfDay,
  retentionByMonth,
  retentionByWeek,
  retentionRate,
  todaySummary,
} from '../../../src-renderer/lib/stats/log-stats';

const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();
const numbering = new DayNumbering(4);
const today = numbering.dayOf(at(11, 25, 10));

function log(
  cardId: string,
  reviewedAt: number,
  stateBefore: StatsLog['stateBefore'],
  rating: Rating,
  scheduledDays: number,
  deck = 'OPCEL 252::Swift',
): StatsLog {
  return { cardId, deck, reviewedAt, stateBefore, rating, scheduledDays, elapsedMs: 4000 };
}

/**
 * Card a: new on 11-20 (Again), learnt (Good, 3 days), reviewed on 11-23 (Good, young: its last
 * interval was 3 days, next 25) and at 02:30 on 11-25, which is still study day 11-24 (Again,
 * mature: last interval 25). Card b: a review-state card with no history, Easy today (young).
 * Card c: relearning, Hard today.
 */
const small: StatsLog[] = [
  log('a', at(11, 20, 9), 'new', 1, 0),
  log('a', at(11, 20, 9, 10), 'learning', 3, 3),
  log('a', at(11, 23, 10), 'review', 3, 25),
  log('a', at(11, 25, 2, 30), 'review', 1, 0),
  log('b', at(11, 25, 9), 'review', 4, 12),
  log('c', at(11, 25, 9, 30), 'relearning', 2, 2, 'OPCEL 252::Cinder'),
];

function daysOf(logs: StatsLog[], decks = ['OPCEL 252::Swift', 'OPCEL 252::Cinder']) {
  const aggregate = emptyAggregate(4);
  foldLogs(aggregate, new Map(), logs, numbering);
  return mergeDecks(aggregate, decks);
}

describe('the log-based figures of a small hand-made history', () => {
  const days = daysOf(small);

  it('today: two answers, none Again, eight seconds', () => {
    expect(todaySummary(days, today)).toEqual({
      reviews: 2,
      timeMs: 8000,
      again: 0,
      againRate: 0,
      byKind: { new: 0, learning: 1, young: 1, mature: 0 },
    });
    expect(todaySummary(days, today - 1)).toMatchObject({ reviews: 1, again: 1, againRate: 1 });
    expect(todaySummary(days, today + 1)).toMatchObject({ reviews: 0, againRate: null });
  });

  it('calendar: four study days, the last three in a row', () => {
    const cal = calendar(days, today);
    expect(cal.reviews).toHaveLength(365);
    expect(isoDateOf(cal.firstDay + 364)).toBe('2026-11-25');
    expect(cal.reviews.slice(-6)).toEqual([2, 0, 0, 1, 1, 2]);
    expect(cal).toMatchObject({ studiedDays: 4, currentStreak: 3, longestStreak: 3 });
    // before today's first answer the streak still counts up to yesterday
    expect(calendar(days, today + 1).currentStreak).toBe(3);
    expect(calendar(days, today + 2).currentStreak).toBe(0);
  });

  it('true retention: young 2 of 2, mature 0 of 1 this week; learning answers left out', () => {
    const [earlier, thisWeek] = retentionByWeek(days, today, 2);
    expect(thisWeek).toEqual({
      from: today - 6,
      to: today,
      young: { passed: 2, total: 2 },
      mature: { passed: 0, total: 1 },
    });
    expect(earlier!.to).toBe(today - 7);
    expect(earlier!.young.total + earlier!.mature.total).toBe(0);
    expect(retentionRate(thisWeek!.young)).toBe(1);
    expect(retentionRate(thisWeek!.mature)).toBe(0);
    expect(retentionRate(earlier!.young)).toBeNull();
  });

  it('true retention by calendar month', () => {
    const [october, november] = retentionByMonth(days, today, 2);
    expect(isoDateOf(october!.from)).toBe('2026-10-01');
    expect(isoDateOf(october!.to)).toBe('2026-10-31');
    expect(isoDateOf(november!.from)).toBe('2026-11-01');
    expect(november!.to).toBe(today);
    expect(november!.young).toEqual({ passed: 2, total: 2 });
  });

  it('answer buttons by learning (new included), young and mature', () => {
    expect(answerButtons(days, today, 'month')).toEqual({
      learning: { 1: 1, 2: 1, 3: 1, 4: 0 },
      young: { 1: 0, 2: 0, 3: 1, 4: 1 },
      mature: { 1: 1, 2: 0, 3: 0, 4: 0 },
    });
    // a range ending today leaves out nothing here, and a study day after all of it nothing
    expect(answerButtons(days, today + 400, 'year').young[3]).toBe(0);
  });

  it('hours of day: four answers at 09, one at 10, one at 02', () => {
    const { reviews, passed } = hoursOfDay(days, today, 'all');
    expect(reviews[9]).toBe(4);
    expect(passed[9]).toBe(3);
    expect([reviews[10], passed[10], reviews[2], passed[2]]).toEqual([1, 1, 1, 0]);
    expect(reviews.reduce((a, b) => a + b)).toBe(6);
  });

  it('a sub-deck alone has only its own answers', () => {
    const cinder = daysOf(small, ['OPCEL 252::Cinder']);
    expect(todaySummary(cinder, today).reviews).toBe(1);
    expect(calendar(cinder, today).studiedDays).toBe(1);
  });

  it('folding in two parts gives what folding once gives', () => {
    const aggregate = emptyAggregate(4);
    const intervals = new Map<string, number>();
    foldLogs(aggregate, intervals, small.slice(0, 3), numbering);
    foldLogs(aggregate, intervals, small.slice(3), numbering);
    expect(mergeDecks(aggregate, ['OPCEL 252::Swift', 'OPCEL 252::Cinder'])).toEqual(days);
  });
});

/** 200 days of study by the real scheduler: 30 cards, one new a day, one pass a day, answers in a pattern. */
function generatedHistory(): StatsLog[] {
  const scheduler = new Scheduler({ fuzz: false });
  const cards: { id: string; schedule: ScheduleState }[] = [];
  const logs: StatsLog[] = [];
  const start = at(5, 1, 8);
  for (let d = 0; d < 200; d++) {
    if (cards.length < 30) {
      cards.push({ id: `card-${cards.length}`, schedule: scheduler.newSchedule(cards.length) });
    }
    let now = start + d * 86_400_000;
    for (const card of cards) {
      const due = card.schedule.state === 'new' || card.schedule.due <= now + 20 * 3_600_000;
      if (!due) {
        continue;
      }
      const rating = ((d + Number(card.id.slice(5))) % 7 === 0 ? 1 : 3) as Rating;
      now += 60_000;
      const { schedule, log: entry } = scheduler.grade(card.schedule, rating, new Date(now));
      card.schedule = schedule;
      logs.push({
        cardId: card.id,
        deck: 'Generated',
        rating,
        reviewedAt: entry.reviewedAt,
        elapsedMs: 3000,
        stateBefore: entry.stateBefore,
        scheduledDays: entry.scheduledDays,
      });
    }
  }
  return logs;
}

describe('a generated history', () => {
  const logs = generatedHistory();
  const last = logs.at(-1)!.reviewedAt;
  const day = numbering.dayOf(last);
  const days = daysOf(logs, ['Generated']);

  it('counts every answer once in the calendar, the buttons and the hours', () => {
    expect(logs.length).toBeGreaterThan(200);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(calendar(days, day).reviews)).toBe(logs.length);
    const buttons = answerButtons(days, day, 'all');
    expect(sum(Object.values(buttons).flatMap((counts) => Object.values(counts) as number[]))).toBe(
      logs.length,
    );
    expect(sum(hoursOfDay(days, day, 'all').reviews)).toBe(logs.length);
  });

  it('splits review answers young / mature by the interval before each review', () => {
    const previous = new Map<string, number>();
    const expected = { young: { passed: 0, total: 0 }, mature: { passed: 0, total: 0 } };
    for (const entry of logs) {
      if (entry.stateBefore === 'review') {
        const cell = (previous.get(entry.cardId) ?? 0) >= 21 ? expected.mature : expected.young;
        cell.total++;
        cell.passed += entry.rating > 1 ? 1 : 0;
      }
      previous.set(entry.cardId, entry.scheduledDays);
    }
    expect(expected.mature.total).toBeGreaterThan(0);
    expect(expected.young.total).toBeGreaterThan(0);
    const months = retentionByMonth(days, day, 12);
    const sumOf = (key: 'young' | 'mature') =>
      months.reduce(
        (cell, row) => ({
          passed: cell.passed + row[key].passed,
          total: cell.total + row[key].total,
        }),
        { passed: 0, total: 0 },
      );
    expect({ young: sumOf('young'), mature: sumOf('mature') }).toEqual(expected);
  });
});
