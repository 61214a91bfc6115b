import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { RecallDb } from '../../src-renderer/data/db';
import { DEFAULT_PRESET_ID } from '../../src-renderer/data/schema';
import { stableCardId } from '../../src-renderer/lib/cards/id';
import type { CardContent } from '../../src-renderer/lib/cards/card';

let counter = 0;

/** A fresh database on fake-indexeddb for each test. */
export function testDb(): RecallDb {
  return new RecallDb(`test-${++counter}-${Date.now()}`, { indexedDB, IDBKeyRange });
}

/**
 * A database as the app's first released version made it: version 1's schema, frozen here, for
 * the upgrade and old-backup tests. Its tables are today's, so the app's writers can fill it.
 */
export function releasedV1Db(name = `test-v1-${++counter}-${Date.now()}`): RecallDb {
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  db.version(1).stores({
    decks: 'name',
    cards: 'id, deck, position, *tags',
    schedules: 'cardId, deck, [deck+queue+due]',
    logs: '++id, cardId, reviewedAt, [deck+reviewedAt]',
    rings: 'name',
    meta: 'key',
  });
  return db as unknown as RecallDb;
}

/**
 * A version-1 database holding `current`'s rows as version 1 stored them: daily limits on the
 * decks, no presets or later tables. Today's code writes the rows; version 1 only holds them.
 */
export async function asReleasedV1(current: RecallDb): Promise<RecallDb> {
  const old = releasedV1Db();
  for (const name of ['cards', 'schedules', 'logs', 'rings', 'meta']) {
    await old.table(name).bulkAdd(await current.table(name).toArray());
  }
  const presets = new Map((await current.presets.toArray()).map((p) => [p.id, p]));
  const decks = (await current.decks.toArray()).map(
    ({ presetId, collapsed: _collapsed, exam: _exam, ...deck }) => {
      const preset = presets.get(presetId ?? DEFAULT_PRESET_ID)!;
      return { ...deck, newPerDay: preset.newPerDay, reviewsPerDay: preset.reviewsPerDay };
    },
  );
  await old.table('decks').bulkAdd(decks);
  return old;
}

/** `name` opened by today's app, with the same fake IndexedDB. */
export function appDbNamed(name: string): RecallDb {
  return new RecallDb(name, { indexedDB, IDBKeyRange });
}

export function card(deck: string, front: string, back = `answer to ${front}`): CardContent {
  return { id: stableCardId(deck, front), deck, front, back, kind: 'basic', tags: [] };
}

export function cards(deck: string, count: number): CardContent[] {
  return Array.from({ length: count }, (_, i) => card(deck, `question ${i + 1}`));
}
