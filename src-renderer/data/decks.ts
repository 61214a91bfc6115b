import { liveQuery } from 'dexie';
import { ValidationError } from '../lib/errors';
import { treeOrder, type DeckLimits } from '../lib/scheduler/deck-counts';
import type { RecallDb } from './db';

export function liveDecks(db: RecallDb) {
  return liveQuery(async () => treeOrder(await db.decks.toArray()));
}

export async function setDeckLimits(db: RecallDb, name: string, limits: DeckLimits): Promise<void> {
  const valid = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100_000;
  if (!valid(limits.newPerDay) || !valid(limits.reviewsPerDay)) {
    throw new ValidationError('daily limits must be whole numbers from 0 to 100000');
  }
  const updated = await db.decks.update(name, { ...limits });
  if (updated === 0) {
    throw new ValidationError(`no deck named ${name}`);
  }
}
