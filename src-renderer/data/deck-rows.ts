/**
 * The rows of given decks, found through the schedules' `[deck+queue+due]` index. Neither the
 * cards nor the schedules keep a plain deck index (an import writes every index of every row:
 * db.ts, version 2), and every card has exactly one schedule row, which carries its deck.
 */
import { Dexie } from 'dexie';
import type { RecallDb } from './db';
import type { CardRow, ScheduleRow } from './schema';

function ofDeck(db: RecallDb, deck: string) {
  return db.schedules
    .where('[deck+queue+due]')
    .between([deck, Dexie.minKey, Dexie.minKey], [deck, Dexie.maxKey, Dexie.maxKey]);
}

export async function schedulesOfDecks(
  db: RecallDb,
  decks: readonly string[],
): Promise<ScheduleRow[]> {
  return (await Promise.all(decks.map((deck) => ofDeck(db, deck).toArray()))).flat();
}

export async function cardIdsOfDecks(db: RecallDb, decks: readonly string[]): Promise<string[]> {
  const ids = await Promise.all(decks.map((deck) => ofDeck(db, deck).primaryKeys()));
  return ids.flat() as string[];
}

export async function cardsOfDecks(db: RecallDb, decks: readonly string[]): Promise<CardRow[]> {
  const cards = await db.cards.bulkGet(await cardIdsOfDecks(db, decks));
  return cards.filter((card) => card !== undefined);
}
