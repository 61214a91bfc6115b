import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../src-main/decks';
import { upsertCards } from '../../src-renderer/data/cards';
import {
  createDeck,
  DeckConflictError,
  deleteDeck,
  renameDeck,
  restoreDeletedDeck,
  setCollapsed,
} from '../../src-renderer/data/decks';
import { followRenames } from '../../src-renderer/data/deck-renames';
import { applyImport, existingCards } from '../../src-renderer/data/import';
import { cardsOfShippedDecks, loadShippedDecks } from '../../src-renderer/data/shipped-decks';
import { recordGrade } from '../../src-renderer/data/study';
import { DeckNameError } from '../../src-renderer/lib/cards/deck-name';
import { planImport } from '../../src-renderer/lib/formats/plan';
import { Scheduler } from '../../src-renderer/lib/scheduler/fsrs-adapter';
import type { DeckSourceFile } from '../../src-renderer/lib/ipc/contract';
import type { RecallDb } from '../../src-renderer/data/db';
import { testDb } from './helpers';

const ROOT = join(import.meta.dirname, '../..');
const TOP = 'OPCEL 252';
const NOW = new Date(2026, 10, 25, 10).getTime();
const scheduler = new Scheduler({ fuzz: false });

let shipped: DeckSourceFile[];
beforeAll(async () => {
  shipped = await readDeckFolder(join(ROOT, 'decks'));
});

/** The shipped OPCEL notes loaded, and one card of `deck` graded so it has a log. */
async function seeded(deck: string): Promise<{ db: RecallDb; graded: string }> {
  const db = testDb();
  await loadShippedDecks(db, shipped, NOW);
  const row = (await db.schedules.filter((row) => row.deck === deck).first())!;
  const outcome = scheduler.grade(row, 3, new Date(NOW));
  await recordGrade(db, { cardId: row.cardId, deck, outcome, elapsedMs: 900 });
  return { db, graded: row.cardId };
}

async function deckNames(db: RecallDb) {
  return (await db.decks.toArray()).map((d) => d.name).sort();
}

async function cinderDeck() {
  const cards = cardsOfShippedDecks(shipped).cards;
  const deck = cards.map((c) => c.deck).find((d) => d.includes('Cinder'));
  expect(deck).toBeDefined();
  return { deck: deck!, count: cards.filter((c) => c.deck === deck).length };
}

describe('renameDeck', () => {
  it('moves the deck, its cards, schedules and logs to the new path in one go', async () => {
    const { deck, count } = await cinderDeck();
    const { db, graded } = await seeded(deck);
    const target = `${TOP}::Block storage`;
    expect(await renameDeck(db, deck, ` ${TOP} :: Block storage `, NOW)).toBe(target);

    expect(await deckNames(db)).not.toContain(deck);
    expect(await deckNames(db)).toContain(target);
    expect(await db.cards.filter((row) => row.deck === target).count()).toBe(count);
    expect(await db.cards.filter((row) => row.deck === deck).count()).toBe(0);
    expect(await db.schedules.filter((row) => row.deck === target).count()).toBe(count);
    expect((await db.logs.where('cardId').equals(graded).first())?.deck).toBe(target);
    // Card ids do not change: the schedule and history stay with the card.
    expect(await db.cards.get(graded)).toMatchObject({ deck: target });
  });

  it('takes sub-decks along, and can move a deck under another parent', async () => {
    const db = testDb();
    await createDeck(db, 'AWS::EC2::Instances', NOW);
    await renameDeck(db, 'AWS', 'Cloud::Amazon', NOW);
    expect(await deckNames(db)).toEqual([
      'Cloud',
      'Cloud::Amazon',
      'Cloud::Amazon::EC2',
      'Cloud::Amazon::EC2::Instances',
    ]);
  });

  it('refuses a name that is taken, empty, or inside the deck itself, changing nothing', async () => {
    const { deck } = await cinderDeck();
    const { db } = await seeded(deck);
    const before = await deckNames(db);
    const glance = before.find((d) => d.includes('Glance'))!;
    await expect(renameDeck(db, deck, glance, NOW)).rejects.toThrow(DeckConflictError);
    await expect(renameDeck(db, deck, `${deck}::Sub`, NOW)).rejects.toThrow(DeckConflictError);
    await expect(renameDeck(db, deck, `${TOP}::`, NOW)).rejects.toThrow(DeckNameError);
    await expect(renameDeck(db, deck, '   ', NOW)).rejects.toThrow(DeckNameError);
    expect(await deckNames(db)).toEqual(before);
  });

  it('a re-import of the notes updates the renamed deck instead of bringing the old one back', async () => {
    const { deck, count } = await cinderDeck();
    const { db, graded } = await seeded(deck);
    const target = `${TOP}::Block storage`;
    await renameDeck(db, deck, target, NOW);
    const total = await db.cards.count();

    // Through the import screen's path: its preview counts nothing to change…
    const incoming = await followRenames(db, cardsOfShippedDecks(shipped).cards);
    const existing = await existingCards(
      db,
      incoming.map((c) => c.id),
    );
    const plan = planImport(existing, incoming, 'update');
    expect(plan.counts).toMatchObject({ added: 0, updated: 0, unchanged: total });
    await applyImport(db, plan, NOW + 1);
    // …and through the shipped-deck loader.
    await upsertCards(db, cardsOfShippedDecks(shipped).cards, NOW + 2);

    expect(await db.cards.count()).toBe(total);
    expect(await deckNames(db)).not.toContain(deck);
    expect(await db.cards.filter((row) => row.deck === target).count()).toBe(count);
    expect(await db.schedules.get(graded)).toMatchObject({ deck: target, state: 'learning' });

    // A question the notes add later joins the renamed deck too.
    const fromNotes = cardsOfShippedDecks(shipped).cards.find((c) => c.deck === deck)!;
    const added = { ...fromNotes, id: 'c-new', front: 'New question' };
    await upsertCards(db, [added], NOW + 3);
    expect(await db.cards.get('c-new')).toMatchObject({ deck: target });
  });
});

describe('deck names differing only in case, as in Anki', () => {
  it('are one deck: a create is refused, a sub-deck goes under the existing spelling', async () => {
    const db = testDb();
    await createDeck(db, TOP, NOW);
    await expect(createDeck(db, 'opcel 252', NOW)).rejects.toMatchObject({
      problem: 'exists',
      deck: TOP,
    });
    expect(await createDeck(db, 'opcel 252::Notes', NOW)).toBe(`${TOP}::Notes`);
    expect(await deckNames(db)).toEqual([TOP, `${TOP}::Notes`]);
  });

  it('an import goes into the deck of the collection, or of the file, spelt in another case', async () => {
    const db = testDb();
    await createDeck(db, TOP, NOW);
    const card = (id: string, deck: string) => ({ id, deck, front: id, back: 'b' });
    const placed = await followRenames(db, [
      card('a', 'opcel 252::CSV'),
      card('b', 'Anki::Linux'),
      card('c', 'anki::linux::LVM'),
      card('d', 'ANKI'),
    ]);
    expect(placed.map((c) => c.deck)).toEqual([
      `${TOP}::CSV`,
      'Anki::Linux',
      'Anki::Linux::LVM',
      'Anki',
    ]);
  });

  it('a rename onto another deck is refused, and a deck can change its own case', async () => {
    const db = testDb();
    await createDeck(db, TOP, NOW);
    await createDeck(db, 'Swift', NOW);
    await expect(renameDeck(db, 'Swift', 'opcel 252', NOW)).rejects.toMatchObject({
      problem: 'exists',
    });
    expect(await renameDeck(db, 'Swift', 'opcel 252::swift', NOW)).toBe(`${TOP}::swift`);
    expect(await renameDeck(db, `${TOP}::swift`, 'opcel 252::Swift', NOW)).toBe(`${TOP}::Swift`);
    expect(await renameDeck(db, TOP, 'Opcel 252', NOW)).toBe('Opcel 252');
    expect(await deckNames(db)).toEqual(['Opcel 252', 'Opcel 252::Swift']);
  });
});

describe('deleteDeck', () => {
  it('deletes the deck with its sub-decks, cards, schedules and logs; undo puts all back', async () => {
    const { db } = await seeded((await cinderDeck()).deck);
    const before = {
      decks: await db.decks.toArray(),
      cards: await db.cards.toArray(),
      schedules: await db.schedules.toArray(),
      logs: await db.logs.toArray(),
    };
    expect(before.logs).toHaveLength(1);
    const deleted = await deleteDeck(db, TOP);
    expect(await db.decks.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(await db.schedules.count()).toBe(0);
    expect(await db.logs.count()).toBe(0);

    await restoreDeletedDeck(db, deleted, NOW);
    expect(await db.decks.toArray()).toEqual(before.decks);
    expect(await db.cards.toArray()).toEqual(before.cards);
    expect(await db.schedules.toArray()).toEqual(before.schedules);
    expect(await db.logs.toArray()).toEqual(before.logs);
  });

  it('deletes only the sub-deck asked for, and leaves other decks alone', async () => {
    const { deck, count } = await cinderDeck();
    const { db } = await seeded(deck);
    const total = await db.cards.count();
    const deleted = await deleteDeck(db, deck);
    expect(deleted.cards).toHaveLength(count);
    expect(await db.cards.count()).toBe(total - count);
    expect(await deckNames(db)).toContain(TOP);
  });
});

describe('createDeck and setCollapsed', () => {
  it('creates a sub-deck under its parent, refuses one that exists, remembers collapse', async () => {
    const db = testDb();
    await createDeck(db, TOP, NOW);
    expect(await createDeck(db, ' Neutron ', NOW, TOP)).toBe(`${TOP}::Neutron`);
    await expect(createDeck(db, 'Neutron', NOW, TOP)).rejects.toThrow(DeckConflictError);
    await setCollapsed(db, TOP, true);
    expect(await db.decks.get(TOP)).toMatchObject({ collapsed: true });
    await setCollapsed(db, TOP, false);
    expect(await db.decks.get(TOP)).not.toHaveProperty('collapsed');
  });
});
