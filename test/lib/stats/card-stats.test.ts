import { describe, expect, it } from 'vitest';
import {
  cardCounts,
  DAY_BINS,
  forecast,
  fsrsSpreads,
  intervalHistogram,
  type StatsSchedule,
} from '../../../src-renderer/lib/stats/card-stats';
import { retrievability } from '../../../src-renderer/lib/scheduler/fsrs-adapter';
import { DAY_MS, DayNumbering } from '../../../src-renderer/lib/stats/day-numbers';

const at = (month: number, day: number, hour: number) =>
  new Date(2026, month - 1, day, hour).getTime();
const now = at(11, 25, 10);
const numbering = new DayNumbering(4);
const today = numbering.dayOf(now);

function card(
  state: StatsSchedule['state'],
  scheduledDays: number,
  due: number,
  extra: Partial<StatsSchedule> = {},
): StatsSchedule {
  const queue = state === 'new' ? 'new' : state === 'review' ? 'review' : 'learn';
  return {
    state,
    queue,
    due,
    scheduledDays,
    stability: state === 'new' ? 0 : 10,
    difficulty: state === 'new' ? 0 : 5,
    ...(state === 'new' ? {} : { lastReview: now - scheduledDays * DAY_MS }),
    ...extra,
  };
}

const cards: StatsSchedule[] = [
  card('new', 0, 1),
  card('new', 0, 2),
  card('learning', 0, at(11, 25, 10)),
  card('relearning', 0, at(11, 26, 3)), // before tomorrow's rollover: still today
  card('review', 3, at(11, 24, 9)), // overdue
  card('review', 20, at(11, 26, 5)), // tomorrow, young (under 21 days)
  card('review', 21, at(11, 27, 9)), // in two days, mature
  card('review', 400, at(11, 28, 9), { queue: 'suspended' }),
  card('review', 5, at(11, 24, 9), { queue: 'buried', buriedUntil: at(11, 26, 4) }),
  card('review', 30, at(11, 30, 9), { queue: 'retired' }),
];

describe('card counts', () => {
  it('counts by state, suspended and buried apart, retired cards not at all', () => {
    expect(cardCounts(cards)).toEqual({
      new: 2,
      learning: 1,
      relearning: 1,
      young: 2,
      mature: 1,
      suspended: 1,
      buried: 1,
    });
  });
});

describe('forecast', () => {
  const result = forecast(cards, today, numbering, 30);

  it('puts overdue and before-rollover cards on today, buried ones on the day they come back', () => {
    expect(result.learning.slice(0, 3)).toEqual([2, 0, 0]);
    expect(result.young.slice(0, 3)).toEqual([1, 2, 0]);
    expect(result.mature.slice(0, 3)).toEqual([0, 0, 1]);
    expect(result.overdue).toBe(1);
  });

  it('leaves out new, suspended and retired cards, and days past the range', () => {
    const total = [...result.learning, ...result.young, ...result.mature].reduce((a, b) => a + b);
    expect(total).toBe(6);
    expect(result.young).toHaveLength(30);
    expect(forecast(cards, today, numbering, 2).mature).toEqual([0, 0]);
  });
});

describe('interval histogram', () => {
  it('bins review and relearning cards by interval', () => {
    const histogram = intervalHistogram(
      [0, 1, 3, 7, 8, 30, 400, 1000].map((days) => card('review', days, now)),
    );
    expect(histogram.bounds).toBe(DAY_BINS);
    // bins: 0 | 1 | 2 | 3 | 4–7 | 8–14 | 15–30 | 31–60 | 61–90 | 91–180 | 181–365 | 366–730 | 731+
    expect(histogram.counts).toEqual([1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1]);
    expect(histogram.mean).toBe((0 + 1 + 3 + 7 + 8 + 30 + 400 + 1000) / 8);
  });

  it('has no mean without cards in review', () => {
    expect(intervalHistogram(cards.slice(0, 3)).mean).toBeNull();
  });
});

describe('FSRS spreads', () => {
  it('bins stability in days and difficulty as (D − 1) / 9', () => {
    const spreads = fsrsSpreads(
      [1, 5.5, 10].map((difficulty) => card('review', 3, now, { difficulty, stability: 3 })),
      now,
    );
    expect(spreads.difficulty.counts).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(spreads.stability.counts[3]).toBe(3);
    expect(spreads.difficulty.mean).toBeCloseTo(0.5);
  });

  it('retrievability is 90 % one stability after the last review, 100 % right after it', () => {
    const spreads = fsrsSpreads(
      [
        card('review', 10, now, { stability: 10, lastReview: now - 10 * DAY_MS }),
        card('review', 10, now, { stability: 10, lastReview: now }),
        card('review', 10, now, { stability: 1, lastReview: now - 365 * DAY_MS }),
      ],
      now,
    );
    expect(spreads.retrievability.counts[9]).toBe(2);
    expect(spreads.retrievability.counts.slice(0, 9).reduce((a, b) => a + b)).toBe(1);
    // the two at 0.9 and 1, the third (a day's stability, a year ago) below 0.9
    const third = spreads.retrievability.mean! * 3 - 1.9;
    expect(third).toBeCloseTo(retrievability(1, 365), 9);
    expect(third).toBeLessThan(0.9);
    expect(retrievability(10, 10)).toBeCloseTo(0.9, 6);
  });

  it('leaves out new and retired cards', () => {
    expect(fsrsSpreads(cards, now).stability.counts.reduce((a, b) => a + b)).toBe(7);
  });
});
