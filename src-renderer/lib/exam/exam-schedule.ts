/**
 * The exam schedule: the normal FSRS outcome of a grade, with one change before the exam. A
 * card whose predicted recall on the exam day would fall below the target comes back on the
 * last day its recall is still at the target (so it goes into the exam refreshed, not
 * forgotten) when that is earlier than its normal due date. Nothing is ever pushed later, so a
 * review due after the exam date is always the normal one. With the schedule switched off, or
 * once the exam day has begun, outcomes are FSRS's own.
 */
import type { GradeOutcome, GradePreview, Scheduler } from '../scheduler/fsrs-adapter';
import { formatInterval } from '../scheduler/interval';
import type { StudyDay } from '../scheduler/study-day';
import { RATINGS, type Rating, type ScheduleState } from '../scheduler/types';
import { examDayOf, examOfDeck, type ExamSettings } from './settings';

const DAY_MS = 86_400_000;

export interface ExamTarget {
  day: StudyDay;
  targetRetention: number;
}

/** Predicted recall of a schedule at a moment (Scheduler.retrievability). */
export type RecallAt = (schedule: ScheduleState, at: Date) => number;

export function examTargetOf(exam: ExamSettings): ExamTarget | null {
  return exam.examSchedule
    ? { day: examDayOf(exam.date), targetRetention: exam.targetRetention }
    : null;
}

/** The exam target of every deck, by its own or its nearest ancestor's exam. */
export function examTargetsOf(
  decks: ReadonlyArray<{ name: string; exam?: ExamSettings }>,
): (deck: string) => ExamTarget | null {
  return (deck) => {
    const found = examOfDeck(deck, decks);
    return found ? examTargetOf(found.exam) : null;
  };
}

/** `outcome` with its due date brought forward for the exam, or `outcome` itself. */
export function forExam(
  outcome: GradeOutcome,
  now: Date,
  target: ExamTarget,
  recallAt: RecallAt,
): GradeOutcome {
  const { schedule } = outcome;
  const examStart = target.day.start;
  if (now.getTime() >= examStart || schedule.state === 'new') {
    return outcome;
  }
  const keeps = (at: number) => recallAt(schedule, new Date(at)) >= target.targetRetention;
  if (keeps(examStart)) {
    return outcome;
  }
  // Whole days from now that still end before the exam starts.
  const lastDay = Math.ceil((examStart - now.getTime()) / DAY_MS) - 1;
  if (lastDay < 1) {
    // Less than a day before the exam a review the same day would not change its recall then.
    return outcome;
  }
  const days = latestKeepingDay(lastDay, (n) => keeps(now.getTime() + n * DAY_MS));
  const due = now.getTime() + days * DAY_MS;
  if (due >= schedule.due) {
    return outcome;
  }
  return {
    schedule: { ...schedule, due, scheduledDays: days },
    log: { ...outcome.log, dueAfter: due, scheduledDays: days },
  };
}

/** The largest n in [1, last] with keeps(n) (recall only falls with time); 1 if none. */
function latestKeepingDay(last: number, keeps: (n: number) => boolean): number {
  let low = 1;
  let high = last;
  if (!keeps(low)) {
    return 1;
  }
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (keeps(mid)) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}

/**
 * The scheduler the study screen uses: each card's deck decides whether an exam schedule
 * applies, and the buttons' intervals show the outcome it gives.
 */
export class ExamScheduler {
  constructor(
    readonly scheduler: Scheduler,
    private readonly targetOf: (deck: string) => ExamTarget | null,
  ) {}

  private recallAt: RecallAt = (schedule, at) => this.scheduler.retrievability(schedule, at) ?? 0;

  grade(deck: string, schedule: ScheduleState, rating: Rating, now: Date): GradeOutcome {
    const outcome = this.scheduler.grade(schedule, rating, now);
    const target = this.targetOf(deck);
    return target ? forExam(outcome, now, target, this.recallAt) : outcome;
  }

  preview(deck: string, schedule: ScheduleState, now: Date): Record<Rating, GradePreview> {
    const previews = this.scheduler.preview(schedule, now);
    const target = this.targetOf(deck);
    if (!target) {
      return previews;
    }
    const entries = RATINGS.map((rating) => {
      const outcome = forExam(previews[rating], now, target, this.recallAt);
      const interval = formatInterval(outcome.schedule.due - now.getTime());
      return [rating, { ...outcome, interval }] as const;
    });
    return Object.fromEntries(entries) as Record<Rating, GradePreview>;
  }
}
