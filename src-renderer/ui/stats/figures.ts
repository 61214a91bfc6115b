/**
 * The statistics reports turned into what a chart draws and what its table lists: labels, series
 * and rows, in the screen's language. DOM-free, so it is tested without a browser.
 */
import type { Translate } from '../../lib/i18n';
import { RATINGS } from '../../lib/scheduler/types';
import type { CardCounts, Forecast, Histogram } from '../../lib/stats/card-stats';
import { DAY_MS, monthOf } from '../../lib/stats/day-numbers';
import {
  BUTTON_GROUPS,
  retentionRate,
  type ButtonCounts,
  type Calendar,
  type HourCounts,
  type RetentionRow,
} from '../../lib/stats/log-stats';
import type { StatsFormat } from './format';

/** Theme variables (theme.css) a series takes its colour from. */
export type ThemeColor = '--again' | '--hard' | '--good' | '--easy' | '--accent' | '--muted';

export interface Series {
  label: string;
  data: (number | null)[];
  color: ThemeColor;
  /** Drawn lighter: young against mature. */
  faint?: boolean;
  /** A line over bars; on the percent axis when `percent`. */
  line?: boolean;
  percent?: boolean;
}

export interface TableSpec {
  columns: string[];
  rows: { head: string; cells: string[] }[];
}

export interface ChartSpec {
  kind: 'bar' | 'line' | 'doughnut';
  labels: string[];
  series: Series[];
  stacked?: boolean;
  table: TableSpec;
}

export interface Figures {
  t: Translate;
  f: StatsFormat;
}

export function forecastChart(
  { t, f }: Figures,
  forecast: Forecast,
  today: number,
  days: number,
): ChartSpec {
  const slice = (values: number[]) => values.slice(0, days);
  const groups = [
    ['learning', slice(forecast.learning), '--hard', false],
    ['young', slice(forecast.young), '--good', true],
    ['mature', slice(forecast.mature), '--good', false],
  ] as const;
  const labels = Array.from({ length: days }, (_, i) =>
    i === 0 ? t('stats.forecast.today') : f.day(today + i),
  );
  // a table of 365 days says less than one of 53 weeks: beyond a month, rows are weeks
  const step = days > 31 ? 7 : 1;
  const rows = [];
  for (let start = 0; start < days; start += step) {
    const end = Math.min(days, start + step);
    const sums = groups.map(([, values]) => values.slice(start, end).reduce((a, b) => a + b, 0));
    rows.push({
      head: start === 0 && step === 1 ? t('stats.forecast.today') : f.day(today + start),
      cells: [...sums, sums.reduce((a, b) => a + b, 0)].map((n) => f.count(n)),
    });
  }
  return {
    kind: 'bar',
    stacked: true,
    labels,
    series: groups.map(([kind, data, color, faint]) => ({
      label: t(`stats.kind.${kind}`),
      data,
      color,
      faint,
    })),
    table: {
      columns: [
        t(step === 1 ? 'stats.forecast.day' : 'stats.forecast.week'),
        ...groups.map(([kind]) => t(`stats.kind.${kind}`)),
        t('stats.total'),
      ],
      rows,
    },
  };
}

export function forecastSummary({ t, f }: Figures, forecast: Forecast, days: number): string {
  const total = (i: number) => forecast.learning[i]! + forecast.young[i]! + forecast.mature[i]!;
  let sum = 0;
  for (let i = 0; i < days; i++) {
    sum += total(i);
  }
  return t('stats.forecast.summary', {
    tomorrow: f.count(total(1)),
    average: f.mean(sum / days),
    overdue: f.count(forecast.overdue),
  });
}

export function retentionChart(
  { t, f }: Figures,
  rows: RetentionRow[],
  unit: 'week' | 'month',
): ChartSpec {
  const label = (row: RetentionRow) => (unit === 'month' ? f.month(row.from) : f.day(row.from));
  const kinds = [
    ['young', t('stats.kind.young'), true],
    ['mature', t('stats.kind.mature'), false],
  ] as const;
  return {
    kind: 'line',
    labels: rows.map(label),
    series: kinds.map(([key, name, faint]) => ({
      label: name,
      data: rows.map((row) => retentionRate(row[key])),
      color: '--good',
      faint,
      percent: true,
    })),
    table: {
      columns: [
        t('stats.retention.period'),
        ...kinds.flatMap(([, kind]) => [
          t('stats.retention.passed', { kind }),
          t('stats.retention.total', { kind }),
          t('stats.retention.rate', { kind }),
        ]),
        t('stats.retention.rate', { kind: t('stats.total') }),
      ],
      rows: rows.map((row) => ({
        head: unit === 'month' ? f.month(row.from) : `${f.day(row.from)} – ${f.day(row.to)}`,
        cells: [
          ...kinds.flatMap(([key]) => [
            f.count(row[key].passed),
            f.count(row[key].total),
            f.share(retentionRate(row[key])),
          ]),
          f.share(
            retentionRate({
              passed: row.young.passed + row.mature.passed,
              total: row.young.total + row.mature.total,
            }),
          ),
        ],
      })),
    },
  };
}

const COUNT_COLORS: Record<keyof CardCounts, [ThemeColor, boolean]> = {
  new: ['--easy', false],
  learning: ['--hard', false],
  relearning: ['--again', false],
  young: ['--good', true],
  mature: ['--good', false],
  suspended: ['--muted', false],
  buried: ['--muted', true],
};

export function countsChart({ t, f }: Figures, counts: CardCounts): ChartSpec {
  const states = Object.keys(COUNT_COLORS) as (keyof CardCounts)[];
  const total = states.reduce((sum, state) => sum + counts[state], 0);
  return {
    kind: 'doughnut',
    labels: states.map((state) => t(`stats.kind.${state}`)),
    // a doughnut's colours go per slice: one series per state, each with one value in its slot
    series: states.map((state, i) => ({
      label: t(`stats.kind.${state}`),
      data: states.map((_, j) => (i === j ? counts[state] : null)),
      color: COUNT_COLORS[state][0],
      faint: COUNT_COLORS[state][1],
    })),
    table: {
      columns: [t('stats.counts.state'), t('stats.counts.cards'), t('stats.counts.share')],
      rows: [
        ...states.map((state) => ({
          head: t(`stats.kind.${state}`),
          cells: [f.count(counts[state]), f.share(total ? counts[state] / total : null)],
        })),
        { head: t('stats.total'), cells: [f.count(total), f.share(total ? 1 : null)] },
      ],
    },
  };
}

/** Bin labels: `3`, `4–7`, …, `731+` for days; `0–10%`, … for shares. */
export function binLabels(bounds: readonly number[], asShare: boolean): string[] {
  return bounds.map((bound, i) => {
    const next = bounds[i + 1];
    if (asShare) {
      return `${Math.round(bound * 100)}–${Math.round((next ?? 1) * 100)}%`;
    }
    if (next === undefined) {
      return `${bound}+`;
    }
    return next - bound === 1 ? String(bound) : `${bound}–${next - 1}`;
  });
}

export function histogramChart(
  { t, f }: Figures,
  histogram: Histogram,
  asShare: boolean,
  color: ThemeColor,
): ChartSpec {
  const labels = binLabels(histogram.bounds, asShare);
  return {
    kind: 'bar',
    labels,
    series: [{ label: t('stats.cardCount'), data: histogram.counts, color }],
    table: {
      columns: [t(asShare ? 'stats.range' : 'stats.days'), t('stats.cardCount')],
      rows: labels.map((head, i) => ({ head, cells: [f.count(histogram.counts[i]!)] })),
    },
  };
}

const RATING_COLORS: ThemeColor[] = ['--again', '--hard', '--good', '--easy'];

export function buttonsChart({ t, f }: Figures, buttons: ButtonCounts): ChartSpec {
  const groups = BUTTON_GROUPS.map((group) => t(`stats.kind.${group}`));
  return {
    kind: 'bar',
    labels: groups,
    series: RATINGS.map((rating, i) => ({
      label: t(`stats.rating.${rating}`),
      data: BUTTON_GROUPS.map((group) => buttons[group][rating]),
      color: RATING_COLORS[i]!,
    })),
    table: {
      columns: [
        t('stats.buttons.group'),
        ...RATINGS.map((rating) => t(`stats.rating.${rating}`)),
        t('stats.buttons.correct'),
      ],
      rows: BUTTON_GROUPS.map((group, g) => {
        const counts = RATINGS.map((rating) => buttons[group][rating]);
        const total = counts.reduce((a, b) => a + b, 0);
        return {
          head: groups[g]!,
          cells: [...counts.map((n) => f.count(n)), f.share(total ? 1 - counts[0]! / total : null)],
        };
      }),
    },
  };
}

export function hoursChart({ t, f }: Figures, hours: HourCounts): ChartSpec {
  const labels = Array.from({ length: 24 }, (_, hour) => String(hour));
  const rate = (hour: number) =>
    hours.reviews[hour] ? hours.passed[hour]! / hours.reviews[hour]! : null;
  return {
    kind: 'bar',
    labels,
    series: [
      { label: t('stats.reviews'), data: hours.reviews, color: '--accent' },
      {
        label: t('stats.hours.rate'),
        data: labels.map((_, hour) => rate(hour)),
        color: '--good',
        line: true,
        percent: true,
      },
    ],
    table: {
      columns: [
        t('stats.hours.hour'),
        t('stats.reviews'),
        t('stats.hours.passed'),
        t('stats.hours.rate'),
      ],
      rows: labels.map((head, hour) => ({
        head: `${head}:00`,
        cells: [f.count(hours.reviews[hour]!), f.count(hours.passed[hour]!), f.share(rate(hour))],
      })),
    },
  };
}

export interface HeatCell {
  /** Week column (0 = the week of the first day) and weekday row (0 = Sunday). */
  x: number;
  y: number;
  day: number;
  count: number;
}

export function calendarCells(calendar: Calendar): HeatCell[] {
  const firstWeekday = new Date(calendar.firstDay * DAY_MS).getUTCDay();
  return calendar.reviews.map((count, i) => ({
    x: Math.floor((firstWeekday + i) / 7),
    y: (firstWeekday + i) % 7,
    day: calendar.firstDay + i,
    count,
  }));
}

/** The calendar's table: a row per month, oldest first. */
export function calendarTable({ t, f }: Figures, calendar: Calendar): TableSpec {
  const months = new Map<number, { first: number; days: number; reviews: number }>();
  calendar.reviews.forEach((count, i) => {
    const day = calendar.firstDay + i;
    const month = monthOf(day);
    const entry = months.get(month) ?? { first: day, days: 0, reviews: 0 };
    entry.days += count > 0 ? 1 : 0;
    entry.reviews += count;
    months.set(month, entry);
  });
  return {
    columns: [t('stats.calendar.month'), t('stats.calendar.days'), t('stats.reviews')],
    rows: [...months.values()].map((m) => ({
      head: f.month(m.first),
      cells: [f.count(m.days), f.count(m.reviews)],
    })),
  };
}
