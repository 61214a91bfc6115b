/**
 * The study day, as in Anki: it rolls over at a fixed local hour (04:00 by default), so a late
 * night session still counts toward "today".
 */
export const DEFAULT_ROLLOVER_HOUR = 4;

export interface StudyDay {
  /** Epoch ms of the rollover that started this study day. */
  start: number;
  /** Epoch ms of the next rollover. */
  end: number;
}

export function studyDayOf(now: Date, rolloverHour = DEFAULT_ROLLOVER_HOUR): StudyDay {
  const start = new Date(now);
  start.setHours(rolloverHour, 0, 0, 0);
  if (start.getTime() > now.getTime()) {
    start.setDate(start.getDate() - 1);
  }
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return { start: start.getTime(), end: end.getTime() };
}
