import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../src-main/decks';
import { backedUpTables } from '../../src-renderer/data/write-journal';
import type { RecallDb } from '../../src-renderer/data/db';
import { applyImport } from '../../src-renderer/data/import';
import { loadShippedDecks } from '../../src-renderer/data/shipped-decks';
import { deckSummaries, loadQueueSource, recordGrade } from '../../src-renderer/data/study';
import { planImport } from '../../src-renderer/lib/formats/plan';
import { Scheduler } from '../../src-renderer/lib/scheduler/fsrs-adapter';
import { studyDayOf } from '../../src-renderer/lib/scheduler/study-day';
import { StudyQueue } from '../../src-renderer/lib/scheduler/study-queue';
import { appDbNamed, asReleasedV1, card, testDb } from './helpers';

const TOP = 'OPCEL 252';
const NOW = new Date('2026-11-25T10:00:00+09:00');

/** Every table a backup holds (the schedule journal is derived from the writes). */
async function everyTable(db: RecallDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(backedUpTables(db).map(async (table) => [table.name, await table.toArray()])),
  );
}

const indexesOf = (db: RecallDb) =>
  Object.fromEntries(
    db.tables.map((table) => [table.name, table.schema.indexes.map((index) => index.name).sort()]),
  );

/** The shipped decks with a few cards studied. */
async function studied(): Promise<RecallDb> {
  const db = testDb();
  await loadShippedDecks(db, await readDeckFolder(join(import.meta.dirname, '../../decks')), +NOW);
  const day = studyDayOf(NOW);
  const queue = new StudyQueue(await loadQueueSource(db, TOP, day));
  const scheduler = new Scheduler({ fuzz: false });
  for (const rating of [3, 1, 4, 3] as const) {
    const next = queue.peek(+NOW)!;
    const deck = (await db.cards.get(next.cardId))!.deck;
    const outcome = scheduler.grade(next.schedule, rating, NOW);
    await recordGrade(db, { cardId: next.cardId, deck, outcome, elapsedMs: 1500 });
    queue.answered(next.cardId, outcome.schedule, day.end);
  }
  return db;
}

const studiedV1 = async () => asReleasedV1(await studied());

/** The tables version 1 already had, without the decks (their limits became presets later). */
async function heldSinceV1(db: RecallDb): Promise<Record<string, unknown[]>> {
  const { decks: _decks, presets: _presets, mockExams: _mockExams, ...rest } = await everyTable(db);
  return rest;
}

describe('version 2: the indexes no query reads are gone', () => {
  it('upgrades a version-1 database with every row and every count kept', async () => {
    const current = await studied();
    const summaries = await deckSummaries(current, NOW);
    const old = await asReleasedV1(current);
    const rows = await heldSinceV1(old);
    expect(rows.logs).toHaveLength(4);
    expect(indexesOf(old).cards).toEqual(['deck', 'position', 'tags']);
    old.close();

    const db = appDbNamed(old.name);
    expect(await heldSinceV1(db)).toEqual(rows);
    expect(indexesOf(db)).toMatchObject({
      cards: ['position'],
      schedules: ['[deck+queue+due]'],
      logs: indexesOf(old).logs,
    });
    expect(await deckSummaries(db, NOW)).toEqual(summaries);
  });

  it('imports into the upgraded database after the cards it already had', async () => {
    const old = await studiedV1();
    const lastBefore = (await old.cards.orderBy('position').last())!.position;
    old.close();
    const db = appDbNamed(old.name);
    const added = [card('Imported', 'one'), card('Imported', 'two')];
    await applyImport(db, planImport(new Map(), added, 'update', 0, []), +NOW);
    const positions = (await db.cards.bulkGet(added.map((c) => c.id))).map((row) => row!.position);
    expect(positions).toEqual([lastBefore + 1, lastBefore + 2]);
    const [imported] = (await deckSummaries(db, NOW)).filter(
      (summary) => summary.name === 'Imported',
    );
    expect(imported?.due.new).toBe(2);
  });
});
