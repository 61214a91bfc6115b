/**
 * Everything the statistics screen shows for one deck (its sub-decks included) or the whole
 * collection, in two parts that can be drawn as each is ready.
 */
import {
  cardCounts,
  forecast,
  fsrsSpreads,
  intervalHistogram,
  type CardCounts,
  type Forecast,
  type FsrsSpreads,
  type Histogram,
  type StatsSchedule,
} from './card-stats';
import type { DayNumbering } from './day-numbers';
import {
  answerButtons,
  calendar,
  HISTORY_RANGES,
  hoursOfDay,
  retentionByMonth,
  retentionByWeek,
  todaySummary,
  type ButtonCounts,
  type Calendar,
  type DayBuckets,
  type HistoryRange,
  type HourCounts,
  type RetentionRow,
  type TodaySummary,
} from './log-stats';

/** The figures from the review log: ready first, from the kept aggregate. */
export interface HistoryReport {
  /** The study day the report was made on. */
  today: number;
  reviewCount: number;
  summary: TodaySummary;
  calendar: Calendar;
  retention: { weeks: RetentionRow[]; months: RetentionRow[] };
  buttons: Record<HistoryRange, ButtonCounts>;
  hours: Record<HistoryRange, HourCounts>;
}

/** The figures from the cards' schedules. */
export interface CardReport {
  cardCount: number;
  counts: CardCounts;
  forecast: Forecast;
  intervals: Histogram;
  fsrs: FsrsSpreads;
}

export const RETENTION_WEEKS = 12;
export const RETENTION_MONTHS = 12;

const byRange = <T>(make: (range: HistoryRange) => T): Record<HistoryRange, T> =>
  Object.fromEntries(
    (Object.keys(HISTORY_RANGES) as HistoryRange[]).map((range) => [range, make(range)]),
  ) as Record<HistoryRange, T>;

export function historyReport(
  days: DayBuckets,
  now: number,
  numbering: DayNumbering,
): HistoryReport {
  const today = numbering.dayOf(now);
  let reviewCount = 0;
  for (const bucket of days.values()) {
    reviewCount += bucket.reviews;
  }
  return {
    today,
    reviewCount,
    summary: todaySummary(days, today),
    calendar: calendar(days, today),
    retention: {
      weeks: retentionByWeek(days, today, RETENTION_WEEKS),
      months: retentionByMonth(days, today, RETENTION_MONTHS),
    },
    buttons: byRange((range) => answerButtons(days, today, range)),
    hours: byRange((range) => hoursOfDay(days, today, range)),
  };
}

export function cardReport(
  schedules: readonly StatsSchedule[],
  now: number,
  numbering: DayNumbering,
): CardReport {
  return {
    cardCount: schedules.filter((s) => s.queue !== 'retired').length,
    counts: cardCounts(schedules),
    forecast: forecast(schedules, numbering.dayOf(now), numbering),
    intervals: intervalHistogram(schedules),
    fsrs: fsrsSpreads(schedules, now),
  };
}
