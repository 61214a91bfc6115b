import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../src-main/decks';
import { deleteCards } from '../../src-renderer/data/card-actions';
import { deleteDeck } from '../../src-renderer/data/decks';
import { cardsOfShippedDecks, loadShippedDecks } from '../../src-renderer/data/shipped-decks';
import type { DeckSourceFile } from '../../src-renderer/lib/ipc/contract';
import { testDb } from './helpers';

const NOW = new Date('2026-11-25T10:00:00+09:00').getTime();
const DAY = 86_400_000;
const TOP = 'OPCEL 252';
const CINDER = `${TOP}::ブロックストレージ (Cinder)`;
const SWIFT = `${TOP}::オブジェクトストレージ (Swift)`;

let shipped: DeckSourceFile[];
beforeAll(async () => {
  shipped = await readDeckFolder(join(import.meta.dirname, '../../decks'));
});

/** The next release's decks: the Cinder notes gain one definition. */
function nextRelease(): DeckSourceFile[] {
  return shipped.map((file) =>
    file.path.endsWith('252.3-cinder.md')
      ? { ...file, text: `${file.text}\n- error: ボリュームの作成などに失敗したときの状態\n` }
      : file,
  );
}

describe('loadShippedDecks after the user deleted shipped cards', () => {
  // An update of the shipped notes brought back every card the user had deleted, and a
  // deleted deck whole, as new cards to learn again.
  it('keeps deleted cards and decks deleted, and adds only the cards new to the release', async () => {
    const db = testDb();
    await loadShippedDecks(db, shipped, NOW);
    const before = cardsOfShippedDecks(shipped).cards;
    const deleted = before.find((card) => card.deck === CINDER)!;
    await deleteCards(db, [deleted.id]);
    await deleteDeck(db, SWIFT);
    const left = await db.cards.count();

    const release = nextRelease();
    const added = cardsOfShippedDecks(release).cards.filter(
      (card) => !before.some((old) => old.id === card.id),
    );
    expect(added.map((card) => card.front)).toContain('error');
    const summary = (await loadShippedDecks(db, release, NOW + DAY)).summary;

    expect(summary).toMatchObject({ added: added.length });
    expect(await db.cards.get(deleted.id)).toBeUndefined();
    expect(await db.cards.filter((card) => card.deck === SWIFT).count()).toBe(0);
    expect(await db.decks.get(SWIFT)).toBeUndefined();
    expect(await db.cards.count()).toBe(left + added.length);
    for (const card of added) {
      expect(await db.schedules.get(card.id)).toMatchObject({ state: 'new' });
    }
  });

  it('still loads every shipped card into a new collection', async () => {
    const db = testDb();
    await loadShippedDecks(db, shipped, NOW);
    expect(await db.cards.count()).toBe(cardsOfShippedDecks(shipped).cards.length);
  });
});
