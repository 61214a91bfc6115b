/**
 * Study days as plain integers, so a year of statistics is array indexing rather than Date
 * arithmetic on a million timestamps. Day n is the study day whose local calendar date is
 * n days after 1970-01-01; it starts at the rollover hour (study-day.ts), so a review at 02:00
 * counts toward the day before, as the study screen counts it.
 */
import { DEFAULT_ROLLOVER_HOUR } from '../scheduler/study-day';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export class DayNumbering {
  /**
   * Time-zone offsets by clock hour: a Date per timestamp is the slow part. Logs come in time
   * order (the last hour answers most); due dates are spread over a few thousand hours.
   */
  private cachedHour = NaN;
  private cachedOffsetMs = 0;
  private readonly offsets = new Map<number, number>();

  constructor(readonly rolloverHour = DEFAULT_ROLLOVER_HOUR) {}

  /** Local wall-clock time of `epochMs`, as milliseconds since a local 1970-01-01 00:00. */
  private localMs(epochMs: number): number {
    const hour = Math.floor(epochMs / HOUR_MS);
    if (hour !== this.cachedHour) {
      let offset = this.offsets.get(hour);
      if (offset === undefined) {
        if (this.offsets.size > 100_000) {
          this.offsets.clear();
        }
        offset = new Date(epochMs).getTimezoneOffset() * MINUTE_MS;
        this.offsets.set(hour, offset);
      }
      this.cachedHour = hour;
      this.cachedOffsetMs = offset;
    }
    return epochMs - this.cachedOffsetMs;
  }

  dayOf(epochMs: number): number {
    return Math.floor((this.localMs(epochMs) - this.rolloverHour * HOUR_MS) / DAY_MS);
  }

  /** The local hour of day, 0–23 (not shifted by the rollover). */
  hourOf(epochMs: number): number {
    const local = this.localMs(epochMs);
    return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / HOUR_MS);
  }
}

/** The calendar date of a study day, `YYYY-MM-DD`. */
export function isoDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The month a study day falls in, counted from January 1970 (so months compare as numbers). */
export function monthOf(day: number): number {
  const date = new Date(day * DAY_MS);
  return date.getUTCFullYear() * 12 + date.getUTCMonth() - 1970 * 12;
}

/** The first study day of a month numbered as `monthOf` numbers them. */
export function firstDayOfMonth(month: number): number {
  return Date.UTC(1970 + Math.floor(month / 12), ((month % 12) + 12) % 12, 1) / DAY_MS;
}
