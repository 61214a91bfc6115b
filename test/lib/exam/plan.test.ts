import { describe, expect, it } from 'vitest';
import { newCardPlan, reviewForecast } from '../../../src-renderer/lib/exam/plan';
import { examDayOf, isoDate, studyDaysUntil } from '../../../src-renderer/lib/exam/settings';
import { Scheduler } from '../../../src-renderer/lib/scheduler/fsrs-adapter';
import { studyDayOf } from '../../../src-renderer/lib/scheduler/study-day';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 1, 10, 0);
const examIn = (days: number) => examDayOf(isoDate(new Date(NOW.getTime() + days * DAY)));

describe('plan to the exam date', () => {
  it('spreads the unseen cards over the days up to a week before the exam, that day included', () => {
    const plan = newCardPlan(518, NOW, examIn(10));
    expect(plan).toMatchObject({ days: 4, newPerDay: 130, late: false });
    expect(plan.seenBy).toBe(studyDayOf(new Date(NOW.getTime() + 3 * DAY)).start);
    expect(newCardPlan(518, NOW, examIn(60)).newPerDay).toBe(Math.ceil(518 / 54));
    expect(newCardPlan(0, NOW, examIn(60)).newPerDay).toBe(0);
    expect(studyDaysUntil(NOW, examIn(10))).toBe(10);
  });

  it('inside the last week, spreads them over the days left before the exam', () => {
    expect(newCardPlan(30, NOW, examIn(3))).toMatchObject({ days: 3, newPerDay: 10, late: true });
    expect(newCardPlan(30, NOW, examIn(0))).toMatchObject({ days: 0, newPerDay: 0, late: true });
  });

  it('counts the reviews the plan implies, day by day, learning steps included', () => {
    const scheduler = new Scheduler({ fuzz: false });
    const cards = Array.from({ length: 40 }, (_, i) => scheduler.newSchedule(i + 1));
    const exam = examIn(10);
    const plan = newCardPlan(40, NOW, exam);
    const forecast = reviewForecast(
      cards,
      plan.newPerDay,
      NOW,
      exam,
      (s, at) => scheduler.grade(s, 3, at).schedule,
    );
    expect(forecast.perDay).toHaveLength(10);
    // Each new card: Good at the first step, Good at the second, graduating the same day.
    expect(forecast.perDay[0]).toBe(plan.newPerDay * 2);
    expect(forecast.perDay.slice(4).some((n) => n > 0)).toBe(true);
    expect(forecast.total).toBe(forecast.perDay.reduce((a, b) => a + b, 0));
    expect(forecast.peak).toBe(Math.max(...forecast.perDay));
    // The input is not changed by the run.
    expect(cards.every((s) => s.state === 'new')).toBe(true);
  });
});
