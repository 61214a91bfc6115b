import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  applyImport,
  deckData,
  cardIdsFromNotes,
  existingCards,
  IMPORT_CHUNK,
  ImportCancelledError,
} from '../../src-renderer/data/import';
import { readDeckJson } from '../../src-renderer/lib/formats/deck-json';
import { planImport } from '../../src-renderer/lib/formats/plan';
import { withoutScheduling, type ImportedCard } from '../../src-renderer/lib/formats/types';
import { testDb } from './helpers';

const NOW = Date.UTC(2026, 10, 25, 12);
const deck = readDeckJson(
  new Uint8Array(readFileSync('test/fixtures/deck-v1.json')),
  'deck-v1.json',
);

async function importInto(
  db: ReturnType<typeof testDb>,
  cards: ImportedCard[],
  policy: 'update' | 'skip' | 'keep-both',
) {
  const existing = await existingCards(
    db,
    cards.map((c) => c.id),
  );
  return applyImport(db, planImport(existing, cards, policy), NOW);
}

describe('applyImport', () => {
  test('cards, schedules and logs go in, and come out again for export unchanged', async () => {
    const db = testDb();
    expect(await importInto(db, deck.cards, 'update')).toEqual({
      added: 40,
      updated: 0,
      skipped: 0,
      errors: 0,
      unchanged: 0,
      retired: 0,
    });
    const out = await deckData(db, 'OPCEL 252', true);
    const newAsAbsent = (c: ImportedCard) => ({
      ...c,
      schedule: c.schedule?.state === 'new' ? undefined : c.schedule,
    });
    expect(out.cards.map(newAsAbsent)).toEqual(deck.cards.map(newAsAbsent));
    expect(await db.logs.count()).toBe(deck.cards.reduce((n, c) => n + (c.logs?.length ?? 0), 0));
    expect((await db.decks.toArray()).map((d) => d.name)).toContain('OPCEL 252');
  });

  test('re-importing: skip leaves progress alone; update without schedules keeps progress too', async () => {
    const db = testDb();
    await importInto(db, deck.cards, 'update');
    const before = await db.schedules.toArray();
    expect(await importInto(db, deck.cards, 'skip')).toEqual({
      added: 0,
      updated: 0,
      skipped: 40,
      errors: 0,
      unchanged: 0,
      retired: 0,
    });
    const plain = withoutScheduling(deck).cards;
    expect(await importInto(db, plain, 'update')).toMatchObject({ updated: 0, unchanged: 40 });
    const edited = withoutScheduling(deck).cards.map((c) => ({ ...c, back: `${c.back} (edited)` }));
    expect(await importInto(db, edited, 'update')).toMatchObject({ updated: 40 });
    expect(await db.schedules.toArray()).toEqual(before);
    expect((await db.cards.toArray()).every((c) => c.back.endsWith('(edited)'))).toBe(true);
    expect(await db.logs.count()).toBe(deck.cards.reduce((n, c) => n + (c.logs?.length ?? 0), 0));
  });

  test('keep-both adds copies as new cards', async () => {
    const db = testDb();
    await importInto(db, deck.cards.slice(0, 5), 'update');
    expect(await importInto(db, deck.cards.slice(0, 5), 'keep-both')).toMatchObject({ added: 5 });
    expect(await db.cards.count()).toBe(10);
  });

  test('a failed write leaves the database exactly as it was', async () => {
    const db = testDb();
    await importInto(db, deck.cards.slice(0, 3), 'update');
    const snapshot = async () => [
      await db.cards.toArray(),
      await db.schedules.toArray(),
      await db.logs.toArray(),
      await db.decks.toArray(),
    ];
    const before = await snapshot();
    const broken = [
      ...deck.cards.slice(3, 10),
      { ...deck.cards[10]!, id: undefined as unknown as string },
    ];
    await expect(importInto(db, broken, 'update')).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  test('a cancelled import writes nothing', async () => {
    const db = testDb();
    const controller = new AbortController();
    controller.abort();
    const plan = planImport(new Map(), deck.cards, 'update');
    await expect(applyImport(db, plan, NOW, controller.signal)).rejects.toThrow(
      ImportCancelledError,
    );
    expect(await db.cards.count()).toBe(0);
  });

  /** The fixture's cards repeated under new ids until there are `count`: several write chunks. */
  const many = (count: number): ImportedCard[] =>
    Array.from({ length: count }, (_, i) => {
      const card = deck.cards[i % deck.cards.length]!;
      return { ...card, id: `${card.id}-${i}`, front: `${card.front} (#${i})` };
    });

  test('progress is reported after each chunk, up to every card written', async () => {
    const db = testDb();
    const cards = many(2 * IMPORT_CHUNK + 7);
    const seen: [number, number][] = [];
    await applyImport(db, planImport(new Map(), cards, 'update'), NOW, undefined, (w, t) =>
      seen.push([w, t]),
    );
    expect(seen).toEqual([
      [IMPORT_CHUNK, cards.length],
      [2 * IMPORT_CHUNK, cards.length],
      [cards.length, cards.length],
    ]);
    expect(await db.cards.count()).toBe(cards.length);
    expect(await db.logs.count()).toBe(
      cards.reduce((sum, card) => sum + (card.logs?.length ?? 0), 0),
    );
  });

  test('a cancel after chunks were written rolls all of them back', async () => {
    const db = testDb();
    await importInto(db, deck.cards.slice(0, 3), 'update');
    const before = [await db.cards.count(), await db.schedules.count(), await db.logs.count()];
    const controller = new AbortController();
    const plan = planImport(new Map(), many(3 * IMPORT_CHUNK), 'update');
    const written: number[] = [];
    await expect(
      applyImport(db, plan, NOW, controller.signal, (w) => {
        written.push(w);
        controller.abort();
      }),
    ).rejects.toThrow(ImportCancelledError);
    expect(written).toEqual([IMPORT_CHUNK]);
    expect([await db.cards.count(), await db.schedules.count(), await db.logs.count()]).toEqual(
      before,
    );
  });

  test('a suspension and a flag in the file arrive on the new cards and go out again', async () => {
    const db = testDb();
    const [suspended, flagged, both, plain] = deck.cards;
    const marked = [
      { ...suspended!, marks: { suspended: true as const } },
      { ...flagged!, marks: { flag: 3 as const } },
      { ...both!, marks: { suspended: true as const, flag: 7 as const } },
      plain!,
    ];
    await importInto(db, marked, 'update');
    const rows = await db.schedules.bulkGet(marked.map((card) => card.id));
    expect(rows.map((row) => [row?.queue === 'suspended', row?.flag])).toEqual([
      [true, undefined],
      [false, 3],
      [true, 7],
      [false, undefined],
    ]);
    expect(await db.cards.get(suspended!.id)).not.toHaveProperty('marks');
    const out = await deckData(db, 'OPCEL 252', true);
    const marksOf = new Map(out.cards.map((card) => [card.id, card.marks]));
    expect(marked.map((card) => marksOf.get(card.id))).toEqual(marked.map((card) => card.marks));
    expect((await deckData(db, 'OPCEL 252', false)).cards.some((card) => card.marks)).toBe(false);
  });

  test("an update keeps the learner's own marks, not the file's", async () => {
    const db = testDb();
    const [card] = deck.cards;
    await importInto(db, [card!], 'update');
    await db.schedules.update(card!.id, { flag: 2 });
    await importInto(
      db,
      [{ ...card!, back: 'edited', marks: { suspended: true, flag: 5 } }],
      'update',
    );
    expect(await db.schedules.get(card!.id)).toMatchObject({ flag: 2 });
    expect((await db.schedules.get(card!.id))?.queue).not.toBe('suspended');
  });

  test('export without scheduling carries content only', async () => {
    const db = testDb();
    await importInto(db, deck.cards, 'update');
    const out = await deckData(db, 'OPCEL 252', false);
    expect(out.cards.every((c) => !c.schedule && !c.logs)).toBe(true);
    expect(out.cards).toHaveLength(40);
  });

  test('re-importing edited notes retires the cards the notes no longer have', async () => {
    const db = testDb();
    const notes = withoutScheduling(deck).cards.slice(0, 6);
    const file = notes[0]!.source!.file;
    const fromFile = notes.filter((c) => c.source?.file === file);
    await importInto(db, fromFile, 'update');
    const [dropped, ...kept] = fromFile;
    const edited = [{ ...kept[0]!, back: 'a corrected answer' }, ...kept.slice(1)];
    const previous = await cardIdsFromNotes(db, [file]);
    expect(previous.sort()).toEqual(fromFile.map((c) => c.id).sort());
    const existing = await existingCards(
      db,
      edited.map((c) => c.id),
    );
    const counts = await applyImport(db, planImport(existing, edited, 'update', 0, previous), NOW);
    expect(counts).toMatchObject({ added: 0, updated: 1, retired: 1, unchanged: kept.length - 1 });
    expect((await db.cards.get(dropped!.id))?.retiredAt).toBe(NOW);
    expect((await db.schedules.get(dropped!.id))?.queue).toBe('retired');
    expect(await cardIdsFromNotes(db, [file])).not.toContain(dropped!.id);
  });
});
