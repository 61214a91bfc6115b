/**
 * The messages between the statistics screen and its worker (stats-worker.ts), both ends. The
 * worker answers each request twice: the review history first (from the kept aggregate, fast),
 * then the cards (a read of every schedule row in scope).
 */
import {
  loadLogAggregate,
  keepScheduleSnapshot,
  loadScheduleSnapshot,
  snapshotRows,
  type ScheduleSnapshot,
  type StatsCacheDb,
} from '../../data/stats';
import type { RecallDb } from '../../data/db';
import { DayNumbering } from '../../lib/stats/day-numbers';
import { mergeDecks, type LogAggregate } from '../../lib/stats/log-aggregate';
import {
  cardReport,
  historyReport,
  type CardReport,
  type HistoryReport,
} from '../../lib/stats/report';

export interface StatsRequest {
  id: number;
  /** The decks whose figures to add up (a deck and its sub-decks); null for the collection. */
  decks: string[] | null;
  /** The page's clock (tests pin it), epoch ms. */
  now: number;
  rolloverHour: number;
}

/** Where the time went, for the bench and the performance panel. */
export interface HistoryTimings {
  loadMs: number;
  computeMs: number;
  logsRead: number;
  fromCache: boolean;
}

export interface CardTimings {
  loadMs: number;
  computeMs: number;
  rowsRead: number;
}

export type StatsResponse =
  | { id: number; part: 'progress'; read: number; total: number }
  | { id: number; part: 'history'; report: HistoryReport; timings: HistoryTimings }
  | { id: number; part: 'cards'; report: CardReport; timings: CardTimings }
  | { id: number; part: 'error'; message: string };

/**
 * The worker's side. It keeps the aggregate between requests (switching decks re-reads no logs)
 * but catches up with logs written since on each request.
 */
export class StatsAnswerer {
  private schedules: ScheduleSnapshot | undefined;

  constructor(
    private readonly db: RecallDb,
    private readonly cache: StatsCacheDb,
    private readonly timeZone: string,
  ) {}

  async answer(request: StatsRequest, reply: (response: StatsResponse) => void): Promise<void> {
    const { id, now } = request;
    try {
      const numbering = new DayNumbering(request.rolloverHour);
      const started = performance.now();
      const load = await loadLogAggregate(
        this.db,
        this.cache,
        numbering,
        this.timeZone,
        (read, total) => reply({ id, part: 'progress', read, total }),
      );
      const loaded = performance.now();
      const history = historyReport(daysIn(load.aggregate, request.decks), now, numbering);
      reply({
        id,
        part: 'history',
        report: history,
        timings: {
          loadMs: loaded - started,
          computeMs: performance.now() - loaded,
          logsRead: load.logsRead,
          fromCache: load.fromCache,
        },
      });
      // After the history is on its way: reading the schedules' columns holds this thread up
      // (it is where they are decoded), and the page draws the history meanwhile.
      const read = performance.now();
      const { snapshot, rowsRead, moved } = await loadScheduleSnapshot(
        this.db,
        this.cache,
        this.schedules,
      );
      this.schedules = snapshot;
      const computing = performance.now();
      const cards = cardReport(snapshotRows(snapshot, request.decks), now, numbering);
      reply({
        id,
        part: 'cards',
        report: cards,
        timings: {
          loadMs: computing - read,
          computeMs: performance.now() - computing,
          rowsRead,
        },
      });
      if (moved) {
        await keepScheduleSnapshot(this.cache, snapshot);
      }
    } catch (error) {
      reply({ id, part: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }
}

function daysIn(aggregate: LogAggregate, decks: string[] | null) {
  return mergeDecks(aggregate, decks ?? aggregate.decks.keys());
}
