import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DayNumbering,
  firstDayOfMonth,
  isoDateOf,
  monthOf,
} from '../../../src-renderer/lib/stats/day-numbers';
import { studyDayOf } from '../../../src-renderer/lib/scheduler/study-day';

const local = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();

describe('DayNumbering', () => {
  const days = new DayNumbering(4);

  it('counts a review before the 04:00 rollover toward the day before', () => {
    expect(isoDateOf(days.dayOf(local(11, 25, 10)))).toBe('2026-11-25');
    expect(isoDateOf(days.dayOf(local(11, 25, 3, 59)))).toBe('2026-11-24');
    expect(days.dayOf(local(11, 25, 4))).toBe(days.dayOf(local(11, 25, 3, 59)) + 1);
  });

  it('gives the local hour, not shifted by the rollover', () => {
    expect(days.hourOf(local(11, 25, 3, 59))).toBe(3);
    expect(days.hourOf(local(11, 25, 23, 30))).toBe(23);
    expect(days.hourOf(local(11, 25, 0, 0))).toBe(0);
  });

  it('honours another rollover hour', () => {
    expect(isoDateOf(new DayNumbering(0).dayOf(local(11, 25, 1)))).toBe('2026-11-25');
  });

  describe('across daylight saving time (Europe/Berlin)', () => {
    const saved = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = 'Europe/Berlin';
    });
    afterAll(() => {
      process.env.TZ = saved;
    });

    it('agrees with studyDayOf on every study day of a year', () => {
      // summer time: the zone really switched, so the day boundaries move by an hour twice
      expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(-120);
      const numbering = new DayNumbering(4);
      for (let d = 0; d < 366; d++) {
        const noon = new Date(2026, 0, 1 + d, 12);
        const { start, end } = studyDayOf(noon, 4);
        const day = numbering.dayOf(noon.getTime());
        expect(numbering.dayOf(start)).toBe(day);
        expect(numbering.dayOf(start - 1)).toBe(day - 1);
        expect(numbering.dayOf(end)).toBe(day + 1);
        expect(isoDateOf(day)).toBe(
          `${noon.getFullYear()}-${String(noon.getMonth() + 1).padStart(2, '0')}-${String(noon.getDate()).padStart(2, '0')}`,
        );
      }
    });

    it('reads the hour in summer and winter time', () => {
      const numbering = new DayNumbering(4);
      expect(numbering.hourOf(new Date(2026, 6, 1, 9, 30).getTime())).toBe(9);
      expect(numbering.hourOf(new Date(2026, 0, 1, 9, 30).getTime())).toBe(9);
    });
  });
});

describe('months', () => {
  it('numbers months from January 1970 and finds their first day', () => {
    const day = new DayNumbering(4).dayOf(local(11, 25, 10));
    expect(monthOf(day)).toBe((2026 - 1970) * 12 + 10);
    expect(isoDateOf(firstDayOfMonth(monthOf(day)))).toBe('2026-11-01');
    expect(isoDateOf(firstDayOfMonth(monthOf(day) + 2))).toBe('2027-01-01');
    expect(isoDateOf(firstDayOfMonth(-1))).toBe('1969-12-01');
  });
});
