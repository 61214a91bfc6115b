import type { BackupApi } from '../../lib/ipc/contract';
import { watchChanges } from '../../data/changes';
import { AUTO_BACKUP, AutoBackupPolicy } from '../../lib/backup-policy';
import type { AppState } from '../app-state.svelte';
import { autoBackups } from './auto-backup-count.svelte';

/** A first start has nothing to keep yet: the shipped decks come in right after. */
async function backUp(app: AppState, folder: BackupApi): Promise<void> {
  if ((await app.db.cards.count()) > 0) {
    // dexie-export-import stays out of the start-up bundle; only the desktop app backs up.
    const { exportBackup } = await import('../../data/backup');
    await folder.write(await exportBackup(app.db));
    autoBackups.written++;
  }
}

/**
 * Automatic backups into the host's backup folder (Electron only): one at start, then as the
 * policy says. The app is in use while its window is visible. Returns a stop function.
 */
export function startAutoBackups(app: AppState): () => void {
  const folder = app.bridge.backups;
  if (!folder) {
    return () => {};
  }
  let changes = 0;
  let running = false;
  const stopWatching = watchChanges(app.db, () => changes++);
  const policy = new AutoBackupPolicy(app.clock.now().getTime());

  const tick = () => {
    const now = app.clock.now().getTime();
    if (running || !policy.due(now, changes, document.visibilityState === 'visible')) {
      return;
    }
    running = true;
    const covered = changes;
    backUp(app, folder)
      .then(
        () => policy.succeeded(covered),
        (error: unknown) => {
          policy.failed();
          app.fail(error, 'backup.autoFailed');
        },
      )
      .finally(() => {
        running = false;
      });
  };

  tick();
  const timer = setInterval(tick, AUTO_BACKUP.tickMs);
  return () => {
    clearInterval(timer);
    stopWatching();
  };
}
