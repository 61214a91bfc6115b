import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { deleteCards, suspendCards } from '../../src-renderer/data/card-actions';
import { upsertCards } from '../../src-renderer/data/cards';
import type { RecallDb } from '../../src-renderer/data/db';
import { JOURNAL_MIDDLEWARE, writeJournal } from '../../src-renderer/data/write-journal';
import type { LogRow, ScheduleRow } from '../../src-renderer/data/schema';
import {
  keepScheduleSnapshot,
  loadLogAggregate,
  loadScheduleSnapshot,
  snapshotRows,
  StatsCacheDb,
} from '../../src-renderer/data/stats';
import { DayNumbering } from '../../src-renderer/lib/stats/day-numbers';
import { mergeDecks } from '../../src-renderer/lib/stats/log-aggregate';
import { historyReport } from '../../src-renderer/lib/stats/report';
import type { SnapshotRow } from '../../src-renderer/lib/stats/schedule-columns';
import { StatsAnswerer, type StatsResponse } from '../../src-renderer/ui/stats/stats-protocol';
import { card, testDb } from './helpers';

/** What the statistics keep of a schedule row. */
const pick = ({
  cardId,
  deck,
  queue,
  state,
  due,
  stability,
  difficulty,
  scheduledDays,
}: ScheduleRow) => ({
  cardId,
  deck,
  queue,
  state,
  due,
  stability,
  difficulty,
  scheduledDays,
});

let counter = 0;
const testCache = () =>
  new StatsCacheDb(`stats-cache-${++counter}-${Date.now()}`, { indexedDB, IDBKeyRange });

const now = new Date(2026, 10, 25, 10).getTime();
const DAY = 86_400_000;
const numbering = new DayNumbering(4);

function logRow(cardId: string, deck: string, daysAgo: number, rating: LogRow['rating']): LogRow {
  return {
    cardId,
    deck,
    rating,
    reviewedAt: now - daysAgo * DAY,
    elapsedMs: 5000,
    stateBefore: 'review',
    stateAfter: 'review',
    dueAfter: now,
    stability: 5,
    difficulty: 5,
    scheduledDays: 25,
  };
}

async function seeded() {
  const db = testDb();
  await db.decks.bulkPut(
    ['Swift', 'Cinder'].map((name, ord) => ({
      name,
      ord,
      newPerDay: 20,
      reviewsPerDay: 200,
      createdAt: 0,
    })),
  );
  await db.logs.bulkAdd([
    logRow('a', 'Swift', 3, 3),
    logRow('a', 'Swift', 2, 3),
    logRow('b', 'Cinder', 1, 1),
  ]);
  return db;
}

const scheduleOf = (cardId: string): ScheduleRow => ({
  cardId,
  deck: 'Swift',
  queue: 'review',
  state: 'review',
  due: now,
  stability: 5,
  difficulty: 5,
  scheduledDays: 25,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  lastReview: now - 2 * DAY,
});

const totalReviews = (load: Awaited<ReturnType<typeof loadLogAggregate>>, decks?: string[]) =>
  historyReport(mergeDecks(load.aggregate, decks ?? load.aggregate.decks.keys()), now, numbering)
    .reviewCount;

describe('the kept log aggregate', () => {
  it('folds every log the first time, then only the logs added since', async () => {
    const db = await seeded();
    const cache = testCache();
    const progress: [number, number][] = [];
    const report = (read: number, total: number) => progress.push([read, total]);
    const first = await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo', report);
    expect(first).toMatchObject({ logsRead: 3, fromCache: false });
    expect(progress).toEqual([[3, 3]]);
    await db.logs.add(logRow('b', 'Cinder', 0, 3));
    const second = await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo', report);
    // a few new logs are read without a progress bar
    expect(progress).toHaveLength(1);
    expect(second).toMatchObject({ logsRead: 1, fromCache: true });
    expect(totalReviews(second)).toBe(4);
    expect(totalReviews(second, ['Cinder'])).toBe(2);
    // the second review of a (interval 25 days before it) is mature, the first young
    const swift = mergeDecks(second.aggregate, ['Swift']);
    const week = historyReport(swift, now, numbering).retention.weeks.at(-1)!;
    expect(week.young.total + week.mature.total).toBe(2);
    expect(week.mature).toEqual({ passed: 1, total: 1 });
    const third = await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo');
    expect(third).toMatchObject({ logsRead: 0, fromCache: true });
  });

  it('starts over when a folded log is gone (an undo), keeping the counts right', async () => {
    const db = await seeded();
    const cache = testCache();
    await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo');
    await db.logs.delete(1);
    const again = await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo');
    expect(again).toMatchObject({ logsRead: 2, fromCache: false });
    expect(totalReviews(again)).toBe(2);
  });

  it('starts over when a folded log changed in place, which only the journal tells', async () => {
    const db = await seeded();
    const cache = testCache();
    await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo');
    await db.logs.put({ ...logRow('a', 'Swift', 3, 1), id: 1 });
    const again = await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo');
    expect(again).toMatchObject({ logsRead: 3, fromCache: false });
  });

  it('counts the logs when the journal no longer reaches back to the cache', async () => {
    const db = await seeded();
    db.close();
    db.unuse({ stack: 'dbcore', name: JOURNAL_MIDDLEWARE });
    db.use(writeJournal({ kept: 2, pruneEvery: 2 }));
    await db.open();
    const cache = testCache();
    await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo');
    await db.logs.add(logRow('b', 'Cinder', 0, 3));
    for (let i = 0; i < 4; i++) {
      await db.schedules.put({ ...scheduleOf('a'), due: i });
    }
    expect(await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo')).toMatchObject({
      logsRead: 1,
      fromCache: true,
    });
    await db.logs.delete(2);
    for (let i = 0; i < 4; i++) {
      await db.schedules.put({ ...scheduleOf('a'), due: i });
    }
    expect(await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo')).toMatchObject({
      logsRead: 3,
      fromCache: false,
    });
  });

  it('starts over when the rollover hour, the time zone or a deck name changed', async () => {
    const db = await seeded();
    const cache = testCache();
    await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo');
    const otherHour = await loadLogAggregate(db, cache, new DayNumbering(0), 'Asia/Tokyo');
    expect(otherHour.fromCache).toBe(false);
    const otherZone = await loadLogAggregate(db, cache, new DayNumbering(0), 'Europe/Berlin');
    expect(otherZone.fromCache).toBe(false);
    await db.transaction('rw', db.decks, db.logs, async () => {
      await db.decks.delete('Cinder');
      await db.decks.put({
        name: 'Block',
        ord: 1,
        createdAt: 0,
      });
      await db.logs.where('deck').equals('Cinder').modify({ deck: 'Block' });
    });
    const renamed = await loadLogAggregate(db, cache, new DayNumbering(0), 'Europe/Berlin');
    expect(renamed.fromCache).toBe(false);
    expect([...renamed.aggregate.decks.keys()].sort()).toEqual(['Block', 'Swift']);
  });

  it('starts over when new logs are older than those folded (an imported history)', async () => {
    const db = await seeded();
    const cache = testCache();
    await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo');
    await db.logs.add(logRow('c', 'Swift', 30, 2));
    const load = await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo');
    expect(load).toMatchObject({ logsRead: 4, fromCache: false });
  });

  it('starts over when the kept intervals are missing and new logs need them', async () => {
    const db = await seeded();
    const cache = testCache();
    await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo');
    await cache.intervals.clear();
    expect(await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo')).toMatchObject({
      fromCache: true,
    });
    await db.logs.add(logRow('b', 'Cinder', 0, 3));
    const load = await loadLogAggregate(db, cache, numbering, 'Asia/Tokyo');
    expect(load).toMatchObject({ logsRead: 4, fromCache: false });
    expect(totalReviews(load)).toBe(4);
  });
});

describe('the statistics worker', () => {
  it('answers with the history, then the cards of the decks asked for', async () => {
    const db = await seeded();
    await db.schedules.bulkPut([
      {
        cardId: 'a',
        deck: 'Swift',
        queue: 'review',
        state: 'review',
        due: now + DAY,
        stability: 5,
        difficulty: 5,
        scheduledDays: 25,
        learningSteps: 0,
        reps: 2,
        lapses: 0,
        lastReview: now - 2 * DAY,
      },
      {
        cardId: 'b',
        deck: 'Cinder',
        queue: 'new',
        state: 'new',
        due: 1,
        stability: 0,
        difficulty: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 0,
        lapses: 0,
      },
    ]);
    const { snapshot } = await loadScheduleSnapshot(db, testCache());
    expect(snapshotRows(snapshot, ['Swift']).map((row) => row.cardId)).toEqual(['a']);
    const replies: StatsResponse[] = [];
    await new StatsAnswerer(db, testCache(), 'Asia/Tokyo').answer(
      { id: 7, decks: ['Swift'], now, rolloverHour: 4 },
      (reply) => replies.push(reply),
    );
    expect(replies.map((r) => [r.id, r.part])).toEqual([
      [7, 'progress'],
      [7, 'history'],
      [7, 'cards'],
    ]);
    const [, history, cards] = replies;
    expect(history!.part === 'history' && history!.report.reviewCount).toBe(2);
    expect(cards!.part === 'cards' && cards!.report.counts.mature).toBe(1);
    expect(cards!.part === 'cards' && cards!.report.forecast.mature[1]).toBe(1);
  });

  it('answers an error it meets as a message', async () => {
    const db = await seeded();
    db.close();
    const replies: StatsResponse[] = [];
    await new StatsAnswerer(db, testCache(), 'Asia/Tokyo').answer(
      { id: 1, decks: null, now, rolloverHour: 4 },
      (reply) => replies.push(reply),
    );
    expect(replies).toHaveLength(1);
    expect(replies[0]!.part).toBe('error');
  });
});

describe('the statistics’ copy of the schedule rows', () => {
  const cardsOf = (deck: string, count: number) =>
    Array.from({ length: count }, (_, i) => card(deck, `question ${i}`));

  async function collection() {
    const db = testDb();
    await upsertCards(db, [...cardsOf('Swift', 4), ...cardsOf('Cinder', 3)], now);
    return db;
  }

  /** A visit in a fresh worker: only the kept copy, nothing held in memory. */
  async function visit(db: RecallDb, cache: StatsCacheDb) {
    const load = await loadScheduleSnapshot(db, cache);
    if (load.moved) {
      await keepScheduleSnapshot(cache, load.snapshot);
    }
    return load;
  }

  const queues = (rows: SnapshotRow[]) =>
    Object.fromEntries(rows.map((row) => [row.cardId, row.queue]));

  it('reads every row once, then none while nothing changed', async () => {
    const db = await collection();
    const cache = testCache();
    expect((await visit(db, cache)).rowsRead).toBe(7);
    const again = await visit(db, cache);
    expect(again.rowsRead).toBe(0);
    expect(snapshotRows(again.snapshot, ['Cinder'])).toHaveLength(3);
    expect(snapshotRows(again.snapshot, null)).toEqual(
      (await db.schedules.toArray()).map((row) => expect.objectContaining({ ...pick(row) })),
    );
  });

  it('reads only the rows changed since, and forgets deleted cards', async () => {
    const db = await collection();
    const cache = testCache();
    await visit(db, cache);
    const [first, second] = await db.schedules.limit(2).primaryKeys();
    await suspendCards(db, [first!]);
    await deleteCards(db, [second!]);
    const after = await visit(db, cache);
    expect(after.rowsRead).toBe(2);
    expect(queues(snapshotRows(after.snapshot, null))).toEqual(
      queues((await db.schedules.toArray()).map(pick)),
    );
    expect(after.snapshot.rows.map((row) => row.cardId)).not.toContain(second);
  });

  it('reads everything again after a write too big to list, or from another database', async () => {
    const db = await collection();
    const cache = testCache();
    await visit(db, cache);
    await db.schedules.clear();
    await upsertCards(db, cardsOf('Glance', 2), now);
    expect((await visit(db, cache)).rowsRead).toBe(2);
    const other = await collection();
    const elsewhere = await visit(other, cache);
    expect(elsewhere.rowsRead).toBe(7);
    expect(snapshotRows(elsewhere.snapshot, ['Glance'])).toEqual([]);
  });

  it('reads everything again when the journal has pruned what the copy missed', async () => {
    const db = await collection();
    db.close();
    db.unuse({ stack: 'dbcore', name: JOURNAL_MIDDLEWARE });
    db.use(writeJournal({ kept: 3, pruneEvery: 2 }));
    await db.open();
    const cache = testCache();
    await visit(db, cache);
    const ids = await db.schedules.toCollection().primaryKeys();
    for (const id of ids.slice(0, 5)) {
      await suspendCards(db, [id]);
    }
    expect((await visit(db, cache)).rowsRead).toBe(7);
  });
});
