/**
 * What the statistics worker reads: schedule rows of the chosen decks, and the review log folded
 * into day buckets (lib/stats/log-aggregate.ts). A million logs take IndexedDB many seconds to
 * hand over, so the folded aggregate is kept in a database of its own (a cache: derived, never
 * backed up, safe to delete) and only logs added since are read. The cache is thrown away when
 * the logs it folded are no longer all there, unchanged (undo, restore, a renamed deck), or when
 * the rollover hour or time zone that numbered its days changed.
 *
 * The schedule rows are kept there too, as columns (lib/stats/schedule-columns.ts), with the
 * position in the schedule journal (data/write-journal.ts) they are up to date with: a visit
 * reads only the rows changed since.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { DayNumbering } from '../lib/stats/day-numbers';
import {
  emptyAggregate,
  foldLogs,
  type LastIntervals,
  type LogAggregate,
  type StatsLog,
} from '../lib/stats/log-aggregate';
import {
  fromColumns,
  toColumns,
  type ScheduleColumns,
  type SnapshotRow,
} from '../lib/stats/schedule-columns';
import type { RecallDb } from './db';
import { journalSince, type JournalMark, type JournalSince } from './write-journal';
import type { JournalRow, LogRow, ScheduleRow } from './schema';

export const STATS_CACHE_DB = 'recall-deck-stats-cache';

/** The newest log folded, to recognise it again. */
interface LogMark {
  id: number;
  cardId: string;
  reviewedAt: number;
  deck: string;
}

interface CachedAggregate {
  key: 'logs';
  aggregate: LogAggregate;
  timeZone: string;
  /** The deck names when the logs were folded: a deck gone since (renamed) moved its logs. */
  deckNames: string[];
  /** Logs folded: every log with an id up to `last.id`. */
  count: number;
  last: LogMark | null;
  /** The write journal as the logs were read: a log changed since shows there. */
  journal?: JournalMark;
}

/** Kept apart: only folding new logs needs it, and it is most of what there is to read. */
interface CachedIntervals {
  key: 'logs';
  intervals: LastIntervals;
}

/** Every schedule row as of journal entry `position` of the journal named `epoch`. */
interface CachedSchedules {
  key: 'schedules';
  epoch: string;
  position: number;
  columns: ScheduleColumns;
}

export class StatsCacheDb extends Dexie {
  aggregates!: EntityTable<CachedAggregate, 'key'>;
  intervals!: EntityTable<CachedIntervals, 'key'>;
  schedules!: EntityTable<CachedSchedules, 'key'>;

  constructor(name = STATS_CACHE_DB, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ aggregates: 'key', intervals: 'key' });
    this.version(2).stores({ schedules: 'key' });
  }
}

/** Logs read per request: big enough to keep IndexedDB busy, small enough to fold as they come. */
const CHUNK = 50_000;

export interface AggregateLoad {
  aggregate: LogAggregate;
  /** Logs read from the database this time (all of them when the cache could not be used). */
  logsRead: number;
  fromCache: boolean;
}

const markOf = (row: LogRow & { id: number }): LogMark => ({
  id: row.id,
  cardId: row.cardId,
  reviewedAt: row.reviewedAt,
  deck: row.deck,
});

const sameMark = (a: LogMark | null, b: LogMark | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.id === b.id &&
    a.cardId === b.cardId &&
    a.reviewedAt === b.reviewedAt &&
    a.deck === b.deck);

const toStatsLog = (row: LogRow): StatsLog => ({
  cardId: row.cardId,
  deck: row.deck,
  rating: row.rating,
  reviewedAt: row.reviewedAt,
  elapsedMs: row.elapsedMs,
  stateBefore: row.stateBefore,
  scheduledDays: row.scheduledDays,
});

/** How many logs have been read of how many: a first reading of a million takes a while. */
export type ReadProgress = (read: number, total: number) => void;

/** Every log with an id above `afterId`, in id order, a chunk at a time, as StatsLogs. */
async function readLogsAfter(
  db: RecallDb,
  afterId: number,
  progress?: { total: number; report: ReadProgress },
): Promise<{ logs: StatsLog[]; last: LogMark | null }> {
  const logs: StatsLog[] = [];
  let last: LogMark | null = null;
  for (let from = afterId; ;) {
    const rows = (await db.logs.where(':id').above(from).limit(CHUNK).toArray()) as (LogRow & {
      id: number;
    })[];
    if (rows.length === 0) {
      return { logs, last };
    }
    for (const row of rows) {
      logs.push(toStatsLog(row));
    }
    last = markOf(rows[rows.length - 1]!);
    from = last.id;
    progress?.report(logs.length, progress.total);
  }
}

/** Logs are mostly written in time order; imported histories may not be. */
function inTimeOrder(logs: StatsLog[]): StatsLog[] {
  for (let i = 1; i < logs.length; i++) {
    if (logs[i]!.reviewedAt < logs[i - 1]!.reviewedAt) {
      return logs.sort((a, b) => a.reviewedAt - b.reviewedAt);
    }
  }
  return logs;
}

/**
 * Whether every log the cache folded is still there, unchanged. The journal says so when it
 * reaches back to the cache; otherwise counting the logs does (seconds, for a million on disk).
 */
async function cacheStillHolds(
  db: RecallDb,
  cached: CachedAggregate,
  decks: Set<string>,
  journal: JournalSince,
): Promise<boolean> {
  if (cached.deckNames.some((deck) => !decks.has(deck))) {
    return false;
  }
  if (journal.entries?.some((entry) => entry.store === 'logs')) {
    return false;
  }
  if (cached.last === null) {
    return true;
  }
  const row = await db.logs.get(cached.last.id);
  if (row === undefined || !sameMark(markOf(row as LogRow & { id: number }), cached.last)) {
    return false;
  }
  return (
    journal.entries !== null ||
    (await db.logs.where(':id').belowOrEqual(cached.last.id).count()) === cached.count
  );
}

interface LogsToFold {
  base: CachedAggregate | undefined;
  logs: StatsLog[];
  last: LogMark | null;
  decks: Set<string>;
  journal: JournalMark;
}

/** What the cache lacks: the logs after it, or every log when it cannot be used. */
async function logsToFold(
  db: RecallDb,
  cached: CachedAggregate | undefined,
  numbering: DayNumbering,
  timeZone: string,
  report?: ReadProgress,
): Promise<LogsToFold> {
  // only a reading of every log says how far it has got: a few new ones need no bar
  const readAll = async () =>
    readLogsAfter(db, 0, report && { total: await db.logs.count(), report });
  return db.transaction('r', db.logs, db.decks, db.journal, async () => {
    const decks = new Set((await db.decks.toCollection().primaryKeys()) as string[]);
    const journal = await journalSince(db, cached?.journal);
    const usable =
      cached !== undefined &&
      cached.aggregate.rolloverHour === numbering.rolloverHour &&
      cached.timeZone === timeZone &&
      (await cacheStillHolds(db, cached, decks, journal));
    const base = usable ? cached : undefined;
    const { logs, last } = base ? await readLogsAfter(db, base.last?.id ?? 0) : await readAll();
    const ordered = inTimeOrder(logs);
    // a log older than those folded (an imported history) would fold out of order: start over
    if (base && ordered.length > 0 && ordered[0]!.reviewedAt < base.aggregate.newestReviewedAt) {
      const all = await readAll();
      return {
        base: undefined,
        logs: inTimeOrder(all.logs),
        last: all.last,
        decks,
        journal: journal.now,
      };
    }
    return { base, logs: ordered, last: last ?? base?.last ?? null, decks, journal: journal.now };
  });
}

/** The review log of the whole collection as day buckets, from the cache and the logs since. */
export async function loadLogAggregate(
  db: RecallDb,
  cache: StatsCacheDb,
  numbering: DayNumbering,
  timeZone: string,
  report?: ReadProgress,
): Promise<AggregateLoad> {
  const cached = await cache.aggregates.get('logs');
  let load = await logsToFold(db, cached, numbering, timeZone, report);
  if (load.base && load.logs.length === 0) {
    return { aggregate: load.base.aggregate, logsRead: 0, fromCache: true };
  }
  let intervals = load.base && (await cache.intervals.get('logs'))?.intervals;
  if (load.base && !intervals) {
    load = await logsToFold(db, undefined, numbering, timeZone, report);
  }
  intervals ??= new Map();
  const aggregate = load.base?.aggregate ?? emptyAggregate(numbering.rolloverHour);
  foldLogs(aggregate, intervals, load.logs, numbering);
  const count = (load.base?.count ?? 0) + load.logs.length;
  const deckNames = [...load.decks];
  await cache.transaction('rw', cache.aggregates, cache.intervals, async () => {
    await cache.aggregates.put({
      key: 'logs',
      aggregate,
      timeZone,
      deckNames,
      count,
      last: load.last,
      journal: load.journal,
    });
    await cache.intervals.put({ key: 'logs', intervals });
  });
  return { aggregate, logsRead: load.logs.length, fromCache: load.base !== undefined };
}

/** The statistics' copy of every schedule row, as of a journal position. */
export interface ScheduleSnapshot extends JournalMark {
  rows: SnapshotRow[];
}

export interface SchedulesLoad {
  snapshot: ScheduleSnapshot;
  /** Schedule rows read from the database this time (all of them without a usable copy). */
  rowsRead: number;
  /** The snapshot differs from the one kept. */
  moved: boolean;
}

const snapshotRow = (row: ScheduleRow): SnapshotRow => ({
  cardId: row.cardId,
  deck: row.deck,
  queue: row.queue,
  state: row.state,
  due: row.due,
  stability: row.stability,
  difficulty: row.difficulty,
  scheduledDays: row.scheduledDays,
  ...(row.lastReview === undefined ? {} : { lastReview: row.lastReview }),
  ...(row.buriedUntil === undefined ? {} : { buriedUntil: row.buriedUntil }),
});

/** The card ids whose schedules the entries changed, or null for "any". */
function changedCards(entries: JournalRow[] | null): Set<string> | null {
  if (entries === null) {
    return null;
  }
  const changed = new Set<string>();
  for (const entry of entries) {
    if (entry.store === 'schedules') {
      if (entry.keys === null) {
        return null;
      }
      entry.keys.forEach((id) => changed.add(id));
    }
  }
  return changed;
}

/** `rows` with the rows of `ids` replaced by `now` (undefined: the card is gone). */
function patched(
  rows: SnapshotRow[],
  ids: string[],
  now: (ScheduleRow | undefined)[],
): SnapshotRow[] {
  if (ids.length === 0) {
    return rows;
  }
  const changed = new Map(ids.map((id, i) => [id, now[i]]));
  const result: SnapshotRow[] = [];
  for (const row of rows) {
    if (!changed.has(row.cardId)) {
      result.push(row);
    }
  }
  for (const row of changed.values()) {
    if (row) {
      result.push(snapshotRow(row));
    }
  }
  return result;
}

/**
 * Every schedule row: `held` (or the kept copy) brought up to date with the rows the journal says
 * changed since, or all of them read again when there is no copy of this journal's, or it is too
 * far behind. An unchanged copy costs three small reads.
 */
export async function loadScheduleSnapshot(
  db: RecallDb,
  cache: StatsCacheDb,
  held?: ScheduleSnapshot,
): Promise<SchedulesLoad> {
  const kept =
    held ??
    (await cache.schedules.get('schedules').then(
      (row) =>
        row && {
          epoch: row.epoch,
          position: row.position,
          rows: fromColumns(row.columns),
        },
    ));
  return db.transaction('r', db.schedules, db.journal, async () => {
    const journal = await journalSince(db, kept);
    const changed = kept && changedCards(journal.entries);
    if (kept && changed) {
      const ids = [...changed];
      const rows = await db.schedules.bulkGet(ids);
      const snapshot = { ...journal.now, rows: patched(kept.rows, ids, rows) };
      return { snapshot, rowsRead: ids.length, moved: journal.now.position !== kept.position };
    }
    const rows = await db.schedules.toArray();
    const snapshot = { ...journal.now, rows: rows.map(snapshotRow) };
    return { snapshot, rowsRead: rows.length, moved: true };
  });
}

/**
 * Keeps `snapshot` for the next visit (after the figures are shown: writing 100,000 rows'
 * columns takes a moment). Without an epoch (a journal emptied by hand) no visit could trust it.
 */
export async function keepScheduleSnapshot(
  cache: StatsCacheDb,
  snapshot: ScheduleSnapshot,
): Promise<void> {
  if (snapshot.epoch) {
    await cache.schedules.put({
      key: 'schedules',
      epoch: snapshot.epoch,
      position: snapshot.position,
      columns: toColumns(snapshot.rows),
    });
  }
}

/** The snapshot's rows of `decks`, or all of them when null. */
export function snapshotRows(
  snapshot: ScheduleSnapshot,
  decks: readonly string[] | null,
): SnapshotRow[] {
  if (decks === null) {
    return snapshot.rows;
  }
  const wanted = new Set(decks);
  return snapshot.rows.filter((row) => wanted.has(row.deck));
}
