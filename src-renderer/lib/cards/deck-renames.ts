/**
 * What a re-import does after the learner renamed a deck. Card ids come from the deck path the
 * notes give and the question (id.ts), so re-imported notes still name the old path and still
 * carry the ids of the renamed deck's cards. The rule: a rename is remembered as `old → new`,
 * and every imported card whose notes put it under a renamed path goes to the new path instead.
 * Its id is unchanged, so it updates the card already there rather than adding a second one,
 * and new questions from those notes join the renamed deck rather than bringing the old one back.
 */
import { isInDeck } from './card';

/** Old path → the path the learner renamed it to. */
export type DeckRenames = Readonly<Record<string, string>>;

/** Where cards the notes put in `path` live now (the longest renamed prefix wins). */
export function renamedPath(path: string, renames: DeckRenames): string {
  let best: string | undefined;
  for (const from of Object.keys(renames)) {
    if (isInDeck(path, from) && (best === undefined || from.length > best.length)) {
      best = from;
    }
  }
  return best === undefined ? path : movedPath(path, best, renames[best]!);
}

/** `renames` after renaming the deck `from` (and its sub-decks) to `to`. */
export function withRename(renames: DeckRenames, from: string, to: string): DeckRenames {
  const next: Record<string, string> = {};
  for (const [source, target] of Object.entries(renames)) {
    // Earlier renames that ended inside `from` now end inside `to`.
    next[source] = isInDeck(target, from) ? movedPath(target, from, to) : target;
  }
  next[from] = to;
  return Object.fromEntries(Object.entries(next).filter(([source, target]) => source !== target));
}

/** `renames` once the learner makes a new deck named `path`: that name is theirs again. */
export function withoutRename(renames: DeckRenames, path: string): DeckRenames {
  return Object.fromEntries(Object.entries(renames).filter(([source]) => source !== path));
}

/** `path` with its `from` prefix replaced by `to`; `path` must be `from` or inside it. */
export function movedPath(path: string, from: string, to: string): string {
  return to + path.slice(from.length);
}
