/**
 * Compares a fresh generation with the cards already stored, by id: the caller adds, updates
 * and retires (keeping the history of retired cards) accordingly.
 */
import type { CardContent } from '../cards/card';

export interface Reconciliation {
  added: CardContent[];
  /** Same id (same deck and question), but the answer, tags, deck, source or kind moved on. */
  changed: CardContent[];
  unchanged: CardContent[];
  /** Stored cards the notes no longer produce. */
  retired: CardContent[];
}

export function reconcileCards(existing: CardContent[], generated: CardContent[]): Reconciliation {
  const stored = new Map(existing.map((card) => [card.id, card]));
  const result: Reconciliation = { added: [], changed: [], unchanged: [], retired: [] };
  const seen = new Set<string>();
  for (const card of generated) {
    seen.add(card.id);
    const old = stored.get(card.id);
    if (!old) {
      result.added.push(card);
    } else if (differs(old, card)) {
      result.changed.push(card);
    } else {
      result.unchanged.push(card);
    }
  }
  result.retired = existing.filter((card) => !seen.has(card.id));
  return result;
}

function differs(a: CardContent, b: CardContent): boolean {
  return (
    a.front !== b.front ||
    a.back !== b.back ||
    a.kind !== b.kind ||
    a.deck !== b.deck ||
    a.source?.file !== b.source?.file ||
    a.source?.line !== b.source?.line ||
    a.tags.length !== b.tags.length ||
    a.tags.some((tag, i) => tag !== b.tags[i])
  );
}
