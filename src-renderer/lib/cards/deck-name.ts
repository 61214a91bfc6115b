import { DECK_SEPARATOR } from './card';

/** How a deck path reads to a person: its own name, and the decks above it as context. */
export interface DeckLabel {
  name: string;
  /** The ancestors, outermost first; empty for a top-level deck. */
  parents: string[];
}

/** `OPCEL 252::イメージサービス (Glance)` reads as `イメージサービス (Glance)` under `OPCEL 252`. */
export function deckLabel(path: string): DeckLabel {
  const parts = path
    .split(DECK_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const name = parts.pop();
  // A path of separators alone has no segment to show, so the raw text is the most honest label.
  return name === undefined ? { name: path, parents: [] } : { name, parents: parts };
}
