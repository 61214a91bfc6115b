import { describe, expect, it } from 'vitest';
import { translate, type Locale } from '../../../src-renderer/lib/i18n';
import { DAY_BINS, PERCENT_BINS, type Forecast } from '../../../src-renderer/lib/stats/card-stats';
import { DayNumbering, isoDateOf } from '../../../src-renderer/lib/stats/day-numbers';
import { calendar } from '../../../src-renderer/lib/stats/log-stats';
import { emptyBucket } from '../../../src-renderer/lib/stats/log-aggregate';
import {
  binLabels,
  buttonsChart,
  calendarCells,
  calendarTable,
  countsChart,
  forecastChart,
  forecastSummary,
  hoursChart,
  retentionChart,
  type Figures,
} from '../../../src-renderer/ui/stats/figures';
import { StatsFormat } from '../../../src-renderer/ui/stats/format';

const figures = (locale: Locale): Figures => ({
  t: (key, params) => translate(locale, key, params),
  f: new StatsFormat(locale),
});
const en = figures('en');
const today = new DayNumbering(4).dayOf(new Date(2026, 10, 25, 10).getTime());

const forecast = (length: number): Forecast => ({
  learning: Array.from({ length }, (_, i) => (i === 0 ? 2 : 0)),
  young: Array.from({ length }, (_, i) => (i % 7 === 1 ? 1 : 0)),
  mature: Array.from({ length }, () => 1),
  overdue: 1,
});

describe('forecast figures', () => {
  it('lists a month day by day, and longer ranges week by week', () => {
    const month = forecastChart(en, forecast(365), today, 30);
    expect(month.labels).toHaveLength(30);
    expect(month.labels[0]).toBe('Today');
    expect(month.labels[1]).toBe('Nov 26');
    expect(month.table.rows).toHaveLength(30);
    expect(month.table.rows[0]).toEqual({ head: 'Today', cells: ['2', '0', '1', '3'] });
    expect(month.table.rows[1]).toEqual({ head: 'Nov 26', cells: ['0', '1', '1', '2'] });
    const year = forecastChart(en, forecast(365), today, 365);
    expect(year.table.columns[0]).toBe('Week from');
    expect(year.table.rows).toHaveLength(53);
    expect(year.table.rows[0]).toEqual({ head: 'Nov 25', cells: ['2', '1', '7', '10'] });
  });

  it('says tomorrow, the daily average and the overdue count', () => {
    // 30 mature + 5 young (days 1, 8, 15, 22, 29) + 2 learning over 30 days
    expect(forecastSummary(en, forecast(30), 30)).toBe(
      'Due tomorrow: 2 · daily average: 1.2 · overdue now: 1',
    );
  });
});

describe('retention figures', () => {
  const rows = [
    {
      from: today - 6,
      to: today,
      young: { passed: 3, total: 4 },
      mature: { passed: 0, total: 0 },
    },
  ];

  it('draws young and mature as shares, with no point where there were no reviews', () => {
    const chart = retentionChart(en, rows, 'week');
    expect(chart.series.map((s) => s.data)).toEqual([[0.75], [null]]);
    expect(chart.table.rows[0]).toEqual({
      head: 'Nov 19 – Nov 25',
      cells: ['3', '4', '75%', '0', '0', '–', '75%'],
    });
  });

  it('names months in Japanese', () => {
    const chart = retentionChart(figures('ja'), rows, 'month');
    expect(chart.labels[0]).toBe('2026年11月');
    expect(chart.table.columns).toContain('若い: 定着率');
  });
});

describe('counts, buttons and hours', () => {
  it('gives each card state its share', () => {
    const chart = countsChart(en, {
      new: 3,
      learning: 1,
      relearning: 0,
      young: 0,
      mature: 0,
      suspended: 0,
      buried: 0,
    });
    expect(chart.table.rows[0]).toEqual({ head: 'New', cells: ['3', '75%'] });
    expect(chart.table.rows.at(-1)).toEqual({ head: 'Total', cells: ['4', '100%'] });
  });

  it('counts correct answers as those not Again', () => {
    const chart = buttonsChart(en, {
      learning: { 1: 1, 2: 0, 3: 2, 4: 1 },
      young: { 1: 0, 2: 0, 3: 0, 4: 0 },
      mature: { 1: 1, 2: 1, 3: 1, 4: 1 },
    });
    expect(chart.table.rows.map((row) => row.cells.at(-1))).toEqual(['75%', '–', '75%']);
    expect(chart.series.map((s) => s.label)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
  });

  it('lists every hour with its pass rate', () => {
    const reviews = new Array<number>(24).fill(0);
    const passed = new Array<number>(24).fill(0);
    reviews[9] = 4;
    passed[9] = 3;
    const chart = hoursChart(en, { reviews, passed });
    expect(chart.table.rows).toHaveLength(24);
    expect(chart.table.rows[9]).toEqual({ head: '9:00', cells: ['4', '3', '75%'] });
    expect(chart.series[1]!.data[8]).toBeNull();
  });
});

describe('histogram bins', () => {
  it('labels day bins and share bins', () => {
    expect(binLabels(DAY_BINS, false)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4–7',
      '8–14',
      '15–30',
      '31–60',
      '61–90',
      '91–180',
      '181–365',
      '366–730',
      '731+',
    ]);
    expect(binLabels(PERCENT_BINS, true).at(-1)).toBe('90–100%');
  });
});

describe('calendar figures', () => {
  const days = new Map([[today, { ...emptyBucket(), reviews: 5 }]]);
  const cal = calendar(days, today);

  it('places each day in its week column and weekday row', () => {
    const cells = calendarCells(cal);
    const last = cells.at(-1)!;
    expect(isoDateOf(last.day)).toBe('2026-11-25');
    // 2026-11-25 is a Wednesday
    expect(last.y).toBe(3);
    expect(last.count).toBe(5);
    expect(new Set(cells.map((c) => `${c.x},${c.y}`)).size).toBe(365);
  });

  it('sums the year by month', () => {
    const table = calendarTable(en, cal);
    expect(table.rows.at(-1)).toEqual({ head: 'Nov 2026', cells: ['1', '5'] });
    expect(table.rows.length).toBeGreaterThanOrEqual(12);
  });
});
