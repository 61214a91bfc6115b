/**
 * The review log as the FSRS optimizer (fsrs-rs) reads it: per card, in order, each review with
 * the number of study days since the card's previous review (0 for the first, and for a review
 * the same study day). Days are study days, so a review at 01:00 counts toward the day before
 * when the day rolls over at 04:00, as it does for the scheduler.
 */
import { DEFAULT_ROLLOVER_HOUR, studyDayOf } from './study-day';
import type { Rating, ReviewLogEntry } from './types';

export type LoggedReview = Pick<ReviewLogEntry, 'cardId' | 'rating' | 'reviewedAt' | 'stateBefore'>;

export interface HistoryReview {
  rating: Rating;
  /** Study days since the card's previous review; 0 for its first review. */
  deltaDays: number;
}

/** One card's reviews, oldest first, starting with its first review as a new card. */
export type CardHistory = readonly HistoryReview[];

/**
 * fsrs-rs returns its default parameters untouched below 8 training items and fits only the
 * four initial stabilities below 64 (`compute_parameters` in fsrs-rs training.rs): 64 reviews
 * a day or more after the card's previous one is the least that fits every parameter.
 */
export const MIN_TRAINING_REVIEWS = 64;

/** The same study day number for every time between two rollovers, in local time. */
export function studyDayNumber(epochMs: number, rolloverHour = DEFAULT_ROLLOVER_HOUR): number {
  const start = new Date(studyDayOf(new Date(epochMs), rolloverHour).start);
  return Math.round(Date.UTC(start.getFullYear(), start.getMonth(), start.getDate()) / 86_400_000);
}

/**
 * Groups the log by card. A card whose log does not begin with its first review as a new card
 * (a history cut short, e.g. an import of part of a log) is left out: the model would start
 * its memory from the wrong review.
 */
export function cardHistories(
  log: Iterable<LoggedReview>,
  rolloverHour = DEFAULT_ROLLOVER_HOUR,
): CardHistory[] {
  const byCard = new Map<string, LoggedReview[]>();
  for (const entry of log) {
    const reviews = byCard.get(entry.cardId);
    if (reviews) {
      reviews.push(entry);
    } else {
      byCard.set(entry.cardId, [entry]);
    }
  }
  const histories: CardHistory[] = [];
  for (const reviews of byCard.values()) {
    reviews.sort((a, b) => a.reviewedAt - b.reviewedAt);
    if (reviews[0]?.stateBefore !== 'new') {
      continue;
    }
    let previousDay: number | undefined;
    histories.push(
      reviews.map(({ rating, reviewedAt }) => {
        const day = studyDayNumber(reviewedAt, rolloverHour);
        const deltaDays = previousDay === undefined ? 0 : day - previousDay;
        previousDay = day;
        return { rating, deltaDays };
      }),
    );
  }
  return histories;
}

/** Reviews the optimizer trains on: those a day or more after the card's previous review. */
export function trainingReviewCount(histories: readonly CardHistory[]): number {
  let count = 0;
  for (const history of histories) {
    for (let i = 1; i < history.length; i++) {
      if ((history[i]?.deltaDays ?? 0) > 0) {
        count++;
      }
    }
  }
  return count;
}

/**
 * fsrs-rs's training items, flattened as fsrs-browser's `computeParameters` takes them: one item
 * per training review, holding the card's reviews up to and including it; `lengths` says where
 * each item ends.
 */
export interface OptimizerInput {
  ratings: Uint32Array;
  deltas: Uint32Array;
  lengths: Uint32Array;
}

/**
 * fsrs-rs trains only on items of at most 64 reviews (`max_seq_len`); longer ones are not sent,
 * which also bounds the input at 64 numbers per review.
 */
const MAX_ITEM_LENGTH = 64;

export function optimizerInput(histories: readonly CardHistory[]): OptimizerInput {
  const ratings: number[] = [];
  const deltas: number[] = [];
  const lengths: number[] = [];
  for (const history of histories) {
    for (let end = 1; end < Math.min(history.length, MAX_ITEM_LENGTH); end++) {
      if ((history[end]?.deltaDays ?? 0) === 0) {
        continue;
      }
      for (let i = 0; i <= end; i++) {
        const review = history[i] as HistoryReview;
        ratings.push(review.rating);
        deltas.push(review.deltaDays);
      }
      lengths.push(end + 1);
    }
  }
  return {
    ratings: Uint32Array.from(ratings),
    deltas: Uint32Array.from(deltas),
    lengths: Uint32Array.from(lengths),
  };
}
