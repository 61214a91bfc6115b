/**
 * The card-based figures of the statistics screen, from schedule rows: counts by state, the due
 * forecast, the interval histogram and the FSRS stability / difficulty / retrievability spreads.
 */
import { retrievability } from '../scheduler/fsrs-adapter';
import type { ScheduleState } from '../scheduler/types';
import { DAY_MS, type DayNumbering } from './day-numbers';
import { MATURE_DAYS } from './log-aggregate';

/**
 * The fields of a schedule row the statistics read. `queue` is the row's queue, which also says
 * whether the card is suspended, buried or retired.
 */
export type StatsSchedule = Pick<
  ScheduleState,
  'state' | 'due' | 'stability' | 'difficulty' | 'scheduledDays' | 'lastReview'
> & { queue: string; buriedUntil?: number };

const inStudy = (s: StatsSchedule) => s.queue !== 'retired';
const isActive = (s: StatsSchedule) => inStudy(s) && s.queue !== 'suspended';

export interface CardCounts {
  new: number;
  learning: number;
  relearning: number;
  young: number;
  mature: number;
  suspended: number;
  buried: number;
}

/** As Anki's card counts: suspended and buried cards count there, not under their state. */
export function cardCounts(schedules: readonly StatsSchedule[]): CardCounts {
  const counts: CardCounts = {
    new: 0,
    learning: 0,
    relearning: 0,
    young: 0,
    mature: 0,
    suspended: 0,
    buried: 0,
  };
  for (const s of schedules) {
    if (s.queue === 'suspended' || s.queue === 'buried') {
      counts[s.queue]++;
    } else if (!inStudy(s)) {
      continue;
    } else if (s.state === 'review') {
      counts[s.scheduledDays >= MATURE_DAYS ? 'mature' : 'young']++;
    } else {
      counts[s.state]++;
    }
  }
  return counts;
}

export interface Forecast {
  /** Index 0 is today (overdue cards included), 1 tomorrow, …; per group of card. */
  learning: number[];
  young: number[];
  mature: number[];
  /** Of today's, how many were due before today. */
  overdue: number;
}

/**
 * Cards due on each of the next `length` study days. New cards have no due date; suspended ones
 * are out; a buried card comes back when its burial ends.
 */
export function forecast(
  schedules: readonly StatsSchedule[],
  today: number,
  days: DayNumbering,
  length = 365,
): Forecast {
  const zeros = () => new Array<number>(length).fill(0);
  const result: Forecast = { learning: zeros(), young: zeros(), mature: zeros(), overdue: 0 };
  for (const s of schedules) {
    if (!isActive(s) || s.state === 'new') {
      continue;
    }
    const due = s.queue === 'buried' ? Math.max(s.due, s.buriedUntil ?? s.due) : s.due;
    const offset = days.dayOf(due) - today;
    if (offset >= length) {
      continue;
    }
    if (offset < 0) {
      result.overdue++;
    }
    const group =
      s.state !== 'review' ? 'learning' : s.scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
    result[group][Math.max(0, offset)]!++;
  }
  return result;
}

/**
 * Histogram bins in days, each from its bound to the next one's (the last is open): short
 * intervals one day wide, then a week, a fortnight, months, a year.
 */
export const DAY_BINS = [0, 1, 2, 3, 4, 8, 15, 31, 61, 91, 181, 366, 731] as const;

export interface Histogram {
  /** Lower bound of each bin; a bin holds values from its bound up to the next bin's. */
  bounds: readonly number[];
  counts: number[];
  /** Mean of the values, null for none. */
  mean: number | null;
}

function histogram(values: Iterable<number>, bounds: readonly number[]): Histogram {
  const counts = new Array<number>(bounds.length).fill(0);
  let sum = 0;
  let n = 0;
  for (const value of values) {
    let bin = bounds.length - 1;
    while (bin > 0 && value < bounds[bin]!) {
      bin--;
    }
    counts[bin]!++;
    sum += value;
    n++;
  }
  return { bounds, counts, mean: n === 0 ? null : sum / n };
}

function* mapWhere<T>(
  rows: readonly StatsSchedule[],
  keep: (s: StatsSchedule) => boolean,
  value: (s: StatsSchedule) => T,
): Generator<T> {
  for (const s of rows) {
    if (keep(s)) {
      yield value(s);
    }
  }
}

const isReviewCard = (s: StatsSchedule) =>
  inStudy(s) && (s.state === 'review' || s.state === 'relearning');

/** Intervals of the cards in review (relearning ones too), as Anki's intervals graph. */
export function intervalHistogram(schedules: readonly StatsSchedule[]): Histogram {
  return histogram(
    mapWhere(schedules, isReviewCard, (s) => s.scheduledDays),
    DAY_BINS,
  );
}

/** Tenths of a share (0–10 %, …, 90–100 %): difficulty and retrievability, as Anki shows them. */
export const PERCENT_BINS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;

export interface FsrsSpreads {
  /** Stability in days (DAY_BINS). */
  stability: Histogram;
  /** Difficulty 1–10 shown as a share, (D − 1) / 9, as Anki does. */
  difficulty: Histogram;
  /** Probability of recall now (PERCENT_BINS). */
  retrievability: Histogram;
}

const hasMemory = (s: StatsSchedule) =>
  inStudy(s) && s.state !== 'new' && s.stability > 0 && s.lastReview !== undefined;

export function fsrsSpreads(
  schedules: readonly StatsSchedule[],
  now: number,
  weights?: readonly number[],
): FsrsSpreads {
  return {
    stability: histogram(
      mapWhere(schedules, hasMemory, (s) => s.stability),
      DAY_BINS,
    ),
    difficulty: histogram(
      mapWhere(schedules, hasMemory, (s) => (s.difficulty - 1) / 9),
      PERCENT_BINS,
    ),
    retrievability: histogram(
      mapWhere(schedules, hasMemory, (s) =>
        retrievability(s.stability, (now - s.lastReview!) / DAY_MS, weights),
      ),
      PERCENT_BINS,
    ),
  };
}
