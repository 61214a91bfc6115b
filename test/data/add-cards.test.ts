import { describe, expect, test } from 'vitest';
import { AddCardError, addNote } from '../../src-renderer/data/add-cards';
import { renameDeck } from '../../src-renderer/data/decks';
import { deckRenames } from '../../src-renderer/data/deck-renames';
import { upsertCards } from '../../src-renderer/data/cards';
import type { RecallDb } from '../../src-renderer/data/db';
import { recordGrade } from '../../src-renderer/data/study';
import { redoAction, undoAction } from '../../src-renderer/data/undo';
import { stableCardId } from '../../src-renderer/lib/cards/id';
import { noteKey } from '../../src-renderer/lib/cards/note';
import type { NewNote } from '../../src-renderer/lib/cards/new-card';
import { MAX_CARD_SIDE_TEXT } from '../../src-renderer/lib/cards/size';
import { DeckNameError } from '../../src-renderer/lib/cards/deck-name';
import { Scheduler } from '../../src-renderer/lib/scheduler/fsrs-adapter';
import { testDb } from './helpers';

const NOW = Date.UTC(2026, 11, 1, 12);
const DECK = 'OPCEL 252::イメージサービス (Glance)';
// The seed notes' own line (000_3af3aa1cc6fa0faa.txt, 252.1), typo fixed.
const PREFETCHER: NewNote = {
  deck: DECK,
  kind: 'basic',
  front: 'glance-cache-prefetcher',
  back: 'キャッシュ予約キューに入っているイメージのキャッシングを実施する。',
  tags: ['glance', 'cache'],
};

async function snapshot(db: RecallDb) {
  return {
    decks: await db.decks.toArray(),
    cards: await db.cards.toArray(),
    schedules: await db.schedules.toArray(),
    logs: await db.logs.toArray(),
  };
}

async function refused(db: RecallDb, note: NewNote): Promise<AddCardError> {
  const before = await snapshot(db);
  const error = await addNote(db, note, NOW).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AddCardError);
  expect(await snapshot(db)).toEqual(before);
  return error as AddCardError;
}

describe('addNote', () => {
  test('writes a new card with a new schedule, creating the deck and its parent', async () => {
    const db = testDb();
    const record = await addNote(db, PREFETCHER, NOW);
    const id = stableCardId(DECK, PREFETCHER.front);
    expect(record).toMatchObject({ kind: 'cards', action: 'add', cardIds: [id] });
    const card = await db.cards.get(id);
    expect(card).toMatchObject({
      deck: DECK,
      kind: 'basic',
      front: PREFETCHER.front,
      back: PREFETCHER.back,
      tags: ['glance', 'cache'],
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(card?.source).toBeUndefined();
    expect(card?.note).toBeUndefined();
    expect(await db.schedules.get(id)).toMatchObject({
      deck: DECK,
      queue: 'new',
      state: 'new',
      due: card?.position,
    });
    expect((await db.decks.toArray()).map((d) => d.name).sort()).toEqual(['OPCEL 252', DECK]);
  });

  test('a deck typed in another case is the deck there, as in Anki', async () => {
    const db = testDb();
    await addNote(db, PREFETCHER, NOW);
    const typed = {
      ...PREFETCHER,
      deck: 'opcel 252::イメージサービス (glance)',
      front: 'glance-api',
    };
    await addNote(db, typed, NOW);
    expect(await db.cards.get(stableCardId(DECK, 'glance-api'))).toMatchObject({ deck: DECK });
    expect((await db.decks.toArray()).map((d) => d.name).sort()).toEqual(['OPCEL 252', DECK]);
  });

  test('puts the cards after every card there is, in the new-card order', async () => {
    const db = testDb();
    const seeded = [1, 2, 3].map((n) => ({
      id: stableCardId(DECK, `glance image-show ${n}`),
      deck: DECK,
      front: `glance image-show ${n}`,
      back: 'openstack image show',
      kind: 'basic' as const,
      tags: [],
    }));
    await upsertCards(db, seeded, NOW);
    const last = (await db.cards.orderBy('position').last())!.position;
    const record = await addNote(db, { ...PREFETCHER, kind: 'basic-reverse' }, NOW);
    const positions = record.after.cards.map((card) => card.position);
    expect(positions).toEqual([last + 1, last + 2]);
    expect(record.after.schedules.map((row) => row.due)).toEqual(positions);
  });

  test('a reverse pair gets the notes generator’s ids and is one note', async () => {
    const db = testDb();
    const record = await addNote(db, { ...PREFETCHER, kind: 'basic-reverse' }, NOW);
    const forward = stableCardId(DECK, PREFETCHER.front);
    const reverse = stableCardId(DECK, PREFETCHER.back, 'reverse');
    expect(record.cardIds).toEqual([forward, reverse]);
    const cards = await db.cards.bulkGet(record.cardIds);
    expect(cards[1]).toMatchObject({ front: PREFETCHER.back, back: PREFETCHER.front });
    expect(cards.map((card) => noteKey(card!))).toEqual([`anki:${forward}`, `anki:${forward}`]);
  });

  test('a cloze note gives one card per number, rendered as an imported Anki cloze', async () => {
    const db = testDb();
    const record = await addNote(
      db,
      {
        deck: DECK,
        kind: 'cloze',
        front: '{{c1::glance-cache-pruner}} discards the {{c2::least recently used::which}} images',
        back: 'when the cache is over its size',
        tags: [],
      },
      NOW,
    );
    const cards = await db.cards.bulkGet(record.cardIds);
    expect(cards.map((card) => [card?.kind, card?.front, card?.back])).toEqual([
      [
        'cloze',
        '[...] discards the least recently used images',
        '**glance-cache-pruner** discards the least recently used images\n\nwhen the cache is over its size',
      ],
      [
        'cloze',
        'glance-cache-pruner discards the [which] images',
        'glance-cache-pruner discards the **least recently used** images\n\nwhen the cache is over its size',
      ],
    ]);
    expect(record.cardIds[1]).toBe(
      stableCardId(DECK, 'glance-cache-pruner discards the [which] images', 'cloze:c2'),
    );
  });

  test('refuses a card that is already there, and leaves the database as it was', async () => {
    const db = testDb();
    const first = await addNote(db, PREFETCHER, NOW);
    // The id is the normalised question's: case and spacing do not make another card.
    const error = await refused(db, {
      ...PREFETCHER,
      front: '  Glance-Cache-Prefetcher ',
      back: 'another answer',
    });
    expect(error.problem).toBe('duplicate');
    expect(error.cardId).toBe(first.cardIds[0]);
    // A pair whose reverse is new still refuses as a whole.
    expect((await refused(db, { ...PREFETCHER, kind: 'basic-reverse' })).problem).toBe('duplicate');
  });

  test('says when the card there is retired (gone from its notes)', async () => {
    const db = testDb();
    const id = stableCardId(DECK, PREFETCHER.front);
    await upsertCards(db, [{ ...PREFETCHER, id, kind: 'basic' }], NOW);
    await upsertCards(db, [], NOW, [id]);
    expect((await refused(db, PREFETCHER)).problem).toBe('duplicate-retired');
  });

  test('refuses what an edit would refuse, before writing anything', async () => {
    const db = testDb();
    expect((await refused(db, { ...PREFETCHER, front: ' \n ' })).problem).toBe('front-empty');
    expect((await refused(db, { ...PREFETCHER, kind: 'type-in', back: '' })).problem).toBe(
      'back-empty',
    );
    expect((await refused(db, { ...PREFETCHER, kind: 'cloze' })).problem).toBe('no-cloze');
    expect(
      (await refused(db, { ...PREFETCHER, back: 'x'.repeat(MAX_CARD_SIDE_TEXT + 1) })).problem,
    ).toBe('side-too-long');
    await expect(addNote(db, { ...PREFETCHER, deck: 'OPCEL 252:: ' }, NOW)).rejects.toThrow(
      DeckNameError,
    );
    expect(await db.cards.count()).toBe(0);
  });

  test('a basic card may have an empty back, as in Anki', async () => {
    const db = testDb();
    const record = await addNote(db, { ...PREFETCHER, back: '' }, NOW);
    expect(record.after.cards[0]?.back).toBe('');
  });

  test('undo takes the cards and their schedules away, redo brings them back', async () => {
    const db = testDb();
    const record = await addNote(db, { ...PREFETCHER, kind: 'basic-reverse' }, NOW);
    const added = await snapshot(db);
    await undoAction(db, record);
    expect(await db.cards.count()).toBe(0);
    expect(await db.schedules.count()).toBe(0);
    // The deck stays, as Anki's undo of an add leaves the deck it made.
    expect(await db.decks.get(DECK)).toBeDefined();
    await redoAction(db, record);
    expect(await snapshot(db)).toEqual(added);
  });

  test('undo refuses once the card was studied (its grade is undone first)', async () => {
    const db = testDb();
    const record = await addNote(db, PREFETCHER, NOW);
    const id = record.cardIds[0]!;
    const outcome = new Scheduler().grade((await db.schedules.get(id))!, 3, new Date(NOW));
    await recordGrade(db, { cardId: id, deck: DECK, outcome, elapsedMs: 1000 });
    await expect(undoAction(db, record)).rejects.toThrow(/changed since/);
    expect(await db.cards.get(id)).toBeDefined();
  });

  test('a new deck named as a renamed one stops the rename sending cards elsewhere', async () => {
    const db = testDb();
    await addNote(db, PREFETCHER, NOW);
    await renameDeck(db, DECK, 'OPCEL 252::Glance', NOW);
    expect(await deckRenames(db)).toHaveProperty([DECK]);
    await addNote(db, { ...PREFETCHER, front: 'glance-cache-pruner' }, NOW);
    expect(await deckRenames(db)).not.toHaveProperty([DECK]);
  });
});
