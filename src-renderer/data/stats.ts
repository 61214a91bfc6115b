/**
 * What the statistics worker reads: schedule rows of the chosen decks, and the review log folded
 * into day buckets (lib/stats/log-aggregate.ts). A million logs take IndexedDB many seconds to
 * hand over, so the folded aggregate is kept in a database of its own (a cache: derived, never
 * backed up, safe to delete) and only logs added since are read. The cache is thrown away when
 * the logs it folded are no longer all there, unchanged (undo, restore, a renamed deck), or when
 * the rollover hour or time zone that numbered its days changed.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { StatsSchedule } from '../lib/stats/card-stats';
import type { DayNumbering } from '../lib/stats/day-numbers';
import {
  emptyAggregate,
  foldLogs,
  type LastIntervals,
  type LogAggregate,
  type StatsLog,
} from '../lib/stats/log-aggregate';
import type { RecallDb } from './db';
import { schedulesOfDecks } from './deck-rows';
import type { LogRow } from './schema';

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
}

/** Kept apart: only folding new logs needs it, and it is most of what there is to read. */
interface CachedIntervals {
  key: 'logs';
  intervals: LastIntervals;
}

export class StatsCacheDb extends Dexie {
  aggregates!: EntityTable<CachedAggregate, 'key'>;
  intervals!: EntityTable<CachedIntervals, 'key'>;

  constructor(name = STATS_CACHE_DB, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ aggregates: 'key', intervals: 'key' });
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

async function cacheStillHolds(
  db: RecallDb,
  cached: CachedAggregate,
  decks: Set<string>,
): Promise<boolean> {
  if (cached.deckNames.some((deck) => !decks.has(deck))) {
    return false;
  }
  if (cached.last === null) {
    return true;
  }
  const [row, count] = await Promise.all([
    db.logs.get(cached.last.id),
    db.logs.where(':id').belowOrEqual(cached.last.id).count(),
  ]);
  return (
    row !== undefined &&
    sameMark(markOf(row as LogRow & { id: number }), cached.last) &&
    count === cached.count
  );
}

interface LogsToFold {
  base: CachedAggregate | undefined;
  logs: StatsLog[];
  last: LogMark | null;
  decks: Set<string>;
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
  return db.transaction('r', db.logs, db.decks, async () => {
    const decks = new Set((await db.decks.toCollection().primaryKeys()) as string[]);
    const usable =
      cached !== undefined &&
      cached.aggregate.rolloverHour === numbering.rolloverHour &&
      cached.timeZone === timeZone &&
      (await cacheStillHolds(db, cached, decks));
    const base = usable ? cached : undefined;
    const { logs, last } = base ? await readLogsAfter(db, base.last?.id ?? 0) : await readAll();
    const ordered = inTimeOrder(logs);
    // a log older than those folded (an imported history) would fold out of order: start over
    if (base && ordered.length > 0 && ordered[0]!.reviewedAt < base.aggregate.newestReviewedAt) {
      const all = await readAll();
      return { base: undefined, logs: inTimeOrder(all.logs), last: all.last, decks };
    }
    return { base, logs: ordered, last: last ?? base?.last ?? null, decks };
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
    });
    await cache.intervals.put({ key: 'logs', intervals });
  });
  return { aggregate, logsRead: load.logs.length, fromCache: load.base !== undefined };
}

/** The schedule rows of `decks`, or of every deck when null, with only the fields statistics use. */
export async function loadStatsSchedules(
  db: RecallDb,
  decks: readonly string[] | null,
): Promise<StatsSchedule[]> {
  const rows = decks === null ? await db.schedules.toArray() : await schedulesOfDecks(db, decks);
  return rows;
}
