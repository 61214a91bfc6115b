/**
 * An exam's topics are the deck's sub-decks (OPCEL 252's 252.1–252.4), each with everything
 * below it; cards kept in the deck itself form a topic of their own, named by the deck.
 */
import { DECK_SEPARATOR, isInDeck } from '../cards/card';

/** The topic of a card of `examDeck` (a direct sub-deck's path, or the deck itself). */
export function topicOf(cardDeck: string, examDeck: string): string {
  if (cardDeck === examDeck || !isInDeck(cardDeck, examDeck)) {
    return examDeck;
  }
  const rest = cardDeck.slice(examDeck.length + DECK_SEPARATOR.length);
  const [child = rest] = rest.split(DECK_SEPARATOR);
  return `${examDeck}${DECK_SEPARATOR}${child}`;
}

/** Topics in deck-list order (`decks` sorted as the list shows them) that hold any card. */
export function topicsOf(
  examDeck: string,
  deckNames: readonly string[],
  cardDecks: Iterable<string>,
): string[] {
  const used = new Set<string>();
  for (const deck of cardDecks) {
    used.add(topicOf(deck, examDeck));
  }
  const ordered = [examDeck, ...deckNames.filter((name) => name !== examDeck)];
  return ordered.filter((name) => used.has(name) && topicOf(name, examDeck) === name);
}
