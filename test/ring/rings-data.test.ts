import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, readRing, saveRing } from '../../src-renderer/data/rings';
import { runInMemory } from '../../src-renderer/lib/ring/console';
import { fflateGunzip } from '../../src-renderer/lib/ring/portable-gzip';
import { deserializeRing } from '../../src-renderer/lib/ring/ring-file';
import { testDb } from '../data/helpers';

describe('rings table', () => {
  it('keeps each ring’s builder, ring file and history apart, and the ring bytes intact', async () => {
    const db = testDb();
    const now = Date.UTC(2026, 10, 25);
    let files = { builder: null as string | null, ring: null as Uint8Array | null };
    for (const args of [
      ['create', '6', '2', '1'],
      ['add', 'r1z1-10.0.0.1:6200/sdb1', '100', 'r1z2-10.0.0.2:6200/sdb1', '100'],
      ['rebalance', '--seed', '1'],
    ]) {
      files = runInMemory('container', args, files, now).files;
    }
    const history = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => `cmd ${i}`);
    await saveRing(db, 'container', { files, history }, now);

    const container = await readRing(db, 'container');
    expect(container.files.builder).toBe(files.builder);
    expect(container.files.ring).toEqual(files.ring);
    expect(
      deserializeRing(container.files.ring ?? new Uint8Array(), fflateGunzip).replica2part2dev,
    ).toHaveLength(2);
    expect(container.history).toHaveLength(HISTORY_LIMIT);
    expect(container.history.at(-1)).toBe(`cmd ${HISTORY_LIMIT + 4}`);

    const object = await readRing(db, 'object');
    expect(object).toEqual({ files: { builder: null, ring: null }, history: [] });
  });
});
