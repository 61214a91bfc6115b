/**
 * The statistics' copy of every schedule row, stored as columns: IndexedDB hands a typed array
 * over as one block, where rebuilding 100,000 row objects takes it over a second. Strings that
 * repeat (deck, queue, state) are kept once, with an index per row.
 */
import { InternalError } from '../errors';
import type { StatsSchedule } from './card-stats';

/** A schedule row as the statistics keep it: what they read, and which card and deck. */
export type SnapshotRow = StatsSchedule & { cardId: string; deck: string };

export interface ScheduleColumns {
  cardIds: string[];
  decks: string[];
  deck: Uint32Array;
  queues: string[];
  queue: Uint8Array;
  states: string[];
  state: Uint8Array;
  due: Float64Array;
  stability: Float64Array;
  difficulty: Float64Array;
  scheduledDays: Float64Array;
  /** NaN: never reviewed. */
  lastReview: Float64Array;
  /** NaN: not buried. */
  buriedUntil: Float64Array;
}

/** Each distinct string once, in the order first met. */
class Dictionary {
  readonly names: string[] = [];
  private readonly indexes = new Map<string, number>();

  indexOf(name: string): number {
    let index = this.indexes.get(name);
    if (index === undefined) {
      index = this.names.length;
      this.names.push(name);
      this.indexes.set(name, index);
    }
    return index;
  }
}

export function toColumns(rows: readonly SnapshotRow[]): ScheduleColumns {
  const n = rows.length;
  const decks = new Dictionary();
  const queues = new Dictionary();
  const states = new Dictionary();
  const columns: ScheduleColumns = {
    cardIds: new Array<string>(n),
    decks: decks.names,
    deck: new Uint32Array(n),
    queues: queues.names,
    queue: new Uint8Array(n),
    states: states.names,
    state: new Uint8Array(n),
    due: new Float64Array(n),
    stability: new Float64Array(n),
    difficulty: new Float64Array(n),
    scheduledDays: new Float64Array(n),
    lastReview: new Float64Array(n),
    buriedUntil: new Float64Array(n),
  };
  rows.forEach((row, i) => {
    columns.cardIds[i] = row.cardId;
    columns.deck[i] = decks.indexOf(row.deck);
    columns.queue[i] = queues.indexOf(row.queue);
    columns.state[i] = states.indexOf(row.state);
    columns.due[i] = row.due;
    columns.stability[i] = row.stability;
    columns.difficulty[i] = row.difficulty;
    columns.scheduledDays[i] = row.scheduledDays;
    columns.lastReview[i] = row.lastReview ?? NaN;
    columns.buriedUntil[i] = row.buriedUntil ?? NaN;
  });
  if (queues.names.length > 256 || states.names.length > 256) {
    throw new InternalError('more than 256 distinct queues or states');
  }
  return columns;
}

export function fromColumns(columns: ScheduleColumns): SnapshotRow[] {
  return columns.cardIds.map((cardId, i) => {
    const row: SnapshotRow = {
      cardId,
      deck: columns.decks[columns.deck[i]!]!,
      queue: columns.queues[columns.queue[i]!]!,
      state: columns.states[columns.state[i]!]! as SnapshotRow['state'],
      due: columns.due[i]!,
      stability: columns.stability[i]!,
      difficulty: columns.difficulty[i]!,
      scheduledDays: columns.scheduledDays[i]!,
    };
    const lastReview = columns.lastReview[i]!;
    const buriedUntil = columns.buriedUntil[i]!;
    if (!Number.isNaN(lastReview)) {
      row.lastReview = lastReview;
    }
    if (!Number.isNaN(buriedUntil)) {
      row.buriedUntil = buriedUntil;
    }
    return row;
  });
}
