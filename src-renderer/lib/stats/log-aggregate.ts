/**
 * Review logs folded into per-deck, per-study-day buckets. Every log-based chart (today,
 * calendar, retention, buttons, hours) is a sum over these buckets, so the aggregate can be kept
 * between visits and only new logs added to it: reading a million logs takes IndexedDB seconds.
 */
import type { CardState, Rating, ReviewLogEntry } from '../scheduler/types';
import type { DayNumbering } from './day-numbers';

/** The fields of a log row the statistics read. */
export type StatsLog = Pick<
  ReviewLogEntry,
  'cardId' | 'rating' | 'reviewedAt' | 'elapsedMs' | 'stateBefore' | 'scheduledDays'
> & { deck: string };

/**
 * What a card was when it was answered, as Anki's answer-buttons graph splits it: a review of a
 * card whose interval was under 21 days is young, from 21 days on mature.
 */
export const ANSWER_KINDS = ['new', 'learning', 'young', 'mature'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];
export const MATURE_DAYS = 21;

export interface DayBucket {
  reviews: number;
  timeMs: number;
  /** Index `kind * 4 + rating - 1`, kinds in ANSWER_KINDS order. */
  ratings: number[];
  /** Index `2 * hour` the reviews in that local hour, `2 * hour + 1` those passed (rating > 1). */
  hours: number[];
}

export interface LogAggregate {
  rolloverHour: number;
  /** Deck name → study day → bucket. */
  decks: Map<string, Map<number, DayBucket>>;
  /** The newest `reviewedAt` folded in; logs must arrive in time order. */
  newestReviewedAt: number;
}

/**
 * Each card's interval (days) after its latest folded review: the next review's "last interval".
 * Apart from the aggregate because only folding needs it, and it is the bulk of it to keep.
 */
export type LastIntervals = Map<string, number>;

export function emptyAggregate(rolloverHour: number): LogAggregate {
  return { rolloverHour, decks: new Map(), newestReviewedAt: -Infinity };
}

export function emptyBucket(): DayBucket {
  return { reviews: 0, timeMs: 0, ratings: new Array(16).fill(0), hours: new Array(48).fill(0) };
}

/**
 * The kind of an answer. A review-state card with no earlier review folded in (its schedule was
 * imported without history) counts as young: its interval before the review is unknown.
 */
function kindOf(stateBefore: CardState, lastInterval: number | undefined): number {
  switch (stateBefore) {
    case 'new':
      return 0;
    case 'learning':
    case 'relearning':
      return 1;
    case 'review':
      return lastInterval !== undefined && lastInterval >= MATURE_DAYS ? 3 : 2;
  }
}

/**
 * Folds `logs` (in `reviewedAt` order, all newer than those folded so far) into `into`, with
 * `intervals` the cards' intervals as the logs folded before left them.
 */
export function foldLogs(
  into: LogAggregate,
  intervals: LastIntervals,
  logs: readonly StatsLog[],
  days: DayNumbering,
): void {
  let deckName = '';
  let deckDays: Map<number, DayBucket> | undefined;
  for (const log of logs) {
    if (log.deck !== deckName || !deckDays) {
      deckName = log.deck;
      deckDays = into.decks.get(deckName);
      if (!deckDays) {
        deckDays = new Map();
        into.decks.set(deckName, deckDays);
      }
    }
    const day = days.dayOf(log.reviewedAt);
    let bucket = deckDays.get(day);
    if (!bucket) {
      bucket = emptyBucket();
      deckDays.set(day, bucket);
    }
    const kind = kindOf(log.stateBefore, intervals.get(log.cardId));
    bucket.reviews++;
    bucket.timeMs += log.elapsedMs;
    bucket.ratings[kind * 4 + log.rating - 1]!++;
    const hour = days.hourOf(log.reviewedAt);
    bucket.hours[2 * hour]!++;
    if (log.rating > 1) {
      bucket.hours[2 * hour + 1]!++;
    }
    intervals.set(log.cardId, log.scheduledDays);
    if (log.reviewedAt > into.newestReviewedAt) {
      into.newestReviewedAt = log.reviewedAt;
    }
  }
}

/** The buckets of several decks (a deck and its sub-decks) added day by day. */
export function mergeDecks(
  aggregate: LogAggregate,
  deckNames: Iterable<string>,
): Map<number, DayBucket> {
  const merged = new Map<number, DayBucket>();
  for (const name of deckNames) {
    for (const [day, bucket] of aggregate.decks.get(name) ?? []) {
      const sum = merged.get(day);
      if (!sum) {
        merged.set(day, cloneBucket(bucket));
        continue;
      }
      sum.reviews += bucket.reviews;
      sum.timeMs += bucket.timeMs;
      addInto(sum.ratings, bucket.ratings);
      addInto(sum.hours, bucket.hours);
    }
  }
  return merged;
}

function cloneBucket(bucket: DayBucket): DayBucket {
  return { ...bucket, ratings: [...bucket.ratings], hours: [...bucket.hours] };
}

function addInto(sum: number[], more: readonly number[]): void {
  for (let i = 0; i < more.length; i++) {
    sum[i]! += more[i]!;
  }
}

export function ratingCount(bucket: DayBucket, kind: AnswerKind, rating: Rating): number {
  return bucket.ratings[ANSWER_KINDS.indexOf(kind) * 4 + rating - 1]!;
}
