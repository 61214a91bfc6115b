import { describe, expect, it } from 'vitest';
import {
  AUTO_BACKUP,
  AutoBackupPolicy,
  downloadReminder,
} from '../../src-renderer/lib/backup-policy';
import { fixedClock } from '../../src-renderer/lib/clock';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const START = new Date('2026-11-25T10:00:00+09:00');

/**
 * Drives the policy the way the app does: one tick a minute, a backup whenever it says so.
 * Returns the minutes (since the start) at which backups were made.
 */
function simulate(
  minutes: number,
  options: {
    changesAt?: (minute: number) => number;
    inUse?: (minute: number) => boolean;
    fails?: (minute: number) => boolean;
  } = {},
): number[] {
  const { changesAt = () => 0, inUse = () => true, fails = () => false } = options;
  const clock = fixedClock(START);
  const policy = new AutoBackupPolicy(clock.now().getTime());
  const backups: number[] = [];
  for (let minute = 0; minute <= minutes; minute++) {
    const changes = changesAt(minute);
    if (policy.due(clock.now().getTime(), changes, inUse(minute))) {
      if (fails(minute)) {
        policy.failed();
      } else {
        backups.push(minute);
        policy.succeeded(changes);
      }
    }
    clock.advance(AUTO_BACKUP.tickMs);
  }
  return backups;
}

describe('automatic backups', () => {
  it('back up at start, and not again while nothing changes', () => {
    expect(simulate(300)).toEqual([0]);
  });

  it('back up every 30 minutes of use while the data keeps changing', () => {
    // One review a minute.
    expect(simulate(100, { changesAt: (m) => m })).toEqual([0, 30, 60, 90]);
  });

  it('back up at the first change once 30 minutes of use have passed', () => {
    // Studied for 5 minutes at minute 50, nothing else.
    const changesAt = (m: number) => (m < 50 ? 0 : Math.min(m - 49, 5));
    expect(simulate(120, { changesAt })).toEqual([0, 50, 80]);
  });

  it('count only time in use: a hidden window does not run the 30 minutes down', () => {
    const inUse = (m: number) => m < 10 || m >= 70;
    expect(simulate(100, { changesAt: (m) => m, inUse })).toEqual([0, 90]);
  });

  it('do not count a sleeping machine as use', () => {
    const clock = fixedClock(START);
    const policy = new AutoBackupPolicy(clock.now().getTime());
    expect(policy.due(clock.now().getTime(), 0, true)).toBe(true);
    policy.succeeded(0);
    clock.advance(5 * 60 * MINUTE);
    expect(policy.due(clock.now().getTime(), 3, true)).toBe(false);
    for (let m = 1; m < 30; m++) {
      clock.advance(MINUTE);
      expect(policy.due(clock.now().getTime(), 3, true), `minute ${m}`).toBe(false);
    }
    clock.advance(MINUTE);
    expect(policy.due(clock.now().getTime(), 3, true)).toBe(true);
  });

  it('retry a failed backup after another 30 minutes of use, not on every tick', () => {
    const fails = (m: number) => m === 0 || m === 30;
    expect(simulate(100, { changesAt: (m) => m, fails })).toEqual([60, 90]);
  });

  it('after a failed start backup, back up later even if nothing changed', () => {
    expect(simulate(40, { fails: (m) => m === 0 })).toEqual([30]);
  });

  it('a change made while a backup runs is covered by the next one', () => {
    const clock = fixedClock(START);
    const policy = new AutoBackupPolicy(clock.now().getTime());
    expect(policy.due(clock.now().getTime(), 0, true)).toBe(true);
    // The backup began at counter 0; a grade landed before it finished.
    policy.succeeded(0);
    for (let m = 1; m < 30; m++) {
      clock.advance(MINUTE);
      expect(policy.due(clock.now().getTime(), 1, true)).toBe(false);
    }
    clock.advance(MINUTE);
    expect(policy.due(clock.now().getTime(), 1, true)).toBe(true);
  });
});

describe('download reminder (web build)', () => {
  const now = START.getTime();

  it('urges a first download', () => {
    expect(downloadReminder(null, now)).toEqual({ kind: 'never' });
    expect(downloadReminder(Number.NaN, now)).toEqual({ kind: 'never' });
  });

  it('is quiet for a week, then urges a fresh download', () => {
    expect(downloadReminder(now - 7 * DAY, now)).toEqual({ kind: 'recent', at: now - 7 * DAY });
    expect(downloadReminder(now - 7 * DAY - 1, now)).toEqual({
      kind: 'stale',
      at: now - 7 * DAY - 1,
      days: 7,
    });
    expect(downloadReminder(now - 40 * DAY, now)).toMatchObject({ kind: 'stale', days: 40 });
  });
});
