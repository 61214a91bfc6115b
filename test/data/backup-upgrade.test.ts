// @vitest-environment jsdom
// dexie-export-import reads `self` when loaded and files through FileReader: Node 20 has neither.
import { exportDB } from 'dexie-export-import';
import { describe, expect, it } from 'vitest';
import { inspectBackup, restoreBackup } from '../../src-renderer/data/backup';
import { deckOptions } from '../../src-renderer/data/presets';
import { DEFAULT_PRESET_ID } from '../../src-renderer/data/schema';
import { stableCardId } from '../../src-renderer/lib/cards/id';
import { appDbNamed, releasedV1Db } from './helpers';

const TOP = 'OPCEL 252';
const SWIFT = 'OPCEL 252::オブジェクトストレージ (Swift)';
const FILE = 'backup-2026-11-20T01-00-00-000Z.json';

/** A backup as version 1 of the app wrote it: limits on the decks, no presets table. */
async function versionOneBackup(name: string): Promise<Uint8Array> {
  const old = releasedV1Db(name);
  const id = stableCardId(SWIFT, 'swift-ring-builder object.builder rebalance');
  await old.table('decks').bulkAdd([
    { name: TOP, ord: 1, newPerDay: 20, reviewsPerDay: 200, createdAt: 1 },
    { name: SWIFT, ord: 2, newPerDay: 10, reviewsPerDay: 100, createdAt: 1 },
  ]);
  await old.table('cards').add({
    id,
    deck: SWIFT,
    front: 'swift-ring-builder object.builder rebalance',
    back: 'Reassigns partitions after devices were added, removed or reweighted.',
    kind: 'basic',
    tags: [],
    position: 1,
    createdAt: 1,
    updatedAt: 1,
  });
  await old.table('schedules').add({
    cardId: id,
    deck: SWIFT,
    queue: 'new',
    state: 'new',
    due: 1,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
  });
  const bytes = new Uint8Array(await (await exportDB(old)).arrayBuffer());
  await old.delete();
  return bytes;
}

describe('restoring an older backup', () => {
  it('restores a version 1 backup, its daily limits becoming presets', async () => {
    const name = `backup-v1-${Date.now()}`;
    const bytes = await versionOneBackup(name);
    const db = appDbNamed(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await inspectBackup(db, bytes, FILE)).toMatchObject({ databaseVersion: 1 });

    await restoreBackup(db, bytes, { file: FILE, backupCurrent: async () => {} });
    expect(await db.cards.count()).toBe(1);
    expect(await db.schedules.count()).toBe(1);
    expect(await deckOptions(db, TOP)).toMatchObject({ id: DEFAULT_PRESET_ID, newPerDay: 20 });
    const swift = await deckOptions(db, SWIFT);
    expect(swift).toMatchObject({
      name: 'オブジェクトストレージ (Swift)',
      newPerDay: 10,
      reviewsPerDay: 100,
    });
    expect(swift.id).not.toBe(DEFAULT_PRESET_ID);
    expect(await db.decks.get(SWIFT)).not.toHaveProperty('newPerDay');
    db.close();
  });
});
