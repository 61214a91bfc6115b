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

/** Adds values one at a time; `done` gives the histogram. */
class Binner {
  private readonly counts: number[];
  private sum = 0;
  private n = 0;

  constructor(private readonly bounds: readonly number[]) {
    this.counts = new Array<number>(bounds.length).fill(0);
  }

  add(value: number): void {
    let bin = this.bounds.length - 1;
    while (bin > 0 && value < this.bounds[bin]!) {
      bin--;
    }
    this.counts[bin]!++;
    this.sum += value;
    this.n++;
  }

  done(): Histogram {
    return {
      bounds: this.bounds,
      counts: this.counts,
      mean: this.n === 0 ? null : this.sum / this.n,
    };
  }
}

const isReviewCard = (s: StatsSchedule) =>
  inStudy(s) && (s.state === 'review' || s.state === 'relearning');

/** Intervals of the cards in review (relearning ones too), as Anki's intervals graph. */
export function intervalHistogram(schedules: readonly StatsSchedule[]): Histogram {
  const intervals = new Binner(DAY_BINS);
  for (const s of schedules) {
    if (isReviewCard(s)) {
      intervals.add(s.scheduledDays);
    }
  }
  return intervals.done();
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
  const stability = new Binner(DAY_BINS);
  const difficulty = new Binner(PERCENT_BINS);
  const recall = new Binner(PERCENT_BINS);
  for (const s of schedules) {
    if (hasMemory(s)) {
      stability.add(s.stability);
      difficulty.add((s.difficulty - 1) / 9);
      recall.add(retrievability(s.stability, (now - s.lastReview!) / DAY_MS, weights));
    }
  }
  return {
    stability: stability.done(),
    difficulty: difficulty.done(),
    retrievability: recall.done(),
  };
}
