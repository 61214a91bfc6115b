import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { RecallDb } from '../../src-renderer/data/db';
import { stableCardId } from '../../src-renderer/lib/cards/id';
import type { CardContent } from '../../src-renderer/lib/cards/card';

let counter = 0;

/** A fresh database on fake-indexeddb for each test. */
export function testDb(): RecallDb {
  return new RecallDb(`test-${++counter}-${Date.now()}`, { indexedDB, IDBKeyRange });
}

export function card(deck: string, front: string, back = `answer to ${front}`): CardContent {
  return { id: stableCardId(deck, front), deck, front, back, kind: 'basic', tags: [] };
}

export function cards(deck: string, count: number): CardContent[] {
  return Array.from({ length: count }, (_, i) => card(deck, `question ${i + 1}`));
}
