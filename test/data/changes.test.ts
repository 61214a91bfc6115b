import { describe, expect, it } from 'vitest';
import { watchChanges } from '../../src-renderer/data/changes';
import { testDb } from './helpers';

describe('watchChanges', () => {
  it('reports committed writes to its own database only, until stopped', async () => {
    const db = testDb();
    const other = testDb();
    // Opening runs the schema upgrade, itself a write.
    await Promise.all([db.open(), other.open()]);
    let changes = 0;
    const stop = watchChanges(db, () => changes++);
    await db.meta.put({ key: 'a', value: 1 });
    await other.meta.put({ key: 'b', value: 1 });
    await db.transaction('rw', db.meta, db.rings, async () => {
      await db.meta.put({ key: 'c', value: 1 });
      await db.meta.delete('a');
    });
    expect(changes).toBe(2);
    await db.meta.get('c');
    expect(changes).toBe(2);
    stop();
    await db.meta.put({ key: 'd', value: 1 });
    expect(changes).toBe(2);
  });
});
