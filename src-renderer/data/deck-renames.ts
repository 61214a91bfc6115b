/** The remembered deck renames (lib/cards/deck-renames.ts), applied to cards being imported. */
import { z } from 'zod';
import { DeckSpellings } from '../lib/cards/deck-name';
import { renamedPath, type DeckRenames } from '../lib/cards/deck-renames';
import type { RecallDb } from './db';

export const RENAMES_KEY = 'deck-renames';

const renamesSchema = z.record(z.string().min(1), z.string().min(1));

/** The renames so far; a value no version of the app wrote (a hand-edited backup) counts as none. */
export async function deckRenames(db: RecallDb): Promise<DeckRenames> {
  const stored = renamesSchema.safeParse((await db.meta.get(RENAMES_KEY))?.value);
  return stored.success ? stored.data : {};
}

/**
 * Imported cards go where the learner renamed their deck to (see deck-renames.ts), and into the
 * deck whose name differs only in case, as Anki compares deck names: the collection's spelling
 * first, then the first one in the file.
 */
export async function followRenames<T extends { deck: string }>(
  db: RecallDb,
  cards: T[],
): Promise<T[]> {
  const renames = await deckRenames(db);
  const known = new DeckSpellings(await db.decks.toCollection().primaryKeys());
  const placed = new Map<string, string>();
  const placeOf = (deck: string): string => {
    let path = placed.get(deck);
    if (path === undefined) {
      path = known.respell(renamedPath(deck, renames));
      known.add(path);
      placed.set(deck, path);
    }
    return path;
  };
  return cards.map((card) => {
    const deck = placeOf(card.deck);
    return deck === card.deck ? card : { ...card, deck };
  });
}
