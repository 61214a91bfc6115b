/**
 * Deck management: create, rename (sub-decks follow), delete with undo, collapse. A deck's path
 * is held by the decks, cards, schedules and logs tables; a rename or delete changes them all in
 * one transaction. How a later re-import treats a renamed deck: lib/cards/deck-renames.ts.
 */
import { Dexie, liveQuery } from 'dexie';
import { isInDeck } from '../lib/cards/card';
import { DeckSpellings, deckPathOf } from '../lib/cards/deck-name';
import { movedPath, withoutRename, withRename } from '../lib/cards/deck-renames';
import { ValidationError } from '../lib/errors';
import { treeOrder } from '../lib/scheduler/deck-counts';
import { ensureDecks } from './cards';
import { deckRenames, RENAMES_KEY } from './deck-renames';
import { cardIdsOfDecks, schedulesOfDecks } from './deck-rows';
import type { RecallDb } from './db';
import type { CardRow, DeckRow, LogRow, ScheduleRow } from './schema';

export function liveDecks(db: RecallDb) {
  return liveQuery(async () => treeOrder(await db.decks.toArray()));
}

/** A deck name that is taken, or a deck moved inside itself; the UI says which. */
export class DeckConflictError extends ValidationError {
  constructor(
    readonly problem: 'exists' | 'inside-itself' | 'missing',
    readonly deck: string,
  ) {
    super(`deck ${deck}: ${problem}`);
  }
}

/** A new empty deck (its parents too, if missing); `name` is a path, or a name under `parent`. */
export async function createDeck(
  db: RecallDb,
  name: string,
  now: number,
  parent?: string,
): Promise<string> {
  const typed = deckPathOf(parent === undefined ? name : `${parent}::${name}`);
  return db.transaction('rw', db.decks, db.meta, async () => {
    const path = new DeckSpellings(await deckNames(db)).respell(typed);
    if (await db.decks.get(path)) {
      throw new DeckConflictError('exists', path);
    }
    await ensureDecks(db, [path], now);
    const renames = await deckRenames(db);
    if (path in renames) {
      await db.meta.put({ key: RENAMES_KEY, value: withoutRename(renames, path) });
    }
    return path;
  });
}

const deckNames = (db: RecallDb) => db.decks.toCollection().primaryKeys();

async function subtreeOf(db: RecallDb, deck: string): Promise<DeckRow[]> {
  const rows = (await db.decks.toArray()).filter((row) => isInDeck(row.name, deck));
  if (rows.length === 0) {
    throw new DeckConflictError('missing', deck);
  }
  return rows;
}

function logsOfDeck(db: RecallDb, deck: string) {
  return db.logs.where('[deck+reviewedAt]').between([deck, Dexie.minKey], [deck, Dexie.maxKey]);
}

/**
 * Renames `from` to the typed path `to`; its sub-decks, cards, schedules and review logs follow,
 * all in one transaction. Returns the new path.
 */
export async function renameDeck(db: RecallDb, from: string, to: string, now: number) {
  const typed = deckPathOf(to);
  const tables = [db.decks, db.cards, db.schedules, db.logs, db.mockExams, db.meta];
  return db.transaction('rw', tables, async () => {
    // The deck itself is no spelling to follow: renaming it may change only its case.
    const others = (await deckNames(db)).filter((name) => !isInDeck(name, from));
    const target = new DeckSpellings(others).respell(typed);
    if (target === from) {
      return target;
    }
    if (isInDeck(target, from)) {
      throw new DeckConflictError('inside-itself', target);
    }
    const subtree = await subtreeOf(db, from);
    const names = subtree.map((deck) => deck.name);
    const moved = names.map((name) => movedPath(name, from, target));
    const taken = await db.decks.bulkGet(moved);
    const clash = moved.find((_, i) => taken[i] !== undefined);
    if (clash !== undefined) {
      throw new DeckConflictError('exists', clash);
    }
    const follow = <T extends { deck: string }>(row: T) => {
      row.deck = movedPath(row.deck, from, target);
    };
    await db.decks.bulkDelete(names);
    await db.decks.bulkAdd(subtree.map((deck, i) => ({ ...deck, name: moved[i]! })));
    const ids = await cardIdsOfDecks(db, names);
    await db.cards.where(':id').anyOf(ids).modify(follow);
    await db.schedules.where(':id').anyOf(ids).modify(follow);
    for (const name of names) {
      await logsOfDeck(db, name).modify(follow);
    }
    await db.mockExams.where('deck').anyOf(names).modify(follow);
    await ensureDecks(db, [target], now);
    const renames = withRename(await deckRenames(db), from, target);
    await db.meta.put({ key: RENAMES_KEY, value: renames });
    return target;
  });
}

/** Everything a delete removed, kept so that undo can put it back as it was. */
export interface DeletedDeck {
  deck: string;
  decks: DeckRow[];
  cards: CardRow[];
  schedules: ScheduleRow[];
  logs: LogRow[];
}

/** Deletes a deck, its sub-decks, their cards and the cards' schedules and review logs. */
export async function deleteDeck(db: RecallDb, deck: string): Promise<DeletedDeck> {
  return db.transaction('rw', db.decks, db.cards, db.schedules, db.logs, async () => {
    const decks = await subtreeOf(db, deck);
    const names = decks.map((row) => row.name);
    const schedules = await schedulesOfDecks(db, names);
    const ids = schedules.map((row) => row.cardId);
    const cards = (await db.cards.bulkGet(ids)).filter((card) => card !== undefined);
    const logs = await db.logs.where('cardId').anyOf(ids).toArray();
    await db.logs.bulkDelete(logs.map((log) => log.id!));
    await db.schedules.bulkDelete(ids);
    await db.cards.bulkDelete(ids);
    await db.decks.bulkDelete(names);
    return { deck, decks, cards, schedules, logs };
  });
}

/** Undoes a delete: every row comes back with its id, so history and schedules are as they were. */
export async function restoreDeletedDeck(
  db: RecallDb,
  deleted: DeletedDeck,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.decks, db.cards, db.schedules, db.logs, async () => {
    const taken = await db.decks.bulkGet(deleted.decks.map((deck) => deck.name));
    const clash = deleted.decks.find((_, i) => taken[i] !== undefined);
    if (clash) {
      throw new DeckConflictError('exists', clash.name);
    }
    await db.decks.bulkAdd(deleted.decks);
    await db.cards.bulkPut(deleted.cards);
    await db.schedules.bulkPut(deleted.schedules);
    await db.logs.bulkPut(deleted.logs);
    // Its parent may have been deleted since.
    await ensureDecks(db, [deleted.deck], now);
  });
}

/** Hides or shows a deck's sub-decks in the deck list; remembered on the deck row. */
export async function setCollapsed(db: RecallDb, deck: string, collapsed: boolean) {
  await db.transaction('rw', db.decks, async () => {
    const row = await db.decks.get(deck);
    if (!row) {
      throw new DeckConflictError('missing', deck);
    }
    const { collapsed: _old, ...rest } = row;
    await db.decks.put(collapsed ? { ...rest, collapsed } : rest);
  });
}

/** How many cards a delete of `deck` would take with it (its sub-decks' included). */
export async function deckCardCount(db: RecallDb, deck: string): Promise<number> {
  return db.transaction('r', db.decks, db.schedules, async () => {
    const names = (await subtreeOf(db, deck)).map((row) => row.name);
    return (await cardIdsOfDecks(db, names)).length;
  });
}
