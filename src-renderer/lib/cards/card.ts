/**
 * A card as content: what the notes generator, an importer or a deck file produces.
 * Scheduling state lives apart (see lib/scheduler) so that content can be regenerated
 * without touching a learner's history.
 */
export const CARD_KINDS = ['basic', 'cloze', 'type-in', 'ring'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Deck paths use Anki's separator, so `OPCEL 252::Cinder` is a sub-deck of `OPCEL 252`. */
export const DECK_SEPARATOR = '::';

export interface CardSource {
  file: string;
  line: number;
}

export interface CardContent {
  /** Stable id: the same question in the same deck always gives the same id. */
  id: string;
  /** Full deck path, e.g. `OPCEL 252::ブロックストレージ (Cinder)`. */
  deck: string;
  /** Markdown. For `ring` cards: the template id the calculator turns into a question. */
  front: string;
  /** Markdown. For `type-in` cards: the expected answer as typed. */
  back: string;
  kind: CardKind;
  tags: string[];
  source?: CardSource;
  /** The Anki note (its GUID) an imported card came from; its other cards are its siblings. */
  note?: string;
}

/** Anki's tag for a marked note (the `*` key): the learner's mark, like a flag. */
export const MARKED_TAG = 'marked';

/** Anki's seven card flags: red, orange, green, blue, pink, turquoise, purple. */
export const FLAGS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Flag = (typeof FLAGS)[number];

export function deckAncestors(deck: string): string[] {
  const parts = deck.split(DECK_SEPARATOR);
  return parts.map((_, i) => parts.slice(0, i + 1).join(DECK_SEPARATOR));
}

export function isInDeck(cardDeck: string, deck: string): boolean {
  return cardDeck === deck || cardDeck.startsWith(deck + DECK_SEPARATOR);
}

/**
 * Whether two versions of a card say the same thing. The source line is left out: an edit
 * higher up in a notes file moves every line below it without changing those cards.
 */
export function sameCardContent(a: CardContent, b: CardContent): boolean {
  return (
    a.deck === b.deck &&
    a.front === b.front &&
    a.back === b.back &&
    a.kind === b.kind &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}
