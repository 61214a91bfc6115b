// @vitest-environment jsdom
// dexie-export-import reads `self` when loaded and files through FileReader: Node 20 has neither.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../src-main/decks';
import type { DeckSourceFile } from '../../src-renderer/lib/ipc/contract';
import {
  exportBackup,
  inspectBackup,
  isBackupRefusal,
  restoreBackup,
  type BackupRefusal,
} from '../../src-renderer/data/backup';
import { backedUpTables } from '../../src-renderer/data/write-journal';
import { buryCards, flagCards, suspendCards } from '../../src-renderer/data/card-actions';
import type { RecallDb } from '../../src-renderer/data/db';
import { createPreset } from '../../src-renderer/data/presets';
import { setDeckExam } from '../../src-renderer/data/exam';
import { saveMockExam } from '../../src-renderer/data/mock-exams';
import { loadShippedDecks } from '../../src-renderer/data/shipped-decks';
import { loadQueueSource, recordGrade } from '../../src-renderer/data/study';
import { DEFAULT_DECK_OPTIONS } from '../../src-renderer/lib/scheduler/deck-options';
import { Scheduler } from '../../src-renderer/lib/scheduler/fsrs-adapter';
import { studyDayOf } from '../../src-renderer/lib/scheduler/study-day';
import { StudyQueue } from '../../src-renderer/lib/scheduler/study-queue';
import type { Rating } from '../../src-renderer/lib/scheduler/types';
import { appDbNamed, asReleasedV1, testDb } from './helpers';

const ROOT = join(import.meta.dirname, '../..');
const TOP = 'OPCEL 252';
const DAY_ONE = new Date('2026-11-25T10:00:00+09:00');
const DAY_MS = 86_400_000;
const FILE = 'backup-2026-11-25T01-00-00-000Z.json';

let shipped: DeckSourceFile[];

beforeAll(async () => {
  shipped = await readDeckFolder(join(ROOT, 'decks'));
});

/** The shipped OPCEL deck, two days of study, a changed limit, a ring and a setting. */
async function seeded(db = testDb()): Promise<RecallDb> {
  await loadShippedDecks(db, shipped, DAY_ONE.getTime());
  const scheduler = new Scheduler({ fuzz: false });
  const ratings: Rating[] = [3, 1, 3, 4, 2, 3, 3, 1];
  for (const now of [DAY_ONE, new Date(DAY_ONE.getTime() + DAY_MS)]) {
    const day = studyDayOf(now);
    const queue = new StudyQueue(await loadQueueSource(db, TOP, day));
    for (let i = 0; i < 12; i++) {
      const next = queue.peek(now.getTime());
      if (!next) {
        break;
      }
      const deck = (await db.cards.get(next.cardId))!.deck;
      const outcome = scheduler.grade(next.schedule, ratings[i % ratings.length]!, now);
      await recordGrade(db, { cardId: next.cardId, deck, outcome, elapsedMs: 1200 + i });
      queue.answered(next.cardId, outcome.schedule, day.end);
    }
  }
  await createPreset(db, TOP, 'Exam cram', {
    ...DEFAULT_DECK_OPTIONS,
    newPerDay: 35,
    reviewsPerDay: 150,
  });
  // The learner's marks live on schedule rows: a backup must carry them.
  const [suspended, buried] = await db.schedules.limit(2).primaryKeys();
  await suspendCards(db, [suspended!]);
  await buryCards(db, [buried!], studyDayOf(DAY_ONE));
  await flagCards(db, [suspended!, buried!], 5);
  await db.rings.put({
    name: 'object',
    // Ring state is free-form; a Date in it proves dexie-export-import's typed encoding.
    state: { partPower: 10, replicas: 3, built: new Date(DAY_ONE), devs: [{ id: 0, weight: 100 }] },
    history: ['create 10 3 1', 'add r1z1-10.0.0.1:6200/sdb 100'],
    updatedAt: DAY_ONE.getTime(),
  });
  await db.meta.put({ key: 'study-prefs', value: { rollover: 4 } });
  await setDeckExam(db, TOP, { date: '2027-01-20', targetRetention: 0.92, examSchedule: true });
  const card = (await db.cards.toCollection().first())!;
  await saveMockExam(db, {
    deck: TOP,
    startedAt: DAY_ONE.getTime(),
    finishedAt: DAY_ONE.getTime() + 60_000,
    timeLimitMs: 3_600_000,
    answers: [
      {
        cardId: card.id,
        topic: card.deck,
        format: 'choice',
        prompt: card.front,
        outcome: 'wrong',
        response: 'x',
        expected: card.back,
      },
    ],
  });
  return db;
}

/** Every table a backup holds (the schedule journal is derived from the writes). */
async function everyTable(db: RecallDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(backedUpTables(db).map(async (table) => [table.name, await table.toArray()])),
  );
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (value: string) => new TextEncoder().encode(value);
const noBackup = async () => {};

async function refusal(promise: Promise<unknown>): Promise<BackupRefusal> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isBackupRefusal(error), String(error)).toBe(true);
  return error as BackupRefusal;
}

describe('backup round trip', () => {
  it('restores every table deep-equal after the data was wiped and replaced', async () => {
    const db = await seeded();
    const before = await everyTable(db);
    expect(before.logs!.length).toBeGreaterThan(20);
    expect(before.cards!.length).toBeGreaterThan(300);
    const progress: number[] = [];
    const backup = await exportBackup(db, (done) => progress.push(done));
    expect(progress.at(-1)).toBe(Object.values(before).flat().length);

    await Promise.all(db.tables.map((table) => table.clear()));
    await db.meta.put({ key: 'only-after-wipe', value: 1 });
    const wiped = await exportBackup(db);
    const handedOver: Uint8Array[] = [];
    const contents = await restoreBackup(db, backup, {
      file: FILE,
      backupCurrent: async (bytes) => handedOver.push(bytes),
    });

    expect(await everyTable(db)).toEqual(before);
    expect(contents.rowCounts.logs).toBe(before.logs!.length);
    expect(handedOver.map(text)).toEqual([text(wiped)]);
    expect(text(await exportBackup(db))).toBe(text(backup));
  });

  it('keeps Dates as Dates and review logs numbering on after the restored ids', async () => {
    const db = await seeded();
    const backup = await exportBackup(db);
    await Promise.all(db.tables.map((table) => table.clear()));
    await restoreBackup(db, backup, { file: FILE, backupCurrent: noBackup });

    const ring = (await db.rings.get('object'))!.state as { built: Date };
    expect(ring.built).toBeInstanceOf(Date);
    expect(ring.built.getTime()).toBe(DAY_ONE.getTime());
    const log = (await db.logs.toArray())[0]!;
    expect(typeof log.reviewedAt).toBe('number');
    const maxId = (await db.logs.orderBy('id').last())!.id!;
    const newId = await db.logs.add({ ...log, id: undefined });
    expect(newId).toBeGreaterThan(maxId);
  });

  it('restores a backup written by version 1 into today’s schema', async () => {
    const current = await seeded();
    const old = await asReleasedV1(current);
    // Version 1 kept limits on the decks (they become presets) and had no mock exams.
    const heldSinceV1 = async (from: RecallDb) => {
      const { cards, schedules, logs, rings, meta } = await everyTable(from);
      return { cards, schedules, logs, rings, meta };
    };
    const rows = await heldSinceV1(current);
    const backup = await exportBackup(old);
    await old.delete();
    const db = appDbNamed(old.name);
    await db.meta.put({ key: 'replaced', value: 1 });

    expect(await inspectBackup(db, backup, FILE)).toMatchObject({ databaseVersion: 1 });
    await restoreBackup(db, backup, { file: FILE, backupCurrent: noBackup });
    expect(db.verno).toBeGreaterThan(1);
    expect(await heldSinceV1(db)).toEqual(rows);
    const today = studyDayOf(DAY_ONE);
    expect((await loadQueueSource(db, TOP, today)).fresh.length).toBeGreaterThan(0);
  });

  it('refuses an older backup with a table this version does not have', async () => {
    const old = await asReleasedV1(await seeded());
    const backup = text(await exportBackup(old)).replace('"name":"rings"', '"name":"ringz"');
    await old.delete();
    const db = appDbNamed(old.name);
    const error = await refusal(
      restoreBackup(db, bytesOf(backup), { file: FILE, backupCurrent: noBackup }),
    );
    expect(error.problem).toBe('damaged');
    expect(await db.cards.count()).toBe(0);
  });

  it('inspects a backup without writing anything', async () => {
    const db = await seeded();
    const backup = await exportBackup(db);
    const contents = await inspectBackup(db, backup, FILE);
    expect(contents.databaseVersion).toBe(db.verno);
    expect(contents.rowCounts.cards).toBe(await db.cards.count());
  });
});

describe('refused files leave the database as it was', () => {
  /** Runs a restore of `bytes` that must be refused, and checks that nothing changed. */
  async function refusedRestore(db: RecallDb, bytes: Uint8Array, file = FILE) {
    const before = text(await exportBackup(db));
    let backedUp = false;
    const error = await refusal(
      restoreBackup(db, bytes, { file, backupCurrent: async () => (backedUp = true) }),
    );
    expect(text(await exportBackup(db))).toBe(before);
    expect(error.describe()).toContain(file);
    return { error, backedUp };
  }

  it('refuses files of other kinds, naming them', async () => {
    const db = await seeded();
    const fixtures = ['deck-v1.json', 'excel-utf8-bom.csv', 'anki-apkg-export.apkg'];
    for (const name of fixtures) {
      const bytes = new Uint8Array(await readFile(join(ROOT, 'test/fixtures', name)));
      const { error, backedUp } = await refusedRestore(db, bytes, name);
      expect(error.problem, name).toBe('not-backup');
      expect(backedUp).toBe(false);
    }
    expect((await refusedRestore(db, new Uint8Array(0), 'empty.json')).error.problem).toBe(
      'not-backup',
    );
  });

  it('refuses a truncated backup before touching anything', async () => {
    const db = await seeded();
    const backup = await exportBackup(db);
    for (const length of [backup.length - 1, Math.floor(backup.length / 2), 400]) {
      const { error, backedUp } = await refusedRestore(db, backup.slice(0, length));
      expect(error.problem, `cut at ${length}`).toBe('damaged');
      expect(backedUp).toBe(false);
    }
  });

  it('refuses a backup with a flipped bit in its structure or its row counts', async () => {
    const db = await seeded();
    const backup = await exportBackup(db);
    const source = text(backup);
    // Byte offsets: the cards' Japanese text makes them differ from string indexes.
    const byteAt = (index: number) => bytesOf(source.slice(0, index)).length;
    const bracket = byteAt(source.lastIndexOf('"rows":[') + 7);
    const count = byteAt(source.indexOf('"rowCount":') + 11);
    for (const at of [bracket, count]) {
      const flipped = backup.slice();
      flipped[at] = flipped[at]! ^ 0x01;
      const { error } = await refusedRestore(db, flipped);
      expect(error.problem).toBe('damaged');
    }
  });

  it('any single flipped bit is either refused with the data unchanged or restored', async () => {
    const db = await seeded();
    const backup = await exportBackup(db);
    await fc.assert(
      fc.asyncProperty(fc.nat(backup.length - 1), fc.nat(7), async (at, bit) => {
        const flipped = backup.slice();
        flipped[at] = flipped[at]! ^ (1 << bit);
        const before = text(await exportBackup(db));
        try {
          await restoreBackup(db, flipped, { file: FILE, backupCurrent: noBackup });
        } catch (error) {
          expect(isBackupRefusal(error), String(error)).toBe(true);
          expect(text(await exportBackup(db))).toBe(before);
          return;
        }
        // A flip inside a value gives a valid backup of slightly different data: put it back.
        await restoreBackup(db, backup, { file: FILE, backupCurrent: noBackup });
      }),
      { numRuns: 25, seed: 252 },
    );
  });

  it('refuses a backup made by a newer version of the app, saying so', async () => {
    const db = await seeded();
    const newer = text(await exportBackup(db)).replace(
      `"databaseVersion":${db.verno}`,
      `"databaseVersion":${db.verno + 1}`,
    );
    const { error } = await refusedRestore(db, bytesOf(newer));
    expect(error.problem).toBe('newer-version');
    expect(error.params).toEqual({ found: db.verno + 1, supported: db.verno });
    expect(error.describe()).toContain(
      `database version ${db.verno + 1}; this version of the app reads version ${db.verno}`,
    );
  });

  it('refuses a backup of another database', async () => {
    const db = await seeded();
    const other = testDb();
    await other.meta.put({ key: 'x', value: 1 });
    const { error } = await refusedRestore(db, await exportBackup(other));
    expect(error.problem).toBe('other-database');
  });

  it('rolls back when the import fails in the last table, after the others were replaced', async () => {
    const db = await seeded();
    const backup = JSON.parse(text(await exportBackup(db))) as {
      data: {
        tables: { name: string; rowCount: number }[];
        data: { tableName: string; rows: Record<string, unknown>[] }[];
      };
    };
    // Every row is well-formed, but the same key twice only fails when IndexedDB adds it.
    const meta = backup.data.data.find((t) => t.tableName === 'meta')!;
    meta.rows.push({ ...meta.rows[0]! });
    backup.data.tables.find((t) => t.name === 'meta')!.rowCount++;
    const { error, backedUp } = await refusedRestore(db, bytesOf(JSON.stringify(backup)));
    expect(error.problem).toBe('import-failed');
    expect(backedUp).toBe(true);
  });

  type Rows = { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };
  const edited = async (
    db: RecallDb,
    edit: (tables: Map<string, Record<string, unknown>[]>) => void,
  ) => {
    const backup = JSON.parse(text(await exportBackup(db))) as Rows;
    edit(new Map(backup.data.data.map((t) => [t.tableName, t.rows])));
    return bytesOf(JSON.stringify(backup));
  };

  it.each([
    [
      'a hollow card row',
      (tables: Map<string, Record<string, unknown>[]>) => {
        const cards = tables.get('cards')!;
        cards[7] = { id: cards[7]!.id };
      },
      /table cards, row 8: deck: /,
    ],
    [
      'a schedule whose due date is text',
      (tables: Map<string, Record<string, unknown>[]>) => {
        tables.get('schedules')![3]!.due = 'tomorrow';
      },
      /table schedules, row 4: due: /,
    ],
    [
      'a schedule of a card the backup does not have',
      (tables: Map<string, Record<string, unknown>[]>) => {
        tables.get('schedules')![0]!.cardId = 'no-such-card';
      },
      /table schedules, row 1: no card "no-such-card"/,
    ],
    [
      'a review log with an unknown rating',
      (tables: Map<string, Record<string, unknown>[]>) => {
        tables.get('logs')![0]!.rating = 9;
      },
      /table logs, row 1: rating: /,
    ],
  ])('refuses %s before replacing anything, naming the row', async (_, edit, reason) => {
    const db = await seeded();
    const bytes = await edited(db, edit);
    const inspected = await refusal(inspectBackup(db, bytes, FILE));
    expect(inspected.problem).toBe('damaged');
    expect(String(inspected.params.reason)).toMatch(reason);
    const { error, backedUp } = await refusedRestore(db, bytes);
    expect(error.problem).toBe('damaged');
    expect(backedUp).toBe(false);
  });

  it('stops when the backup of the current data cannot be made', async () => {
    const db = await seeded();
    const backup = await exportBackup(db);
    await db.meta.put({ key: 'changed-after-backup', value: true });
    const before = await everyTable(db);
    await expect(
      restoreBackup(db, backup, {
        file: FILE,
        backupCurrent: () => Promise.reject(new Error('disk full')),
      }),
    ).rejects.toThrow('disk full');
    expect(await everyTable(db)).toEqual(before);
  });
});
