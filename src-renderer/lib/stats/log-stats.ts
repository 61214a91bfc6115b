/**
 * The log-based figures of the statistics screen, from the day buckets of log-aggregate.ts. Days
 * are study-day numbers (day-numbers.ts); `today` is the study day of the screen's clock.
 */
import { RATINGS, type Rating } from '../scheduler/types';
import { firstDayOfMonth, monthOf } from './day-numbers';
import { ANSWER_KINDS, ratingCount, type AnswerKind, type DayBucket } from './log-aggregate';

export type DayBuckets = ReadonlyMap<number, DayBucket>;

export interface TodaySummary {
  reviews: number;
  timeMs: number;
  again: number;
  /** Share of today's answers that were Again; null before the first answer. */
  againRate: number | null;
  byKind: Record<AnswerKind, number>;
}

export function todaySummary(days: DayBuckets, today: number): TodaySummary {
  const bucket = days.get(today);
  const byKind = Object.fromEntries(
    ANSWER_KINDS.map((kind) => [
      kind,
      bucket ? RATINGS.reduce((sum, r) => sum + ratingCount(bucket, kind, r), 0) : 0,
    ]),
  ) as Record<AnswerKind, number>;
  if (!bucket) {
    return { reviews: 0, timeMs: 0, again: 0, againRate: null, byKind };
  }
  const again = ANSWER_KINDS.reduce((sum, kind) => sum + ratingCount(bucket, kind, 1), 0);
  return {
    reviews: bucket.reviews,
    timeMs: bucket.timeMs,
    again,
    againRate: again / bucket.reviews,
    byKind,
  };
}

export interface Calendar {
  /** The study day of `reviews[0]`; the last entry is today. */
  firstDay: number;
  reviews: number[];
  studiedDays: number;
  /** Consecutive study days with reviews ending today (or yesterday, before today's first). */
  currentStreak: number;
  longestStreak: number;
}

export function calendar(days: DayBuckets, today: number, length = 365): Calendar {
  const firstDay = today - length + 1;
  const reviews = Array.from({ length }, (_, i) => days.get(firstDay + i)?.reviews ?? 0);
  let longestStreak = 0;
  let run = 0;
  for (const count of reviews) {
    run = count > 0 ? run + 1 : 0;
    longestStreak = Math.max(longestStreak, run);
  }
  let end = length - 1;
  if (reviews[end] === 0) {
    end--;
  }
  let currentStreak = 0;
  while (end - currentStreak >= 0 && reviews[end - currentStreak]! > 0) {
    currentStreak++;
  }
  return {
    firstDay,
    reviews,
    studiedDays: reviews.filter((count) => count > 0).length,
    currentStreak,
    longestStreak,
  };
}

export interface RetentionCell {
  passed: number;
  total: number;
}

/** One period of Anki's "true retention": reviews of review-state cards, passed when not Again. */
export interface RetentionRow {
  /** First and last study day of the period (the last may be today). */
  from: number;
  to: number;
  young: RetentionCell;
  mature: RetentionCell;
}

function retentionOver(days: DayBuckets, from: number, to: number): RetentionRow {
  const young = { passed: 0, total: 0 };
  const mature = { passed: 0, total: 0 };
  for (let day = from; day <= to; day++) {
    const bucket = days.get(day);
    if (!bucket) {
      continue;
    }
    for (const [cell, kind] of [
      [young, 'young'],
      [mature, 'mature'],
    ] as const) {
      for (const rating of RATINGS) {
        const count = ratingCount(bucket, kind, rating);
        cell.total += count;
        if (rating > 1) {
          cell.passed += count;
        }
      }
    }
  }
  return { from, to, young, mature };
}

/** The last `weeks` weeks of seven study days, the newest ending today; oldest first. */
export function retentionByWeek(days: DayBuckets, today: number, weeks: number): RetentionRow[] {
  return Array.from({ length: weeks }, (_, i) => {
    const to = today - 7 * (weeks - 1 - i);
    return retentionOver(days, to - 6, to);
  });
}

/** The last `months` calendar months, the newest being the current one; oldest first. */
export function retentionByMonth(days: DayBuckets, today: number, months: number): RetentionRow[] {
  const current = monthOf(today);
  return Array.from({ length: months }, (_, i) => {
    const month = current - (months - 1 - i);
    const to = Math.min(today, firstDayOfMonth(month + 1) - 1);
    return retentionOver(days, firstDayOfMonth(month), to);
  });
}

export function retentionRate(cell: RetentionCell): number | null {
  return cell.total === 0 ? null : cell.passed / cell.total;
}

/** Days of history the answer-buttons and hours charts cover: Anki's one month / year / all. */
export const HISTORY_RANGES = { month: 30, year: 365, all: Infinity } as const;
export type HistoryRange = keyof typeof HISTORY_RANGES;

const inRange = (day: number, today: number, range: HistoryRange) =>
  day <= today && day > today - HISTORY_RANGES[range];

/** The answer-buttons groups: Anki's learning (new cards included), young and mature. */
export const BUTTON_GROUPS = ['learning', 'young', 'mature'] as const;
export type ButtonGroup = (typeof BUTTON_GROUPS)[number];
export type ButtonCounts = Record<ButtonGroup, Record<Rating, number>>;

export function answerButtons(days: DayBuckets, today: number, range: HistoryRange): ButtonCounts {
  const counts = Object.fromEntries(
    BUTTON_GROUPS.map((group) => [group, { 1: 0, 2: 0, 3: 0, 4: 0 }]),
  ) as ButtonCounts;
  for (const [day, bucket] of days) {
    if (!inRange(day, today, range)) {
      continue;
    }
    for (const rating of RATINGS) {
      counts.learning[rating] +=
        ratingCount(bucket, 'new', rating) + ratingCount(bucket, 'learning', rating);
      counts.young[rating] += ratingCount(bucket, 'young', rating);
      counts.mature[rating] += ratingCount(bucket, 'mature', rating);
    }
  }
  return counts;
}

export interface HourCounts {
  /** Index: local hour 0–23. */
  reviews: number[];
  passed: number[];
}

export function hoursOfDay(days: DayBuckets, today: number, range: HistoryRange): HourCounts {
  const reviews = new Array<number>(24).fill(0);
  const passed = new Array<number>(24).fill(0);
  for (const [day, bucket] of days) {
    if (!inRange(day, today, range)) {
      continue;
    }
    for (let hour = 0; hour < 24; hour++) {
      reviews[hour]! += bucket.hours[2 * hour]!;
      passed[hour]! += bucket.hours[2 * hour + 1]!;
    }
  }
  return { reviews, passed };
}
