import { describe, expect, it } from 'vitest';
import type { RecallDb } from '../../src-renderer/data/db';
import { upsertCards } from '../../src-renderer/data/cards';
import { suspendCards } from '../../src-renderer/data/card-actions';
import {
  JOURNAL_EPOCH_ID,
  JOURNAL_MIDDLEWARE,
  writeJournal,
} from '../../src-renderer/data/write-journal';
import { newScheduleRow } from '../../src-renderer/data/schedule-rows';
import { Scheduler } from '../../src-renderer/lib/scheduler/fsrs-adapter';
import { cards, testDb } from './helpers';

const NOW = new Date('2026-11-25T10:00:00+09:00');

/** The journal's entries after the epoch, as their keys (null: any), of `store`. */
async function entries(db: RecallDb, store = 'schedules') {
  const rows = await db.journal.where(':id').above(JOURNAL_EPOCH_ID).toArray();
  return rows.filter((row) => row.store === store).map((row) => row.keys);
}

function scheduleRow(cardId: string, deck = 'Swift') {
  return newScheduleRow(cardId, deck, new Scheduler().newSchedule(1));
}

describe('the write journal', () => {
  it('starts a new database with an epoch of its own', async () => {
    const [a, b] = [testDb(), testDb()];
    const epochOf = async (db: RecallDb) => (await db.journal.get(JOURNAL_EPOCH_ID))?.epoch;
    expect(await epochOf(a)).toMatch(/^[0-9a-f]{32}$/);
    expect(await epochOf(a)).not.toBe(await epochOf(b));
  });

  it('lists the cards each write changed, whichever way it was written', async () => {
    const db = testDb();
    await db.schedules.bulkPut([scheduleRow('a'), scheduleRow('b')]);
    await db.schedules.update('a', { due: 5 });
    await db.schedules.where('cardId').equals('b').modify({ due: 6 });
    await db.schedules.delete('a');
    expect(await entries(db)).toEqual([['a', 'b'], ['a'], ['b'], ['a']]);
  });

  it('says "any" for a clear and for a write of more rows than it lists', async () => {
    const db = testDb();
    await db.schedules.bulkPut(Array.from({ length: 2_001 }, (_, i) => scheduleRow(`c${i}`)));
    await db.schedules.clear();
    expect(await entries(db)).toEqual([null, null]);
  });

  it('is written by the app’s own writers, in their transaction', async () => {
    const db = testDb();
    const imported = cards('Swift', 3);
    await upsertCards(db, imported, NOW.getTime());
    const before = (await entries(db)).length;
    await suspendCards(db, [imported[0]!.id]);
    expect((await entries(db)).slice(before)).toEqual([[imported[0]!.id]]);
  });

  it('journals logs changed or removed, but not logs added', async () => {
    const db = testDb();
    const imported = cards('Swift', 1);
    await upsertCards(db, imported, NOW.getTime());
    const log = {
      cardId: imported[0]!.id,
      deck: 'Swift',
      rating: 3 as const,
      reviewedAt: NOW.getTime(),
      elapsedMs: 4000,
      stateBefore: 'new' as const,
      stateAfter: 'learning' as const,
      dueAfter: NOW.getTime(),
      stability: 1,
      difficulty: 5,
      scheduledDays: 0,
    };
    const id = await db.logs.add(log);
    expect(await entries(db, 'logs')).toEqual([]);
    await db.logs.put({ ...log, id, rating: 4 });
    await db.logs.delete(id);
    expect(await entries(db, 'logs')).toEqual([null, null]);
  });

  it('writes nothing when the change is rolled back', async () => {
    const db = testDb();
    await expect(
      db.transaction('rw', db.schedules, async () => {
        await db.schedules.put(scheduleRow('a'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await entries(db)).toEqual([]);
    expect(await db.schedules.count()).toBe(0);
  });

  it('keeps the newest entries and the epoch when it grows long', async () => {
    const db = testDb();
    db.unuse({ stack: 'dbcore', name: JOURNAL_MIDDLEWARE });
    db.use(writeJournal({ kept: 10, pruneEvery: 4 }));
    for (let i = 0; i < 30; i++) {
      await db.schedules.put(scheduleRow(`c${i}`));
    }
    const ids = (await db.journal.toCollection().primaryKeys()) as number[];
    // pruned at entry 28: entries up to 18 are gone
    expect(ids).toEqual([JOURNAL_EPOCH_ID, ...Array.from({ length: 12 }, (_, i) => 19 + i)]);
  });
});
