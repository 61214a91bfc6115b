/**
 * Whole-collection backups: every table (review logs included) as one dexie-export-import JSON
 * file, and restoring such a file over the current data, all or nothing.
 */
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import { ParseError, UnsupportedVersionError, type DomainError } from '../lib/errors';
import { backupRowProblem } from './backup-rows';
import { OLDEST_BACKUP_VERSION, upgradeExport, type ExportedDatabase } from './backup-upgrade';
import type { RecallDb } from './db';
import { backedUpTables, JOURNAL_TABLE } from './write-journal';

/** Rows done so far out of the total, for a progress line. */
export type BackupProgress = (done: number, total: number) => void;

export type BackupProblem =
  'not-backup' | 'other-database' | 'newer-version' | 'older-version' | 'damaged' | 'import-failed';

/** A refused backup file: `problem` and `params` let the UI say why in the user's language. */
export interface BackupRefusal extends DomainError {
  readonly problem: BackupProblem;
  readonly params: Record<string, string | number>;
}

export class BackupFormatError extends ParseError implements BackupRefusal {
  constructor(
    readonly problem: Exclude<BackupProblem, 'newer-version' | 'older-version'>,
    message: string,
    file: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message, { file });
  }
}

export class BackupVersionError extends UnsupportedVersionError implements BackupRefusal {
  constructor(
    readonly problem: 'newer-version' | 'older-version',
    message: string,
    file: string,
    readonly params: Record<string, string | number>,
  ) {
    super(message, { file });
  }
}

export function isBackupRefusal(error: unknown): error is BackupRefusal {
  return error instanceof BackupFormatError || error instanceof BackupVersionError;
}

/** The bytes own their buffer: the bridge's saveFile and backups.write accept nothing else. */
export async function exportBackup(
  db: RecallDb,
  onProgress?: BackupProgress,
): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await exportDB(db, {
    skipTables: [JOURNAL_TABLE],
    // Each chunk is encoded in one go on the main thread: 500 rows keep those pieces short
    // enough not to hold up a grade (bench/backup.bench.ts: long tasks ≤ ~90 ms instead of
    // ~300 ms with the default 2000), at no cost in total time.
    numRowsPerChunk: 500,
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress?.(completedRows, totalRows ?? 0);
      return true;
    },
  });
  return new Uint8Array(await blob.arrayBuffer());
}

type Export = Awaited<ReturnType<typeof peakImportFile>>;
type ExportWithRows = Export & { data: ExportedDatabase };

/** What a restore would bring back, once the file has passed every check. */
export interface BackupContents {
  databaseVersion: number;
  rowCounts: Record<string, number>;
}

const EXPORT_START = /^\s*\{\s*"formatName"\s*:\s*"dexie"/;

function contentsOf(meta: Export): BackupContents {
  return {
    databaseVersion: meta.data.databaseVersion,
    rowCounts: Object.fromEntries(meta.data.tables.map((t) => [t.name, t.rowCount])),
  };
}

async function checkHeader(db: RecallDb, bytes: Uint8Array, file: string): Promise<Export> {
  // A file that starts like a Dexie export but whose header cannot be read was cut or damaged.
  const started = EXPORT_START.test(new TextDecoder().decode(bytes.subarray(0, 100)));
  const unreadable = (why: string) =>
    started
      ? new BackupFormatError('damaged', `damaged or incomplete (${why})`, file, { reason: why })
      : new BackupFormatError('not-backup', `not a Recall Deck backup (${why})`, file);
  let meta: Export;
  try {
    meta = await peakImportFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  if (meta?.formatName !== 'dexie' || !Array.isArray(meta.data?.tables)) {
    throw unreadable('no Dexie export header');
  }
  if (meta.formatVersion !== 1) {
    throw unreadable(`export format ${String(meta.formatVersion)}`);
  }
  if (meta.data.databaseName !== db.name) {
    throw new BackupFormatError(
      'other-database',
      `a backup of the database "${meta.data.databaseName}", not "${db.name}"`,
      file,
      { name: String(meta.data.databaseName) },
    );
  }
  const found = meta.data.databaseVersion;
  if (found > db.verno || found < OLDEST_BACKUP_VERSION) {
    throw new BackupVersionError(
      found > db.verno ? 'newer-version' : 'older-version',
      `made with database version ${found}; this version of the app reads version ${db.verno}`,
      file,
      { found, supported: db.verno },
    );
  }
  const names = meta.data.tables.map((t) => t.name).sort();
  const ours = backedUpTables(db)
    .map((t) => t.name)
    .sort();
  // A table added since the backup's version is restored empty, as it was then.
  const fits =
    found === db.verno
      ? names.join() === ours.join()
      : new Set(names).size === names.length && names.every((name) => ours.includes(name));
  if (!fits) {
    throw unreadable(`tables ${names.join(', ')} instead of ${ours.join(', ')}`);
  }
  return meta;
}

/**
 * The whole file parsed, with every table present, as many rows as its header announced, and
 * every row one the app could have written.
 */
async function parseWhole(
  db: RecallDb,
  meta: Export,
  bytes: Uint8Array,
  file: string,
): Promise<ExportWithRows> {
  const damaged = (why: string) =>
    new BackupFormatError('damaged', `damaged or incomplete (${why})`, file, { reason: why });
  let parsed: ExportWithRows;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as ExportWithRows;
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : String(error));
  }
  const tables = parsed?.data?.data;
  if (!Array.isArray(tables)) {
    throw damaged('no data');
  }
  for (const { name, rowCount } of meta.data.tables) {
    const entries = tables.filter((t) => t?.tableName === name);
    const rows = entries[0]?.rows;
    if (entries.length !== 1 || !Array.isArray(rows) || rows.length !== rowCount) {
      throw damaged(`table ${name}: ${rowCount} rows announced, ${rows?.length ?? 0} found`);
    }
  }
  if (tables.length !== meta.data.tables.length) {
    throw damaged('unexpected tables');
  }
  const current =
    parsed.data.databaseVersion === db.verno
      ? parsed
      : { ...parsed, data: upgradeExport(db, parsed.data) };
  const problem = await backupRowProblem(current.data.data);
  if (problem) {
    throw damaged(problem);
  }
  return current;
}

/** Checks a backup file without touching the database; throws a BackupRefusal if it is unfit. */
export async function inspectBackup(
  db: RecallDb,
  bytes: Uint8Array,
  file: string,
): Promise<BackupContents> {
  const meta = await checkHeader(db, bytes, file);
  await parseWhole(db, meta, bytes, file);
  return contentsOf(meta);
}

export interface RestoreOptions {
  /** The file's name, for messages. */
  file: string;
  /** Receives a backup of the current data before anything is replaced; a failure stops the restore. */
  backupCurrent: (bytes: Uint8Array<ArrayBuffer>) => Promise<unknown>;
  onProgress?: BackupProgress;
}

/**
 * Replaces every table with the backup's rows. The file is checked and parsed in full first, and
 * the tables are cleared and refilled inside one transaction, so a failure leaves the data as
 * it was.
 */
export async function restoreBackup(
  db: RecallDb,
  bytes: Uint8Array,
  options: RestoreOptions,
): Promise<BackupContents> {
  const { file, backupCurrent, onProgress } = options;
  const meta = await checkHeader(db, bytes, file);
  const parsed = await parseWhole(db, meta, bytes, file);
  await backupCurrent(await exportBackup(db));
  // importInto reads a Blob with awaits that would let the outer transaction commit early; a
  // stream that is already at its end gives it everything up front.
  const stream = {
    result: parsed,
    eof: () => true,
    done: () => true,
    pullAsync: async () => parsed,
    pullSync: () => parsed,
  };
  try {
    await db.transaction('rw', db.tables, () =>
      importInto(db, stream, {
        clearTablesBeforeImport: true,
        skipTables: [JOURNAL_TABLE],
        acceptVersionDiff: true,
        progressCallback: ({ completedRows, totalRows }) => {
          onProgress?.(completedRows, totalRows ?? 0);
          return true;
        },
      }),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupFormatError('import-failed', `could not be restored: ${reason}`, file, {
      reason,
    });
  }
  return contentsOf(meta);
}
