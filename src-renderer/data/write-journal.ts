/**
 * Which rows of `schedules` and `logs` changed, written by IndexedDB in the very transaction that
 * changed them, so that what the statistics derive from every row (data/stats.ts: a copy of the
 * schedule rows, the review log folded into days) catches up by reading what changed since,
 * not 100,000 schedules or a million logs again. A middleware sees every write to those tables,
 * whichever module makes it, so no writer can forget to say so.
 *
 * Entry 0 holds the journal's epoch, a random name given when the store is made: something
 * derived from another database (deleted and made again) is recognised as such. Entries from 1
 * on name the store and the keys one request changed, or null when it changed too many to list
 * or a key range (a clear). A log is only ever added in normal use, and an added log is found by
 * its id, so only logs changed or removed are journalled (undo, delete, restore).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie, Middleware } from 'dexie';
import type { RecallDb } from './db';
import type { JournalRow, JournalledStore } from './schema';

export const JOURNAL_TABLE = 'journal';
export const JOURNAL_EPOCH_ID = 0;
export const JOURNAL_MIDDLEWARE = 'WriteJournal';
const JOURNALLED: readonly string[] = ['schedules', 'logs'] satisfies JournalledStore[];

/** The tables a backup holds: the journal is derived from writes, and means nothing elsewhere. */
export const backedUpTables = (db: Dexie) => db.tables.filter((t) => t.name !== JOURNAL_TABLE);

/** A request changing more rows than this is journalled as "any row" (an import, a restore). */
const MAX_LISTED_KEYS = 2_000;

export interface JournalLimits {
  /** Entries kept: something derived further behind than this has to read everything again. */
  kept: number;
  /** Old entries are pruned when an entry's id is a multiple of this. */
  pruneEvery: number;
}

/** 20,000 entries of a card id each are about a megabyte: weeks of study between two visits. */
const LIMITS: JournalLimits = { kept: 20_000, pruneEvery: 1_000 };

/** DBCoreRangeType.Range: a const enum, which isolated modules cannot import. */
const RANGE = 2;

export function journalEpochRow(): JournalRow {
  // getRandomValues, unlike randomUUID, exists outside secure contexts (the web build on a LAN)
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const epoch = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return { id: JOURNAL_EPOCH_ID, keys: null, epoch };
}

function changedKeys(table: DBCoreTable, req: DBCoreMutateRequest): string[] | null {
  if (req.type === 'deleteRange' || table.name === 'logs') {
    return null;
  }
  const keys =
    req.type === 'delete'
      ? req.keys
      : (req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey?.(value)));
  return keys.length > MAX_LISTED_KEYS ? null : (keys as string[]);
}

/**
 * Adds the entry (and now and then prunes old ones). DBCore's promises are Dexie's own: chained
 * with `then`, not awaited, so that Dexie still sees the transaction's work as pending (an
 * async function's native promise lets it commit early).
 */
function journal(
  changes: DBCoreTable,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  { kept, pruneEvery }: JournalLimits,
): Promise<unknown> {
  const entry: JournalRow = {
    store: table.name as JournalledStore,
    keys: changedKeys(table, req),
  };
  return changes.mutate({ type: 'add', trans: req.trans, values: [entry] }).then((added) => {
    const id = added.lastResult as number;
    return id % pruneEvery === 0 && id > kept
      ? changes.mutate({
          type: 'deleteRange',
          trans: req.trans,
          range: { type: RANGE, lower: JOURNAL_EPOCH_ID, lowerOpen: true, upper: id - kept },
        })
      : undefined;
  });
}

/** The journal's store exists from version 7 on; an upgrade from before runs without it. */
const hasJournal = (trans: unknown) =>
  (trans as { objectStoreNames?: { contains(name: string): boolean } }).objectStoreNames?.contains(
    JOURNAL_TABLE,
  ) ?? false;

export const writeJournal = (limits = LIMITS): Middleware<DBCore> => ({
  stack: 'dbcore',
  name: JOURNAL_MIDDLEWARE,
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope =
          mode === 'readwrite' &&
          stores.some((store) => JOURNALLED.includes(store)) &&
          !stores.includes(JOURNAL_TABLE)
            ? [...stores, JOURNAL_TABLE]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!JOURNALLED.includes(name)) {
          return table;
        }
        return {
          ...table,
          mutate(req) {
            if ((name === 'logs' && req.type === 'add') || !hasJournal(req.trans)) {
              return table.mutate(req);
            }
            const written = journal(down.table(JOURNAL_TABLE), table, req, limits);
            return table.mutate(req).then((result) => written.then(() => result));
          },
        };
      },
    };
  },
});

/** Where something derived from the journalled tables stands: this journal, up to this entry. */
export interface JournalMark {
  epoch: string;
  position: number;
}

export interface JournalSince {
  /** Where the journal stands now. */
  now: JournalMark;
  /**
   * The entries after the mark's position; null when the journal cannot tell (another epoch,
   * or pruned past the mark).
   */
  entries: JournalRow[] | null;
}

/** Read inside the transaction that reads the derived tables, so both agree. */
export async function journalSince(
  db: RecallDb,
  mark: JournalMark | undefined,
): Promise<JournalSince> {
  const epoch = (await db.journal.get(JOURNAL_EPOCH_ID))?.epoch ?? '';
  const position = ((await db.journal.toCollection().lastKey()) as number | undefined) ?? 0;
  const now = { epoch, position };
  if (!mark || !epoch || mark.epoch !== epoch) {
    return { now, entries: null };
  }
  const first = await db.journal.where(':id').above(JOURNAL_EPOCH_ID).first();
  if (first?.id !== undefined && first.id > mark.position + 1) {
    return { now, entries: null };
  }
  return { now, entries: await db.journal.where(':id').above(mark.position).toArray() };
}
