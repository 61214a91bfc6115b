import { hash64 } from '../hash';

/**
 * Stable card ids: a hash of the deck path and the normalised question side, so that editing
 * an answer keeps the card (and its schedule) while a changed question makes a new card.
 */
export function normaliseQuestion(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function stableCardId(deck: string, question: string, variant = ''): string {
  const key = `${normaliseQuestion(deck)}\u0000${normaliseQuestion(question)}\u0000${variant}`;
  return 'c' + hash64(key);
}
