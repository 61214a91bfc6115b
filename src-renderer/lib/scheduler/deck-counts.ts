import { DECK_SEPARATOR, deckAncestors, isInDeck } from '../cards/card';
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
  /** Creation order; siblings are listed by it, each deck right after its parent. */
  ord: number;
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
  const sorted = treeOrder(decks);
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

/** Parents before children, siblings in creation order (a missing parent sorts by name). */
export function treeOrder<T extends { name: string; ord: number }>(decks: T[]): T[] {
  const ordOf = new Map(decks.map((deck) => [deck.name, deck.ord]));
  const key = (deck: T) =>
    deckAncestors(deck.name).map((path) => ordOf.get(path) ?? Number.MAX_SAFE_INTEGER);
  const keys = new Map(decks.map((deck) => [deck, key(deck)]));
  return [...decks].sort((a, b) => {
    const [ka, kb] = [keys.get(a)!, keys.get(b)!];
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
      if (ka[i] !== kb[i]) {
        return ka[i]! - kb[i]!;
      }
    }
    return ka.length - kb.length || a.name.localeCompare(b.name);
  });
}
