import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExamScheduler, examTargetOf, forExam } from '../../../src-renderer/lib/exam/exam-schedule';
import { newCardPlan } from '../../../src-renderer/lib/exam/plan';
import { examDayOf, isoDate } from '../../../src-renderer/lib/exam/settings';
import { Scheduler } from '../../../src-renderer/lib/scheduler/fsrs-adapter';
import { studyDayOf } from '../../../src-renderer/lib/scheduler/study-day';
import {
  RATINGS,
  type Rating,
  type ScheduleState,
} from '../../../src-renderer/lib/scheduler/types';

const DAY = 86_400_000;
/** A morning, well after the 04:00 rollover. */
const START = new Date(2026, 11, 1, 10, 0);
const inDays = (n: number) => new Date(START.getTime() + n * DAY);
const EXAM_IN_10 = { date: isoDate(inDays(10)), targetRetention: 0.95, examSchedule: true };

/**
 * Studies a deck of `size` new cards every morning until the exam: the plan's new cards, then
 * every card due that day, each answered Good. Returns when each card was answered.
 */
function studyToExam(scheduler: ExamScheduler | Scheduler, size: number, examDate: string) {
  const exam = examDayOf(examDate);
  const plan = newCardPlan(size, START, exam);
  let cards = Array.from({ length: size }, (_, i) => new Scheduler().newSchedule(i + 1));
  const answered: number[][] = cards.map(() => []);
  const grade = (s: ScheduleState, at: Date) =>
    scheduler instanceof ExamScheduler
      ? scheduler.grade('OPCEL 252', s, 3, at).schedule
      : scheduler.grade(s, 3, at).schedule;
  let introduced = 0;
  for (let d = 0; inDays(d).getTime() < exam.start; d++) {
    const session = inDays(d).getTime();
    const day = studyDayOf(inDays(d));
    introduced = Math.min(size, introduced + plan.newPerDay);
    cards = cards.map((schedule, i) => {
      let s = schedule;
      if (i >= introduced && s.state === 'new') {
        return s;
      }
      for (let k = 0; k < 10 && (s.state === 'new' || s.due < day.end); k++) {
        const at = s.state === 'new' ? session : Math.max(session, s.due);
        answered[i]!.push(at);
        s = grade(s, new Date(at));
      }
      return s;
    });
  }
  return { cards, answered, exam };
}

describe('exam schedule', () => {
  const base = new Scheduler({ fuzz: false });
  const exam = new ExamScheduler(base, () => examTargetOf(EXAM_IN_10));

  it('a deck with an exam in 10 days gets every card due at least once before it', () => {
    const { cards, answered, exam: day } = studyToExam(exam, 60, EXAM_IN_10.date);
    expect(answered.every((times) => times.length > 0 && times.every((t) => t < day.start))).toBe(
      true,
    );
    // And each card goes into the exam at the target, which the normal schedule does not reach.
    const recall = cards.map((s) => base.retrievability(s, new Date(day.start)) ?? 0);
    expect(Math.min(...recall)).toBeGreaterThanOrEqual(EXAM_IN_10.targetRetention);
    const normal = studyToExam(base, 60, EXAM_IN_10.date).cards;
    const normalRecall = normal.map((s) => base.retrievability(s, new Date(day.start)) ?? 0);
    expect(Math.min(...normalRecall)).toBeLessThan(EXAM_IN_10.targetRetention);
  });

  it('schedules no review after the exam date unless it is also the normal due date', () => {
    const target = examTargetOf(EXAM_IN_10)!;
    const schedule = fc.record({
      state: fc.constantFrom('new', 'learning', 'review', 'relearning'),
      stability: fc.double({ min: 0.1, max: 400, noNaN: true }),
      difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
      daysSinceReview: fc.integer({ min: 0, max: 300 }),
      reps: fc.integer({ min: 1, max: 30 }),
      lapses: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(
        schedule,
        fc.constantFrom(...RATINGS),
        fc.integer({ min: 0, max: 12 * 24 }),
        fc.boolean(),
        (s, rating: Rating, hoursFromStart, fuzz) => {
          const now = new Date(START.getTime() + hoursFromStart * 3_600_000);
          const state: ScheduleState =
            s.state === 'new'
              ? new Scheduler().newSchedule(1)
              : {
                  state: s.state,
                  due: now.getTime(),
                  stability: s.stability,
                  difficulty: s.difficulty,
                  scheduledDays: s.daysSinceReview,
                  learningSteps: 0,
                  reps: s.reps,
                  lapses: s.lapses,
                  lastReview: now.getTime() - s.daysSinceReview * DAY,
                };
          const scheduler = new Scheduler({ fuzz });
          const normal = scheduler.grade(state, rating, now);
          const withExam = forExam(
            normal,
            now,
            target,
            (x, at) => scheduler.retrievability(x, at) ?? 0,
          );
          expect(withExam.schedule.due).toBeLessThanOrEqual(normal.schedule.due);
          if (withExam.schedule.due >= target.day.end) {
            expect(withExam.schedule.due).toBe(normal.schedule.due);
          }
          expect(withExam.log.dueAfter).toBe(withExam.schedule.due);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('brings a card forward to the last day it still holds the target, and shows it on the button', () => {
    const reviewed: ScheduleState = {
      state: 'review',
      due: START.getTime(),
      stability: 3,
      difficulty: 5,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 3,
      lapses: 0,
      lastReview: START.getTime() - 3 * DAY,
    };
    const normal = base.preview(reviewed, START);
    const shown = exam.preview('OPCEL 252::イメージサービス (Glance)', reviewed, START);
    const easyDays = (shown[4].schedule.due - START.getTime()) / DAY;
    expect(shown[4].schedule.due).toBeLessThan(normal[4].schedule.due);
    expect(shown[4].interval).toBe(`${easyDays}d`);
    const after = shown[4].schedule;
    expect(base.retrievability(after, new Date(after.due))).toBeGreaterThanOrEqual(0.95);
    expect(base.retrievability(after, new Date(after.due + DAY))).toBeLessThan(0.95);
    // Again keeps its short relearning step.
    expect(shown[1].schedule.due).toBe(normal[1].schedule.due);
  });

  it('keeps the normal schedule when the card reaches the exam at the target, when off, and on other decks', () => {
    const strong: ScheduleState = {
      state: 'review',
      due: START.getTime(),
      stability: 300,
      difficulty: 3,
      scheduledDays: 100,
      learningSteps: 0,
      reps: 8,
      lapses: 0,
      lastReview: START.getTime() - 100 * DAY,
    };
    const normal = base.grade(strong, 3, START);
    expect(normal.schedule.due).toBeGreaterThan(examDayOf(EXAM_IN_10.date).end);
    expect(exam.grade('OPCEL 252', strong, 3, START)).toEqual(normal);
    const off = new ExamScheduler(base, () => examTargetOf({ ...EXAM_IN_10, examSchedule: false }));
    const weak = { ...strong, stability: 2, lastReview: START.getTime() - 2 * DAY };
    expect(off.grade('OPCEL 252', weak, 4, START)).toEqual(base.grade(weak, 4, START));
    expect(new ExamScheduler(base, () => null).preview('x', weak, START)).toEqual(
      base.preview(weak, START),
    );
  });

  it('changes nothing once the exam day has begun', () => {
    const target = examTargetOf(EXAM_IN_10)!;
    const onExamDay = new Date(target.day.start + 3_600_000);
    const card: ScheduleState = {
      state: 'review',
      due: onExamDay.getTime(),
      stability: 2,
      difficulty: 5,
      scheduledDays: 2,
      learningSteps: 0,
      reps: 2,
      lapses: 0,
      lastReview: onExamDay.getTime() - 2 * DAY,
    };
    const normal = base.grade(card, 4, onExamDay);
    expect(forExam(normal, onExamDay, target, (s, at) => base.retrievability(s, at) ?? 0)).toBe(
      normal,
    );
  });
});
