import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DECK_OPTIONS,
  deckOptionsSchema,
  isLeechLapse,
  splitSteps,
  stepMinutes,
} from '../../../src-renderer/lib/scheduler/deck-options';

const valid = (change: Record<string, unknown>) =>
  deckOptionsSchema.safeParse({ ...DEFAULT_DECK_OPTIONS, ...change }).success;

describe('deck options schema', () => {
  it("accepts Anki's defaults and steps in minutes, hours and days", () => {
    expect(valid({})).toBe(true);
    expect(valid({ learningSteps: ['1m', '10m', '1h', '1d'], relearningSteps: [] })).toBe(true);
    expect(valid({ learningSteps: ['1.5m'] })).toBe(true);
    expect(valid({ weights: Array.from({ length: 21 }, () => 1) })).toBe(true);
  });

  it.each([
    [{ learningSteps: ['10'] }],
    [{ learningSteps: ['10s'] }],
    [{ learningSteps: ['0m'] }],
    [{ learningSteps: ['400d'] }],
    [{ relearningSteps: ['-1m'] }],
    [{ desiredRetention: 0.5 }],
    [{ desiredRetention: 1 }],
    [{ maximumIntervalDays: 0 }],
    [{ newPerDay: -1 }],
    [{ reviewsPerDay: 2.5 }],
    [{ leechThreshold: 0 }],
    [{ rolloverHour: 24 }],
    [{ newCardOrder: 'shuffled' }],
    [{ burySiblings: 'yes' }],
    [{ weights: [0.4, 1.2] }],
    [{ weights: Array.from({ length: 21 }, () => Number.NaN) }],
  ])('refuses %o', (change) => {
    expect(valid(change)).toBe(false);
  });

  it('reads steps as the options page shows them', () => {
    expect(splitSteps(' 1m  10m,1d ')).toEqual(['1m', '10m', '1d']);
    expect(splitSteps('')).toEqual([]);
    expect(stepMinutes('2h')).toBe(120);
    expect(stepMinutes('1d')).toBe(1440);
    expect(stepMinutes('1 d')).toBeUndefined();
  });
});

describe('isLeechLapse', () => {
  it('marks the lapse that reaches the threshold, then every half threshold', () => {
    const leechAt = [...Array(20).keys()].filter((lapses) => isLeechLapse(lapses - 1, lapses, 8));
    expect(leechAt).toEqual([8, 12, 16]);
  });

  it('never marks a grade that was not a lapse', () => {
    expect(isLeechLapse(8, 8, 8)).toBe(false);
    expect(isLeechLapse(7, 7, 1)).toBe(false);
  });
});
