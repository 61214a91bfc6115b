import { hash64 } from '../hash';
import type { NewCardOrder } from './deck-options';

/**
 * New cards in the preset's order: as the notes list them (their position), or shuffled. The
 * shuffle is seeded by the study day, so reloading the queue the same day (after an undo, or
 * coming back to the deck) shows the same cards in the same order.
 */
export function orderNewCards<T extends { cardId: string }>(
  cards: T[],
  order: NewCardOrder,
  seed: number,
): T[] {
  if (order === 'notes') {
    return cards;
  }
  const keys = new Map(cards.map((card) => [card.cardId, hash64(`${seed}\u0000${card.cardId}`)]));
  return [...cards].sort((a, b) => {
    const [ka, kb] = [keys.get(a.cardId)!, keys.get(b.cardId)!];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
