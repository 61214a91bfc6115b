/**
 * Automatic backups: whole-database exports the renderer hands over, stored as
 * `backup-<UTC time>.json` in one folder (userData/backups in the app, a temp folder in tests).
 */
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backupName, type BackupInfo } from '../src-renderer/lib/ipc/contract';

export const ROTATION = { keepRecent: 10, keepDays: 30 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const NAME_PATTERN =
  /^backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-[a-z]+)?\.json$/;

/** ISO time with `:` and `.` turned into `-`, which Windows forbids in file names. */
export function backupFileName(date: Date): string {
  return `backup-${date.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** The creation time a backup's name records, or null for any other file. */
export function parseBackupName(name: string): number | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) {
    return null;
  }
  const [year, month, day, hour, minute, second, ms] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return backupFileName(new Date(time)) === name.replace(/-[a-z]+\.json$/, '.json') ? time : null;
}

export function localDay(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

export interface RotationOptions {
  keepRecent: number;
  keepDays: number;
  /** Which calendar day a time falls on; the user's local day by default. */
  dayOf: (time: number) => string;
}

/**
 * Names to delete: everything except the `keepRecent` newest backups and the newest backup of
 * each day within the last `keepDays` days.
 */
export function backupsToDelete(
  backups: readonly { name: string; createdAt: number }[],
  now: number,
  options: RotationOptions = { ...ROTATION, dayOf: localDay },
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt);
  const keep = new Set(newestFirst.slice(0, options.keepRecent).map((b) => b.name));
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    if (backup.createdAt < now - options.keepDays * DAY_MS) {
      break;
    }
    const day = options.dayOf(backup.createdAt);
    if (!daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(backup.name);
    }
  }
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

export class BackupStore {
  constructor(
    readonly folder: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async write(bytes: Uint8Array): Promise<BackupInfo> {
    await mkdir(this.folder, { recursive: true });
    let created = this.clock();
    // Two writes in the same millisecond must not overwrite each other.
    while (await this.exists(backupFileName(created))) {
      created = new Date(created.getTime() + 1);
    }
    const name = backupFileName(created);
    // Written aside then renamed, so a crash never leaves a truncated file that looks complete.
    const partial = join(this.folder, `.${name}.partial`);
    await writeFile(partial, bytes);
    await rename(partial, join(this.folder, name));
    await this.rotate(created.getTime());
    return { name, createdAt: created.getTime(), size: bytes.byteLength };
  }

  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return [];
      }
      throw error;
    }
    const infos = await Promise.all(
      names.map(async (name): Promise<BackupInfo | null> => {
        const createdAt = parseBackupName(name);
        if (createdAt === null) {
          return null;
        }
        const { size } = await stat(join(this.folder, name));
        return { name, createdAt, size };
      }),
    );
    return infos
      .filter((info): info is BackupInfo => info !== null)
      .sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Refuses any name that is not a backup's (so no `../` and no other file of userData). */
  async read(name: string): Promise<Uint8Array> {
    const checked = backupName.parse(name);
    if (parseBackupName(checked) === null) {
      throw new Error(`Not a backup name: ${name}`);
    }
    try {
      return new Uint8Array(await readFile(join(this.folder, checked)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error(`No backup named ${checked}`, { cause: error });
      }
      throw error;
    }
  }

  private async rotate(now: number): Promise<void> {
    const doomed = backupsToDelete(await this.list(), now);
    await Promise.all(doomed.map((name) => unlink(join(this.folder, name))));
  }

  private async exists(name: string): Promise<boolean> {
    try {
      await stat(join(this.folder, name));
      return true;
    } catch {
      return false;
    }
  }
}
