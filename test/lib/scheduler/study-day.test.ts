import { describe, expect, it } from 'vitest';
import { studyDayOf } from '../../../src-renderer/lib/scheduler/study-day';
import { formatInterval } from '../../../src-renderer/lib/scheduler/interval';

describe('studyDayOf', () => {
  it('rolls the study day over at 04:00 local time', () => {
    const lateNight = studyDayOf(new Date(2026, 10, 25, 3, 59));
    const morning = studyDayOf(new Date(2026, 10, 25, 4, 0));
    expect(lateNight.start).toBe(new Date(2026, 10, 24, 4, 0).getTime());
    expect(lateNight.end).toBe(morning.start);
    expect(morning.end).toBe(new Date(2026, 10, 26, 4, 0).getTime());
  });

  it('honours another rollover hour', () => {
    expect(studyDayOf(new Date(2026, 10, 25, 1, 0), 0).start).toBe(
      new Date(2026, 10, 25, 0, 0).getTime(),
    );
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, '<1m'],
    [10 * 60_000, '10m'],
    [3 * 3_600_000, '3h'],
    [4 * 86_400_000, '4d'],
    [45 * 86_400_000, '1.5mo'],
    [800 * 86_400_000, '2.2y'],
  ])('%i ms is %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
