import type { BackupInfo } from '../../lib/ipc/contract';
import {
  exportBackup,
  inspectBackup,
  isBackupRefusal,
  restoreBackup,
  type BackupContents,
  type BackupProblem,
} from '../../data/backup';
import { downloadReminder } from '../../lib/backup-policy';
import type { MessageKey } from '../../lib/i18n';
import { measured } from '../../lib/perf';
import type { AppState } from '../app-state.svelte';

const LAST_DOWNLOAD_KEY = 'recall-deck:last-backup-download';

const PROBLEM_KEYS: Record<BackupProblem, MessageKey> = {
  'not-backup': 'backup.problem.not-backup',
  'other-database': 'backup.problem.other-database',
  'newer-version': 'backup.problem.newer-version',
  'older-version': 'backup.problem.older-version',
  damaged: 'backup.problem.damaged',
  'import-failed': 'backup.problem.import-failed',
};

export interface PendingRestore {
  file: string;
  bytes: Uint8Array;
  contents: BackupContents;
}

function readLastDownload(): number | null {
  const saved = Number(localStorage.getItem(LAST_DOWNLOAD_KEY));
  return saved > 0 ? saved : null;
}

function localDate(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The Backups section's state and actions, for both hosts (Electron's folder, web downloads). */
export class BackupsState {
  list = $state<BackupInfo[]>([]);
  progress = $state<{ key: 'backup.backingUp' | 'backup.restoring'; percent: number } | null>(null);
  message = $state<string | null>(null);
  problem = $state<string | null>(null);
  pending = $state.raw<PendingRestore | null>(null);
  lastDownloadAt = $state<number | null>(readLastDownload());

  constructor(private readonly app: AppState) {}

  get reminder() {
    return downloadReminder(this.lastDownloadAt, this.app.clock.now().getTime());
  }

  get folder() {
    return this.app.bridge.backups;
  }

  /** Not through `run`: an automatic backup landing must not clear what an action reported. */
  async refresh(): Promise<void> {
    try {
      this.list = (await this.folder?.list()) ?? [];
    } catch (error) {
      this.app.fail(error);
    }
  }

  /** Electron: a backup into the folder; web: a download. */
  async backUpNow(): Promise<void> {
    await this.run(async () => {
      this.showProgress('backup.backingUp', 0, 0);
      const bytes = await this.exportWithProgress();
      const size = this.formatSize(bytes.byteLength);
      if (this.folder) {
        await this.folder.write(bytes);
        this.list = await this.folder.list();
        this.message = this.app.t('backup.saved', { size });
      } else if (await this.download(bytes, 'backup')) {
        this.message = this.app.t('backup.downloaded', { size });
      }
    });
  }

  async chooseFile(): Promise<void> {
    await this.run(async () => {
      const [picked] = await this.app.bridge.openFiles({ extensions: ['json'], multiple: false });
      if (picked) {
        await this.ask(picked.name, picked.bytes);
      }
    });
  }

  async chooseBackup(info: BackupInfo): Promise<void> {
    await this.run(async () => {
      if (this.folder) {
        await this.ask(info.name, await this.folder.read(info.name));
      }
    });
  }

  async confirm(): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (!pending) {
      return;
    }
    await this.run(async () => {
      // Busy from the first check on: the backup of the current data comes before any progress.
      this.showProgress('backup.restoring', 0, 0);
      const folder = this.folder;
      const contents = await measured('backup-restore', () =>
        restoreBackup(this.app.db, pending.bytes, {
          file: pending.file,
          backupCurrent: (bytes) =>
            folder ? folder.write(bytes) : this.download(bytes, 'before-restore'),
          onProgress: (done, total) => this.showProgress('backup.restoring', done, total),
        }),
      );
      this.list = (await folder?.list()) ?? [];
      this.message = this.app.t('backup.restored', {
        file: pending.file,
        cards: contents.rowCounts.cards ?? 0,
        reviews: contents.rowCounts.logs ?? 0,
      });
    });
  }

  cancel(): void {
    this.pending = null;
  }

  /** Seconds tell apart backups made within the same minute (start, then "Back up now"). */
  formatDate(time: number, precise = false): string {
    return new Intl.DateTimeFormat(this.app.locale, {
      dateStyle: 'medium',
      timeStyle: precise ? 'medium' : 'short',
    }).format(time);
  }

  formatSize(bytes: number): string {
    const [value, unit] =
      bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / 1048576, 'megabyte'];
    return new Intl.NumberFormat(this.app.locale, {
      style: 'unit',
      unit,
      maximumFractionDigits: 1,
    }).format(value);
  }

  private async ask(file: string, bytes: Uint8Array): Promise<void> {
    this.pending = { file, bytes, contents: await inspectBackup(this.app.db, bytes, file) };
  }

  private exportWithProgress(): Promise<Uint8Array<ArrayBuffer>> {
    // bench/backup.bench.ts reads this mark (and 'backup-restore') to time the real app.
    return measured('backup-export', () =>
      exportBackup(this.app.db, (done, total) =>
        this.showProgress('backup.backingUp', done, total),
      ),
    );
  }

  private async download(bytes: Uint8Array<ArrayBuffer>, kind: string): Promise<boolean> {
    const now = this.app.clock.now().getTime();
    const saved = await this.app.bridge.saveFile({
      suggestedName: `recall-deck-${kind}-${localDate(now)}.json`,
      bytes,
    });
    if (saved) {
      localStorage.setItem(LAST_DOWNLOAD_KEY, String(now));
      this.lastDownloadAt = now;
    }
    return saved;
  }

  private showProgress(key: 'backup.backingUp' | 'backup.restoring', done: number, total: number) {
    this.progress = { key, percent: total ? Math.round((100 * done) / total) : 0 };
  }

  /** One action at a time; a refused file is explained in the section, anything else in the banner. */
  private async run(action: () => Promise<void>): Promise<void> {
    this.message = null;
    this.problem = null;
    try {
      await action();
    } catch (error) {
      if (isBackupRefusal(error)) {
        this.problem = this.app.t(PROBLEM_KEYS[error.problem], {
          file: error.location.file ?? '',
          ...error.params,
        });
      } else {
        this.app.fail(error);
      }
    } finally {
      this.progress = null;
    }
  }
}
