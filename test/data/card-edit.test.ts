// @vitest-environment jsdom
// The backup round trip goes through dexie-export-import, which needs `self` and FileReader.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { exportBackup, isBackupRefusal, restoreBackup } from '../../src-renderer/data/backup';
import {
  redoCardEdit,
  revertCardEdit,
  saveCardEdit,
  undoCardEdit,
} from '../../src-renderer/data/card-edit';
import { markCards } from '../../src-renderer/data/card-actions';
import { upsertCards } from '../../src-renderer/data/cards';
import type { RecallDb } from '../../src-renderer/data/db';
import {
  applyImport,
  cardIdsFromNotes,
  deckData,
  existingCards,
} from '../../src-renderer/data/import';
import { recordGrade } from '../../src-renderer/data/study';
import { cardToShowAfterUndo, redoAction, undoAction } from '../../src-renderer/data/undo';
import { UndoHistory } from '../../src-renderer/ui/shared/undo-history';
import type { UndoableAction } from '../../src-renderer/data/undo';
import {
  differsFromNote,
  effectiveContent,
  overriddenFields,
} from '../../src-renderer/lib/cards/override';
import { ValidationError } from '../../src-renderer/lib/errors';
import { readMarkdown } from '../../src-renderer/lib/formats/markdown';
import { planImport } from '../../src-renderer/lib/formats/plan';
import { Scheduler } from '../../src-renderer/lib/scheduler/fsrs-adapter';
import { testDb } from './helpers';

const NOW = Date.UTC(2026, 11, 1, 12);
const LATER = NOW + 60_000;
const NOTES_FILE = '000_3af3aa1cc6fa0faa.txt';
const SEED = readFileSync(`test/data/notes/${NOTES_FILE}`, 'utf8');
// The seed notes' typo on line 16 (glance-cache-prefetcher): りよう for 利用.
const TYPO = 'APIをりようするか';
const FIXED = 'APIを利用するか';

/** The notes through the import screen's path: generate, plan against the collection, apply. */
async function importNotes(db: RecallDb, text: string, now = NOW) {
  const { cards } = readMarkdown(
    [{ path: NOTES_FILE, bytes: new TextEncoder().encode(text) }],
    'OPCEL 252',
  );
  const existing = await existingCards(
    db,
    cards.map((c) => c.id),
  );
  const previous = await cardIdsFromNotes(db, [NOTES_FILE]);
  return applyImport(db, planImport(existing, cards, 'update', 0, previous), now);
}

async function prefetcher(db: RecallDb) {
  const rows = await db.cards
    .filter((c) => c.kind === 'basic' && c.front.endsWith('glance-cache-prefetcher'))
    .toArray();
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

async function seeded() {
  const db = testDb();
  await importNotes(db, SEED);
  const card = await prefetcher(db);
  return { db, card };
}

const contentOf = (c: { front: string; back: string; tags: string[] }) => ({
  front: c.front,
  back: c.back,
  tags: c.tags,
});

describe('saveCardEdit', () => {
  test('keeps only the changed fields as the override; content, id and schedule stay', async () => {
    const { db, card } = await seeded();
    const schedule = await db.schedules.get(card.id);
    const edited = { ...contentOf(card), back: card.back.replace(TYPO, FIXED) };
    const { card: saved, record } = await saveCardEdit(db, card.id, edited, LATER);
    const row = (await db.cards.get(card.id))!;
    expect(saved).toEqual(row);
    expect(row.override).toEqual({ back: edited.back });
    expect(row.back).toBe(card.back);
    expect(row.updatedAt).toBe(LATER);
    expect(effectiveContent(row).back).toContain(FIXED);
    expect(await db.schedules.get(card.id)).toEqual(schedule);
    expect(record).toEqual({
      kind: 'card-edit',
      cardId: card.id,
      before: { override: undefined, updatedAt: card.updatedAt },
      after: { override: { back: edited.back }, updatedAt: LATER },
    });
  });

  test('saving what the card already shows changes nothing and records nothing', async () => {
    const { db, card } = await seeded();
    expect(await saveCardEdit(db, card.id, contentOf(card), LATER)).toEqual({ card, record: null });
    expect(await db.cards.get(card.id)).toEqual(card);
  });

  test('saving the note text again is a revert', async () => {
    const { db, card } = await seeded();
    await saveCardEdit(db, card.id, { ...contentOf(card), tags: ['252.1', 'cache'] }, LATER);
    await saveCardEdit(db, card.id, contentOf(card), LATER + 1);
    expect((await db.cards.get(card.id))!.override).toBeUndefined();
  });

  test('an empty question is refused and nothing is written', async () => {
    const { db, card } = await seeded();
    await expect(
      saveCardEdit(db, card.id, { ...contentOf(card), front: ' ' }, LATER),
    ).rejects.toThrow(ValidationError);
    expect(await db.cards.get(card.id)).toEqual(card);
  });

  test('a card that is gone is an error, not a new row', async () => {
    const { db, card } = await seeded();
    await expect(saveCardEdit(db, 'cmissing', contentOf(card), LATER)).rejects.toThrow(
      /no card cmissing/,
    );
    expect(await db.cards.get('cmissing')).toBeUndefined();
  });
});

describe('undo, redo and revert', () => {
  test('an edit is taken back and done again', async () => {
    const { db, card } = await seeded();
    const record = (await saveCardEdit(db, card.id, { ...contentOf(card), back: 'B' }, LATER))
      .record!;
    await undoCardEdit(db, record);
    expect(await db.cards.get(card.id)).toEqual(card);
    await redoCardEdit(db, record);
    expect((await db.cards.get(card.id))!.override).toEqual({ back: 'B' });
  });

  test('an edit shares the app-wide history with the card actions, newest first', async () => {
    const { db, card } = await seeded();
    const history = new UndoHistory<UndoableAction>();
    history.record(
      (await saveCardEdit(db, card.id, { ...contentOf(card), back: 'B' }, LATER)).record!,
    );
    history.record(await markCards(db, [card.id], LATER + 1));
    await history.undo((action) => undoAction(db, action));
    expect(effectiveContent((await db.cards.get(card.id))!).tags).toEqual(['252.1']);
    const edit = await history.undo((action) => undoAction(db, action));
    expect(edit && cardToShowAfterUndo(edit)).toBe(card.id);
    expect(await db.cards.get(card.id)).toEqual(card);
    await history.redo((action) => redoAction(db, action));
    expect(effectiveContent((await db.cards.get(card.id))!).back).toBe('B');
  });

  test('undo refuses to overwrite a later edit', async () => {
    const { db, card } = await seeded();
    const first = (await saveCardEdit(db, card.id, { ...contentOf(card), back: 'B' }, LATER))
      .record!;
    await saveCardEdit(db, card.id, { ...contentOf(card), back: 'C' }, LATER + 1);
    await expect(undoCardEdit(db, first)).rejects.toThrow(/changed since it was edited/);
    expect((await db.cards.get(card.id))!.override).toEqual({ back: 'C' });
  });

  test('revert shows the note again, and is undoable itself', async () => {
    const { db, card } = await seeded();
    await saveCardEdit(db, card.id, { ...contentOf(card), back: 'B' }, LATER);
    const revert = (await revertCardEdit(db, card.id, LATER + 1)).record!;
    const reverted = (await db.cards.get(card.id))!;
    expect(reverted.override).toBeUndefined();
    expect(differsFromNote(reverted)).toBe(false);
    expect((await revertCardEdit(db, card.id, LATER + 2)).record).toBeNull();
    await undoCardEdit(db, revert);
    expect((await db.cards.get(card.id))!.override).toEqual({ back: 'B' });
  });
});

describe('a marked card', () => {
  test('is not an edit of its note, and a revert of an edit keeps the mark', async () => {
    const { db, card } = await seeded();
    await markCards(db, [card.id], LATER);
    const marked = (await db.cards.get(card.id))!;
    expect(differsFromNote(marked)).toBe(false);
    await saveCardEdit(
      db,
      card.id,
      { ...contentOf(effectiveContent(marked)), back: 'B' },
      LATER + 1,
    );
    expect(overriddenFields((await db.cards.get(card.id))!)).toEqual(['back']);
    await revertCardEdit(db, card.id, LATER + 2);
    const reverted = effectiveContent((await db.cards.get(card.id))!);
    expect(reverted.back).toBe(card.back);
    expect(reverted.tags).toEqual([...card.tags, 'marked']);
  });
});

describe('re-importing the seed notes', () => {
  test('keeps the edit, the id, the schedule and the review history', async () => {
    const { db, card } = await seeded();
    const scheduler = new Scheduler({ fuzz: false });
    const start = (await db.schedules.get(card.id))!;
    const outcome = scheduler.grade(start, 3, new Date(NOW));
    await recordGrade(db, { cardId: card.id, deck: card.deck, outcome, elapsedMs: 4000 });
    const graded = await db.schedules.get(card.id);
    const fixedBack = card.back.replace(TYPO, FIXED);
    await saveCardEdit(db, card.id, { ...contentOf(card), back: fixedBack }, LATER);

    const counts = await importNotes(db, SEED, LATER + 1);
    expect(counts).toMatchObject({ added: 0, updated: 0, retired: 0 });
    const row = await prefetcher(db);
    expect(row.id).toBe(card.id);
    expect(effectiveContent(row).back).toBe(fixedBack);
    expect(differsFromNote(row)).toBe(true);
    expect(await db.schedules.get(card.id)).toEqual(graded);
    expect(await db.logs.where('cardId').equals(card.id).count()).toBe(1);
  });

  test('a note changed where the user edited: the edit wins and still differs', async () => {
    const { db, card } = await seeded();
    const mine = card.back.replace(TYPO, FIXED);
    await saveCardEdit(db, card.id, { ...contentOf(card), back: mine }, LATER);
    const notes = SEED.replace(TYPO, 'APIをりようする(glance-cache-queue-image)か');
    // The reverse card asks with this text: a new question, so a new card (and one retired).
    expect(await importNotes(db, notes, LATER + 1)).toMatchObject({
      added: 1,
      updated: 1,
      retired: 1,
    });
    const row = await prefetcher(db);
    expect(row.back).toContain('glance-cache-queue-image');
    expect(effectiveContent(row).back).toBe(mine);
    expect(differsFromNote(row)).toBe(true);
  });

  test('a note fixed the way the user fixed the card drops the edit: the note shows again', async () => {
    const { db, card } = await seeded();
    const mine = card.back.replace(TYPO, FIXED);
    await saveCardEdit(
      db,
      card.id,
      { ...contentOf(card), back: mine, tags: ['252.1', 'x'] },
      LATER,
    );
    await importNotes(db, SEED.replace(TYPO, FIXED), LATER + 1);
    const row = await prefetcher(db);
    expect(row.back).toBe(mine);
    expect(row.override).toEqual({ tags: ['252.1', 'x'] });
  });

  test('a mark is the user’s tag edit: it survives the re-import beside the edit', async () => {
    const { db, card } = await seeded();
    await saveCardEdit(db, card.id, { ...contentOf(card), back: 'B' }, LATER);
    await markCards(db, [card.id], LATER + 1);
    await importNotes(db, SEED, LATER + 2);
    const shown = effectiveContent(await prefetcher(db));
    expect(shown.tags).toEqual(['252.1', 'marked']);
    expect(shown.back).toBe('B');
  });

  test('the shipped-deck path (upsertCards) keeps an edit too', async () => {
    const { db, card } = await seeded();
    await saveCardEdit(db, card.id, { ...contentOf(card), back: 'B' }, LATER);
    const { override: _o, position: _p, createdAt: _c, updatedAt: _u, ...content } = card;
    await upsertCards(db, [{ ...content, back: 'from the shipped deck' }], LATER + 1);
    const row = (await db.cards.get(card.id))!;
    expect(row.back).toBe('from the shipped deck');
    expect(effectiveContent(row).back).toBe('B');
  });
});

describe('files and backups', () => {
  test('a deck export writes what the card shows, without the override', async () => {
    const { db, card } = await seeded();
    await saveCardEdit(db, card.id, { ...contentOf(card), front: 'prefetcher?' }, LATER);
    const out = (await deckData(db, 'OPCEL 252', true)).cards.find((c) => c.id === card.id)!;
    expect(out.front).toBe('prefetcher?');
    expect(out).not.toHaveProperty('override');
  });

  test('a backup restores the override; a backup with a broken one is refused', async () => {
    const { db, card } = await seeded();
    await saveCardEdit(db, card.id, { ...contentOf(card), back: 'B', tags: [] }, LATER);
    const backup = await exportBackup(db);
    await Promise.all(db.tables.map((table) => table.clear()));
    await restoreBackup(db, backup, { file: 'b.json', backupCurrent: async () => {} });
    expect((await db.cards.get(card.id))!.override).toEqual({ back: 'B', tags: [] });

    const broken = new TextDecoder()
      .decode(backup)
      .replace('"override":{"back":"B"', '"override":{"back":7');
    expect(broken).not.toBe(new TextDecoder().decode(backup));
    const error = await restoreBackup(db, new TextEncoder().encode(broken), {
      file: 'b.json',
      backupCurrent: async () => {},
    }).catch((e: unknown) => e);
    expect(isBackupRefusal(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/override\.back/);
  });
});
