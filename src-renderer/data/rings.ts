import type { RingFiles, RingName } from '../lib/ring/console';
import { fromBase64, toBase64 } from '../lib/ring/state';
import type { RecallDb } from './db';

/** What the calculator keeps per ring in the `rings` table: builder JSON and ring file. */
export interface StoredRing {
  builder: string | null;
  /** The `.ring.gz` bytes as base64, so backups (JSON) carry them unchanged. */
  ring: string | null;
}

export interface RingRecord {
  files: RingFiles;
  history: string[];
}

/** Console history kept per ring; older lines are dropped. */
export const HISTORY_LIMIT = 200;

export function toRecord(row: { state: unknown; history: string[] } | undefined): RingRecord {
  const state = (row?.state ?? {}) as Partial<StoredRing>;
  return {
    files: {
      builder: state.builder ?? null,
      ring: state.ring ? fromBase64(state.ring) : null,
    },
    history: row?.history ?? [],
  };
}

export async function saveRing(
  db: RecallDb,
  name: RingName,
  record: RingRecord,
  now: number,
): Promise<void> {
  const state: StoredRing = {
    builder: record.files.builder,
    ring: record.files.ring ? toBase64(record.files.ring) : null,
  };
  await db.rings.put({
    name,
    state,
    history: record.history.slice(-HISTORY_LIMIT),
    updatedAt: now,
  });
}

export async function readRing(db: RecallDb, name: RingName): Promise<RingRecord> {
  return toRecord(await db.rings.get(name));
}
