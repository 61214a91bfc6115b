import { ValidationError } from '../errors';
import { DECK_SEPARATOR, deckAncestors } from './card';

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

export type DeckNameProblem = 'empty' | 'too-long';

/** A deck name the learner typed that cannot be a deck path; `problem` picks the message. */
export class DeckNameError extends ValidationError {
  constructor(
    readonly problem: DeckNameProblem,
    input: string,
  ) {
    super(`"${input}" is not a deck name (${problem})`);
  }
}

const MAX_DECK_PATH = 500;

/** A typed deck path tidied as Anki does: each `::` part trimmed, none of them empty. */
export function deckPathOf(input: string): string {
  const parts = input.split(DECK_SEPARATOR).map((part) => part.trim());
  if (parts.some((part) => part === '')) {
    throw new DeckNameError('empty', input);
  }
  const path = parts.join(DECK_SEPARATOR);
  if (path.length > MAX_DECK_PATH) {
    throw new DeckNameError('too-long', input);
  }
  return path;
}

/** How Anki compares deck names (its `unicase` collation): case does not make another deck. */
const foldCase = (name: string): string => name.normalize('NFC').toLowerCase();

/** The decks known so far, by the spelling each was first given. */
export class DeckSpellings {
  private readonly spelling = new Map<string, string>();

  constructor(names: Iterable<string> = []) {
    for (const name of names) {
      this.add(name);
    }
  }

  /** A deck and its parents; a spelling already known in another case stays the known one. */
  add(path: string): void {
    for (const level of deckAncestors(path)) {
      const key = foldCase(level);
      if (!this.spelling.has(key)) {
        this.spelling.set(key, level);
      }
    }
  }

  /**
   * `path` with each level spelt as a known deck spells it when they differ only in case, so
   * `opcel 252::New` goes under `OPCEL 252` and `opcel 252` is `OPCEL 252`, as in Anki.
   */
  respell(path: string): string {
    let respelled = '';
    for (const [i, part] of path.split(DECK_SEPARATOR).entries()) {
      const typed = i === 0 ? part : `${respelled}${DECK_SEPARATOR}${part}`;
      respelled = this.spelling.get(foldCase(typed)) ?? typed;
    }
    return respelled;
  }
}
