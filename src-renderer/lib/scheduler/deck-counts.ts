import { DECK_SEPARATOR, isInDeck } from '../cards/card';
import type { QueueCounts } from './study-queue';

export interface DeckLimits {
  newPerDay: number;
  reviewsPerDay: number;
}

/** What one deck holds itself, not counting its sub-decks. */
export interface OwnDeckCounts {
  /** New cards not yet introduced. */
  new: number;
  /** Learning cards due before the study day ends. */
  learn: number;
  /** Review cards due before the study day ends. */
  review: number;
  introducedToday: number;
  reviewedToday: number;
}

export interface DeckCountsInput extends DeckLimits {
  name: string;
  own: OwnDeckCounts;
}

export interface DeckSummary {
  name: string;
  depth: number;
  due: QueueCounts;
}

/**
 * Counts shown in the deck list: a deck includes its sub-decks, and its own daily limits cap
 * what it offers today, less what was already studied in it today.
 */
export function summariseDecks(decks: DeckCountsInput[]): DeckSummary[] {
  const sorted = [...decks].sort((a, b) => a.name.localeCompare(b.name));
  return sorted.map((deck) => {
    const subtree = sorted.filter((other) => isInDeck(other.name, deck.name));
    const total = (pick: (own: OwnDeckCounts) => number) =>
      subtree.reduce((sum, other) => sum + pick(other.own), 0);
    return {
      name: deck.name,
      depth: deck.name.split(DECK_SEPARATOR).length - 1,
      due: {
        new: Math.max(
          0,
          Math.min(
            total((o) => o.new),
            deck.newPerDay - total((o) => o.introducedToday),
          ),
        ),
        learn: total((o) => o.learn),
        review: Math.max(
          0,
          Math.min(
            total((o) => o.review),
            deck.reviewsPerDay - total((o) => o.reviewedToday),
          ),
        ),
      },
    };
  });
}

/** How many new and review cards a session in `deck` may still take today. */
export function remainingToday(
  limits: DeckLimits,
  done: Pick<OwnDeckCounts, 'introducedToday' | 'reviewedToday'>,
): { new: number; review: number } {
  return {
    new: Math.max(0, limits.newPerDay - done.introducedToday),
    review: Math.max(0, limits.reviewsPerDay - done.reviewedToday),
  };
}
