/**
 * A deck's exam: its date, the recall it should reach on that day, and whether the study
 * screen schedules for it. Stored on the deck row (`DeckRow.exam`); sub-decks inherit the
 * nearest ancestor's exam.
 */
import { deckAncestors } from '../cards/card';
import { ValidationError } from '../errors';
import { DEFAULT_ROLLOVER_HOUR, studyDayOf, type StudyDay } from '../scheduler/study-day';

export interface ExamSettings {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** Predicted recall on the exam day that counts a card as ready. */
  targetRetention: number;
  /** Bring reviews forward so cards reach the exam at the target (the study screen's buttons). */
  examSchedule: boolean;
}

export const DEFAULT_TARGET_RETENTION = 0.9;
export const TARGET_RETENTION_MIN = 0.7;
export const TARGET_RETENTION_MAX = 0.99;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local noon of a YYYY-MM-DD date, or null when it is no calendar date. */
function localNoon(date: string): Date | null {
  const match = DATE.exec(date);
  if (!match) {
    return null;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const noon = new Date(year, month - 1, day, 12);
  const real =
    noon.getFullYear() === year && noon.getMonth() === month - 1 && noon.getDate() === day;
  return real && year >= 2000 && year <= 2200 ? noon : null;
}

export function checkExamSettings(settings: ExamSettings): ExamSettings {
  if (localNoon(settings.date) === null) {
    throw new ValidationError(
      `the exam date must be a calendar date (YYYY-MM-DD), not "${settings.date}"`,
    );
  }
  const target = settings.targetRetention;
  if (!(target >= TARGET_RETENTION_MIN && target <= TARGET_RETENTION_MAX)) {
    throw new ValidationError(
      `the target retention must be from ${TARGET_RETENTION_MIN} to ${TARGET_RETENTION_MAX}`,
    );
  }
  return { date: settings.date, targetRetention: target, examSchedule: settings.examSchedule };
}

/**
 * The exam's study day. Recall "on the exam day" is predicted at its start (the rollover, 04:00),
 * before any review that morning; a review "after the exam date" is one due after its end.
 */
export function examDayOf(date: string, rolloverHour = DEFAULT_ROLLOVER_HOUR): StudyDay {
  const noon = localNoon(date);
  if (noon === null) {
    throw new ValidationError(`the exam date must be a calendar date (YYYY-MM-DD), not "${date}"`);
  }
  return studyDayOf(noon, rolloverHour);
}

/** YYYY-MM-DD of a local date: what a date input holds. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole study days from the day of `now` to the exam day: 0 on the exam day itself. */
export function studyDaysUntil(now: Date, exam: StudyDay): number {
  let day = studyDayOf(now);
  let count = 0;
  while (day.start < exam.start) {
    day = studyDayOf(new Date(day.end));
    count++;
  }
  return count;
}

export interface DeckExam {
  /** The deck the exam is set on: `deck` itself or an ancestor. */
  deck: string;
  exam: ExamSettings;
}

/** The exam that applies to `deck`: its own, or its nearest ancestor's. */
export function examOfDeck(
  deck: string,
  decks: ReadonlyArray<{ name: string; exam?: ExamSettings }>,
): DeckExam | null {
  const byName = new Map(decks.map((row) => [row.name, row]));
  for (const name of deckAncestors(deck).reverse()) {
    const exam = byName.get(name)?.exam;
    if (exam) {
      return { deck: name, exam };
    }
  }
  return null;
}
