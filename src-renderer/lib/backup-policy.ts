/**
 * When to make automatic backups and when to remind a web user to download one. Pure: the caller
 * passes the time, the change counter and whether the app is in use.
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface AutoBackupOptions {
  /** Time the app must be in use between two backups. */
  intervalMs: number;
  /** How often the caller ticks. */
  tickMs: number;
  /**
   * A longer gap between two ticks means the machine slept or the timer was throttled: it is
   * not counted as use.
   */
  maxGapMs: number;
}

export const AUTO_BACKUP: AutoBackupOptions = {
  intervalMs: 30 * MINUTE,
  tickMs: MINUTE,
  maxGapMs: 3 * MINUTE,
};

/**
 * Backs up at start, then after every `intervalMs` of use in which the data changed. `changes`
 * is a counter that grows with every write; only its value at the last backup matters.
 */
export class AutoBackupPolicy {
  private usedMs = 0;
  private lastTick: number;
  /** The change counter the newest backup covers; null until one succeeds. */
  private covered: number | null = null;
  private startDone = false;

  constructor(
    now: number,
    private readonly options: AutoBackupOptions = AUTO_BACKUP,
  ) {
    this.lastTick = now;
  }

  /** Whether to back up now. The caller reports the result with `succeeded` or `failed`. */
  due(now: number, changes: number, inUse: boolean): boolean {
    const gap = now - this.lastTick;
    this.lastTick = now;
    if (inUse && gap > 0 && gap <= this.options.maxGapMs) {
      this.usedMs += gap;
    }
    if (!this.startDone) {
      this.startDone = true;
      return true;
    }
    return this.usedMs >= this.options.intervalMs && changes !== this.covered;
  }

  /** `changes` is the counter's value when the backup began: later writes are not in it. */
  succeeded(changes: number): void {
    this.covered = changes;
    this.usedMs = 0;
  }

  /** A failed backup is retried after another interval of use, not on every tick. */
  failed(): void {
    this.usedMs = 0;
  }
}

export type DownloadReminder =
  { kind: 'never' } | { kind: 'recent'; at: number } | { kind: 'stale'; at: number; days: number };

export const REMIND_AFTER_DAYS = 7;

/** What the web build says about the last downloaded backup: it urges one after a week. */
export function downloadReminder(lastDownloadAt: number | null, now: number): DownloadReminder {
  if (lastDownloadAt === null || !Number.isFinite(lastDownloadAt)) {
    return { kind: 'never' };
  }
  const elapsed = now - lastDownloadAt;
  return elapsed > REMIND_AFTER_DAYS * DAY
    ? { kind: 'stale', at: lastDownloadAt, days: Math.floor(elapsed / DAY) }
    : { kind: 'recent', at: lastDownloadAt };
}
