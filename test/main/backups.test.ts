import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BackupStore,
  backupFileName,
  backupsToDelete,
  parseBackupName,
  ROTATION,
  type RotationOptions,
} from '../../src-main/backups';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);
const utcDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
const options: RotationOptions = { ...ROTATION, dayOf: utcDay };

function backupsAt(times: number[]): { name: string; createdAt: number }[] {
  return times.map((createdAt) => ({ name: backupFileName(new Date(createdAt)), createdAt }));
}

describe('backup names', () => {
  it('encode the UTC time without characters Windows forbids, and parse back', () => {
    const name = backupFileName(new Date(Date.UTC(2026, 10, 25, 14, 5, 9, 42)));
    expect(name).toBe('backup-2026-11-25T14-05-09-042Z.json');
    expect(parseBackupName(name)).toBe(Date.UTC(2026, 10, 25, 14, 5, 9, 42));
    expect(parseBackupName('backup-2026-11-25T14-05-09-042Z-manual.json')).toBe(
      Date.UTC(2026, 10, 25, 14, 5, 9, 42),
    );
  });

  it('refuse other files and impossible dates', () => {
    for (const name of [
      'settings.json',
      'backup-2026-11-25.json',
      'backup-2026-13-25T14-05-09-042Z.json',
      'backup-2026-02-30T14-05-09-042Z.json',
      '.backup-2026-11-25T14-05-09-042Z.json.partial',
      'backup-2026-11-25T14-05-09-042Z.json.bak',
    ]) {
      expect(parseBackupName(name), name).toBeNull();
    }
  });
});

describe('backupsToDelete', () => {
  it('keeps everything while there are at most ten backups', () => {
    const backups = backupsAt(Array.from({ length: 10 }, (_, i) => NOW - i * 40 * DAY));
    expect(backupsToDelete(backups, NOW, options)).toEqual([]);
  });

  it('keeps the ten newest of a busy day and nothing else from it', () => {
    const times = Array.from({ length: 24 }, (_, i) => NOW - i * 30 * 60 * 1000);
    const doomed = backupsToDelete(backupsAt(times), NOW, options);
    expect(doomed).toHaveLength(14);
    expect(doomed).toEqual(backupsAt(times.slice(10)).map((b) => b.name));
  });

  it('keeps the newest backup of each of the last 30 days and drops older days', () => {
    // Three backups a day (09:00, 12:00, 18:00 UTC) for 45 days.
    const times = Array.from({ length: 45 }, (_, day) =>
      [9, 12, 18].map((hour) => Date.UTC(2026, 10, 25 - day, hour)),
    ).flat();
    const backups = backupsAt(times);
    const doomed = new Set(backupsToDelete(backups, NOW, options));
    const kept = backups.filter((b) => !doomed.has(b.name)).map((b) => b.createdAt);

    // Ten newest: today's 09:00 and 12:00 (18:00 is in the future, also newest), then back.
    const newestTen = [...times].sort((a, b) => b - a).slice(0, 10);
    for (const time of newestTen) {
      expect(kept).toContain(time);
    }
    // One per day inside the window, the newest of that day (18:00).
    for (let day = 0; day < 30; day += 1) {
      expect(kept).toContain(Date.UTC(2026, 10, 25 - day, 18));
    }
    expect(kept).not.toContain(Date.UTC(2026, 10, 25 - 31, 18));
    expect(kept).not.toContain(Date.UTC(2026, 10, 25 - 20, 9));
    expect(kept.length).toBeLessThanOrEqual(10 + 31);
  });

  it('always keeps the newest ten and the newest of each recent day, and deletes only inputs', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: NOW - 60 * DAY, max: NOW }), { maxLength: 80 }),
        (times) => {
          const backups = backupsAt(times);
          const doomed = new Set(backupsToDelete(backups, NOW, options));
          const byAge = [...backups].sort((a, b) => b.createdAt - a.createdAt);
          for (const backup of byAge.slice(0, 10)) {
            expect(doomed.has(backup.name)).toBe(false);
          }
          const newestOfDay = new Map<string, string>();
          for (const backup of byAge) {
            const day = utcDay(backup.createdAt);
            if (backup.createdAt >= NOW - 30 * DAY && !newestOfDay.has(day)) {
              newestOfDay.set(day, backup.name);
            }
          }
          for (const name of newestOfDay.values()) {
            expect(doomed.has(name)).toBe(false);
          }
          const kept = backups.length - doomed.size;
          expect(kept).toBe(
            new Set([...byAge.slice(0, 10).map((b) => b.name), ...newestOfDay.values()]).size,
          );
        },
      ),
    );
  });
});

describe('BackupStore', () => {
  let folder: string;
  let now: number;
  const store = (): BackupStore => new BackupStore(folder, () => new Date(now));

  beforeEach(async () => {
    folder = join(await mkdtemp(join(tmpdir(), 'recall-backups-')), 'backups');
    now = NOW;
  });
  afterEach(async () => {
    await rm(join(folder, '..'), { recursive: true, force: true });
  });

  it('writes, lists newest first and reads back the same bytes', async () => {
    const seed = await readFile('test/data/notes/000_3af3aa1cc6fa0faa.txt');
    const first = await store().write(new Uint8Array(seed));
    now += HOUR;
    const second = await store().write(new TextEncoder().encode('{"formatName":"dexie"}'));

    expect(first).toEqual({
      name: 'backup-2026-11-25T14-00-00-000Z.json',
      createdAt: NOW,
      size: seed.byteLength,
    });
    expect(await store().list()).toEqual([second, first]);
    expect(Buffer.from(await store().read(first.name)).equals(seed)).toBe(true);
  });

  it('gives two backups written in the same millisecond different names', async () => {
    const a = await store().write(new Uint8Array([1]));
    const b = await store().write(new Uint8Array([2]));
    expect(a.name).not.toBe(b.name);
    expect(await store().read(a.name)).toEqual(new Uint8Array([1]));
    expect(await store().read(b.name)).toEqual(new Uint8Array([2]));
  });

  it('rotates after each write and leaves other files alone', async () => {
    await store().write(new Uint8Array([0]));
    await writeFile(join(folder, 'notes.txt'), 'mine');
    for (let i = 1; i <= 14; i += 1) {
      now += 10 * 60 * 1000;
      await store().write(new Uint8Array([i]));
    }
    const listed = await store().list();
    expect(listed).toHaveLength(10);
    expect(listed[0]?.createdAt).toBe(now);
    expect((await readdir(folder)).sort()).toContain('notes.txt');
    expect((await readdir(folder)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('lists nothing before the first backup', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('refuses names outside the backup pattern, so no path leaves the folder', async () => {
    await writeFile(join(folder, '..', 'secret.json'), 'secret');
    for (const name of [
      '../secret.json',
      'backup-../../secret.json',
      '/etc/passwd',
      'backup-2026-11-25T14-00-00-000Z.json/../../secret.json',
      'settings.json',
    ]) {
      await expect(store().read(name), name).rejects.toThrow();
    }
  });

  it('says which backup is missing', async () => {
    await expect(store().read('backup-2020-01-01T00-00-00-000Z.json')).rejects.toThrow(
      'No backup named backup-2020-01-01T00-00-00-000Z.json',
    );
  });
});
