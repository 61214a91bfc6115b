/**
 * Backups made by an older database version are brought up to the current one in memory,
 * before their rows are checked and restored: the same changes the Dexie upgrades make (db.ts),
 * applied to the exported rows. A table added since the backup was made starts empty.
 */
import { presetsFromLegacyDecks } from './presets';
import type { RecallDb } from './db';
import type { LegacyDeckRow } from './schema';
import { backedUpTables } from './write-journal';

/** The oldest database version whose backups can still be restored. */
export const OLDEST_BACKUP_VERSION = 1;

export interface ExportedTable {
  tableName: string;
  inbound: boolean;
  rows: unknown[];
}

export interface ExportedDatabase {
  databaseName: string;
  databaseVersion: number;
  tables: { name: string; schema: string; rowCount: number }[];
  data: ExportedTable[];
}

type RowsByTable = Map<string, unknown[]>;

/** One upgrade per database version that changed rows; tables it does not name are kept. */
const UPGRADES: { version: number; upgrade: (rows: RowsByTable) => void }[] = [
  {
    version: 5,
    upgrade: (rows) => {
      const { presets, decks } = presetsFromLegacyDecks(
        (rows.get('decks') ?? []) as LegacyDeckRow[],
      );
      rows.set('decks', decks);
      rows.set('presets', presets);
    },
  },
];

function schemaOf(db: RecallDb, name: string): string {
  const { primKey, indexes } = db.table(name).schema;
  return [primKey.src, ...indexes.map((index) => index.src)].join(',');
}

/** The export as the current version would have written it; `exported` itself is not changed. */
export function upgradeExport(db: RecallDb, exported: ExportedDatabase): ExportedDatabase {
  const rows: RowsByTable = new Map(exported.data.map((table) => [table.tableName, table.rows]));
  for (const { version, upgrade } of UPGRADES) {
    if (exported.databaseVersion < version) {
      upgrade(rows);
    }
  }
  const names = backedUpTables(db).map((table) => table.name);
  return {
    ...exported,
    databaseVersion: db.verno,
    tables: names.map((name) => ({
      name,
      schema: schemaOf(db, name),
      rowCount: rows.get(name)?.length ?? 0,
    })),
    data: names.map((name) => ({
      tableName: name,
      inbound: exported.data.find((table) => table.tableName === name)?.inbound ?? true,
      rows: rows.get(name) ?? [],
    })),
  };
}
