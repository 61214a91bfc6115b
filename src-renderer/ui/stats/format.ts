/** Numbers, shares and study days as the screen's language writes them. */
import type { Locale } from '../../lib/i18n';
import { DAY_MS } from '../../lib/stats/day-numbers';

export class StatsFormat {
  private readonly number: Intl.NumberFormat;
  private readonly decimal: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;
  private readonly shortDate: Intl.DateTimeFormat;
  private readonly monthName: Intl.DateTimeFormat;

  constructor(readonly locale: Locale) {
    this.number = new Intl.NumberFormat(locale);
    this.decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    this.percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    // study days are calendar dates: formatted in UTC, where day n starts at n × 24 h
    this.shortDate = new Intl.DateTimeFormat(locale, {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    this.monthName = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
  }

  count(value: number): string {
    return this.number.format(value);
  }

  /** One decimal at most: averages. */
  mean(value: number | null): string {
    return value === null ? '–' : this.decimal.format(value);
  }

  share(value: number | null): string {
    return value === null ? '–' : this.percent.format(value);
  }

  day(day: number): string {
    return this.shortDate.format(new Date(day * DAY_MS));
  }

  month(day: number): string {
    return this.monthName.format(new Date(day * DAY_MS));
  }

  minutes(ms: number): string {
    return this.number.format(Math.round(ms / 60_000));
  }
}
