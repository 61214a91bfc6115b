import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { DEFAULT_DECK_OPTIONS, type Step } from '../../../src-renderer/lib/scheduler/deck-options';
import { Scheduler, schedulerOptionsOf } from '../../../src-renderer/lib/scheduler/fsrs-adapter';
import type { Rating, ScheduleState } from '../../../src-renderer/lib/scheduler/types';

const DAY = 86_400_000;
// Fuzz off, as ts-fsrs's own tests do, so intervals are exact.
const scheduler = new Scheduler({ fuzz: false });
const start = new Date(2026, 10, 2, 9, 0);

/** Grades a card each time it comes due and returns the schedules it went through. */
function studyAtDue(first: ScheduleState, ratings: Rating[]): ScheduleState[] {
  const states: ScheduleState[] = [];
  let schedule = first;
  let now = start;
  for (const rating of ratings) {
    schedule = scheduler.grade(schedule, rating, now).schedule;
    states.push(schedule);
    now = new Date(schedule.due);
  }
  return states;
}

describe('Scheduler (ts-fsrs adapter)', () => {
  it('keeps a new card new with its deck position as due', () => {
    const fresh = scheduler.newSchedule(42);
    expect(fresh).toMatchObject({ state: 'new', due: 42, reps: 0, lapses: 0 });
  });

  it('takes a new card through the short learning steps, then to review', () => {
    const [first, second] = studyAtDue(scheduler.newSchedule(1), [3, 3]);
    expect(first?.state).toBe('learning');
    expect(first!.due - start.getTime()).toBe(10 * 60_000);
    expect(second?.state).toBe('review');
    expect(second!.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it('grows the interval with each Good', () => {
    const states = studyAtDue(scheduler.newSchedule(1), [3, 3, 3, 3, 3, 3]);
    const reviewIntervals = states.filter((s) => s.state === 'review').map((s) => s.scheduledDays);
    expect(reviewIntervals.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < reviewIntervals.length; i++) {
      expect(reviewIntervals[i]).toBeGreaterThan(reviewIntervals[i - 1]!);
    }
    expect(reviewIntervals.at(-1)).toBeGreaterThan(30);
  });

  it('relapses a review card on Again: relearning, a lapse counted, due in minutes', () => {
    const states = studyAtDue(scheduler.newSchedule(1), [3, 3, 3, 3]);
    const review = states.at(-1)!;
    const now = new Date(review.due);
    const { schedule, log } = scheduler.grade(review, 1, now);
    expect(schedule.state).toBe('relearning');
    expect(schedule.lapses).toBe(review.lapses + 1);
    expect(schedule.due - now.getTime()).toBe(10 * 60_000);
    expect(schedule.stability).toBeLessThan(review.stability);
    expect(log).toMatchObject({ rating: 1, stateBefore: 'review', stateAfter: 'relearning' });
  });

  it('previews the interval of each button as Anki labels it', () => {
    const preview = scheduler.preview(scheduler.newSchedule(1), start);
    expect(preview[1].interval).toBe('1m');
    expect(preview[2].interval).toBe('6m');
    expect(preview[3].interval).toBe('10m');
    expect(preview[4].interval).toMatch(/^\d+d$/);
    // What the preview promises is what grading does.
    expect(scheduler.grade(scheduler.newSchedule(1), 4, start).schedule).toEqual(
      preview[4].schedule,
    );
  });

  it('orders Again < Hard < Good < Easy for a review card', () => {
    const review = studyAtDue(scheduler.newSchedule(1), [3, 3, 3]).at(-1)!;
    const preview = scheduler.preview(review, new Date(review.due + DAY));
    const dues = ([1, 2, 3, 4] as const).map((r) => preview[r].schedule.due);
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(new Set(dues).size).toBe(4);
  });

  it('fuzzes intervals when fuzz is on, within a few days of the exact one', () => {
    const fuzzy = new Scheduler({ fuzz: true });
    const review = studyAtDue(scheduler.newSchedule(1), [3, 3, 3, 3]).at(-1)!;
    const now = new Date(review.due);
    const exact = scheduler.grade(review, 3, now).schedule.scheduledDays;
    const fuzzed = fuzzy.grade(review, 3, now).schedule.scheduledDays;
    expect(Math.abs(fuzzed - exact)).toBeLessThanOrEqual(Math.max(2, exact * 0.1));
  });
});

describe('Scheduler with a deck preset', () => {
  it("uses the preset's learning steps: the buttons' intervals change", () => {
    const preset = { ...DEFAULT_DECK_OPTIONS, learningSteps: ['5m', '2h'] as Step[] };
    const custom = new Scheduler({ ...schedulerOptionsOf(preset), fuzz: false });
    const fresh = custom.newSchedule(1);
    const labels = (s: Scheduler) =>
      Object.values(s.preview(fresh, start)).map((preview) => preview.interval);
    expect(labels(scheduler)).toEqual(['1m', '6m', '10m', labels(scheduler)[3]]);
    expect(labels(custom)).toEqual(['5m', labels(custom)[1], '2h', labels(custom)[3]]);
    expect(labels(custom)[1]).not.toBe(labels(scheduler)[1]);
  });

  it("uses the preset's relearning steps and maximum interval", () => {
    const preset = {
      ...DEFAULT_DECK_OPTIONS,
      relearningSteps: ['30m'] as Step[],
      maximumIntervalDays: 3,
    };
    const custom = new Scheduler({ ...schedulerOptionsOf(preset), fuzz: false });
    let schedule = custom.newSchedule(1);
    let now = start;
    for (let i = 0; i < 6; i++) {
      schedule = custom.grade(schedule, 3, now).schedule;
      now = new Date(schedule.due);
    }
    // ts-fsrs caps each button's interval, then keeps Good a day past Hard: at most cap + 1.
    expect(schedule.scheduledDays).toBeLessThanOrEqual(4);
    expect(
      studyAtDue(scheduler.newSchedule(1), [3, 3, 3, 3, 3, 3]).at(-1)!.scheduledDays,
    ).toBeGreaterThan(30);
    expect(custom.preview(schedule, now)[2].schedule.scheduledDays).toBeLessThanOrEqual(3);
    const lapse = custom.grade(schedule, 1, now).schedule;
    expect(lapse.due - now.getTime()).toBe(30 * 60_000);
  });

  it('takes FSRS parameters from the preset', () => {
    const weights = [...default_w];
    weights[2] = weights[2]! * 4; // the initial stability after Good
    const tuned = new Scheduler({
      ...schedulerOptionsOf({ ...DEFAULT_DECK_OPTIONS, weights }),
      fuzz: false,
    });
    const [plain, changed] = [scheduler, tuned].map(
      (s) => s.grade(s.newSchedule(1), 3, start).schedule.stability,
    );
    expect(changed).toBeCloseTo(plain! * 4, 5);
  });
});
