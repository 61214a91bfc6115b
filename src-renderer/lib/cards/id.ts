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

/** Two independent 32-bit FNV-1a style lanes give 64 bits: plenty for a collection's cards. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
