/**
 * The review log of a set of decks, as the FSRS optimizer reads it: every grade the app logged
 * and every review imported with an Anki collection (data/import.ts stores both the same way).
 */
import { Dexie } from 'dexie';
import type { LoggedReview } from '../lib/scheduler/optimize-input';
import type { RecallDb } from './db';
import { presetIdOf } from './presets';

export async function reviewLogOfDecks(
  db: RecallDb,
  decks: readonly string[],
): Promise<LoggedReview[]> {
  const rows = await db.transaction('r', db.logs, () =>
    Promise.all(
      decks.map((deck) =>
        db.logs
          .where('[deck+reviewedAt]')
          .between([deck, Dexie.minKey], [deck, Dexie.maxKey], true, true)
          .toArray(),
      ),
    ),
  );
  return rows.flat().map(({ cardId, rating, reviewedAt, stateBefore }) => ({
    cardId,
    rating,
    reviewedAt,
    stateBefore,
  }));
}

/** The review log of the decks that use preset `presetId` (decks without one use the default). */
export async function reviewLogOfPreset(db: RecallDb, presetId: string): Promise<LoggedReview[]> {
  const decks = await db.decks.toArray();
  return reviewLogOfDecks(
    db,
    decks.filter((deck) => presetIdOf(deck) === presetId).map((deck) => deck.name),
  );
}
