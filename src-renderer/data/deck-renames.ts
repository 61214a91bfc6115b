/** The remembered deck renames (lib/cards/deck-renames.ts), applied to cards being imported. */
import { z } from 'zod';
import { renamedPath, type DeckRenames } from '../lib/cards/deck-renames';
import type { RecallDb } from './db';

export const RENAMES_KEY = 'deck-renames';

const renamesSchema = z.record(z.string().min(1), z.string().min(1));

/** The renames so far; a value no version of the app wrote (a hand-edited backup) counts as none. */
export async function deckRenames(db: RecallDb): Promise<DeckRenames> {
  const stored = renamesSchema.safeParse((await db.meta.get(RENAMES_KEY))?.value);
  return stored.success ? stored.data : {};
}

/** Imported cards go where the learner renamed their deck to (see deck-renames.ts). */
export async function followRenames<T extends { deck: string }>(
  db: RecallDb,
  cards: T[],
): Promise<T[]> {
  const renames = await deckRenames(db);
  if (Object.keys(renames).length === 0) {
    return cards;
  }
  return cards.map((card) => {
    const deck = renamedPath(card.deck, renames);
    return deck === card.deck ? card : { ...card, deck };
  });
}
