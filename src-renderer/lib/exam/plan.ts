/**
 * The plan to the exam date: how many new cards a day see every card by a week before the
 * exam (the last week is for reviews), and the reviews that implies, from a day-by-day run of
 * the scheduler in which every answer is Good. Failed answers add reviews, so the figures are
 * what the plan costs at the least.
 */
import { studyDayOf, type StudyDay } from '../scheduler/study-day';
import type { ScheduleState } from '../scheduler/types';

/** New cards should all have been seen by this many days before the exam. */
export const SEEN_BY_DAYS_BEFORE = 7;

export interface NewCardPlan {
  /** Start of the study day by whose end every card should have been seen. */
  seenBy: number;
  /** Study days from today to `seenBy`'s day, both counted; 0 once the exam day has come. */
  days: number;
  newPerDay: number;
  /** The week before the exam has begun: the plan spreads the new cards over the days left. */
  late: boolean;
}

/** The study days from today's, in order, up to (not including) the one starting at `until`. */
export function studyDaysBetween(now: Date, until: number): StudyDay[] {
  const days: StudyDay[] = [];
  for (let day = studyDayOf(now); day.start < until; day = studyDayOf(new Date(day.end))) {
    days.push(day);
  }
  return days;
}

export function newCardPlan(unseen: number, now: Date, exam: StudyDay): NewCardPlan {
  const seenByDate = new Date(exam.start);
  seenByDate.setDate(seenByDate.getDate() - SEEN_BY_DAYS_BEFORE);
  const seenBy = studyDayOf(seenByDate).start;
  const onTime = studyDaysBetween(now, seenBy).length + (studyDayOf(now).start <= seenBy ? 1 : 0);
  const late = onTime === 0;
  const days = late ? studyDaysBetween(now, exam.start).length : onTime;
  return {
    seenBy,
    days,
    newPerDay: days > 0 ? Math.ceil(unseen / days) : 0,
    late,
  };
}

export interface ReviewForecast {
  /** Reviews on each study day from today to the day before the exam (learning steps counted). */
  perDay: number[];
  total: number;
  peak: number;
}

/** Grades a card Good at `now` (the study screen's scheduler, exam schedule included). */
export type GradeGood = (schedule: ScheduleState, now: Date) => ScheduleState;

/** Beyond this many answers of one card in one day the run stops counting it (learning steps). */
const MAX_ANSWERS_A_DAY = 12;
/** The study session of each future day, hours after the rollover. */
const SESSION_HOURS_AFTER_ROLLOVER = 6;

/**
 * Every card studied the day it is due, new cards introduced `newPerDay` a day in deck order,
 * each answer Good, until the exam day.
 */
export function reviewForecast(
  schedules: readonly ScheduleState[],
  newPerDay: number,
  now: Date,
  exam: StudyDay,
  gradeGood: GradeGood,
): ReviewForecast {
  const cards = schedules.map((schedule) => ({ ...schedule }));
  const fresh = cards.filter((s) => s.state === 'new').sort((a, b) => a.due - b.due);
  let studied = cards.filter((s) => s.state !== 'new');
  const perDay = studyDaysBetween(now, exam.start).map((day, index) => {
    const session =
      index === 0 ? now.getTime() : day.start + SESSION_HOURS_AFTER_ROLLOVER * 3_600_000;
    studied = studied.concat(fresh.splice(0, newPerDay).map((s) => ({ ...s, due: session })));
    let answers = 0;
    studied = studied.map((start) => {
      let schedule = start;
      for (let k = 0; k < MAX_ANSWERS_A_DAY && schedule.due < day.end; k++) {
        schedule = gradeGood(schedule, new Date(Math.max(session, schedule.due)));
        answers++;
      }
      return schedule;
    });
    return answers;
  });
  return {
    perDay,
    total: perDay.reduce((sum, n) => sum + n, 0),
    peak: Math.max(0, ...perDay),
  };
}
