/**
 * Scheduling between Anki's columns and our rows. Anki keeps review due dates as day numbers
 * counted from the collection's creation (`crt`, seconds), learning due dates as epoch seconds,
 * and FSRS memory state (`s`, `d`) in the card's `data` JSON; the review log id is its time in ms.
 */
import type { CardState, Rating, ScheduleState } from '../scheduler/types';
import type { ImportedLog } from './types';

const DAY_MS = 86_400_000;

export interface AnkiCardRow {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  odue: number;
  odid: number;
  data: string;
}

export interface AnkiRevlogRow {
  id: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

const STATE_OF_TYPE: Record<number, CardState> = { 1: 'learning', 2: 'review', 3: 'relearning' };
const TYPE_OF_STATE: Record<CardState, number> = { new: 0, learning: 1, review: 2, relearning: 3 };

function memoryState(data: string): { s?: number; d?: number } {
  try {
    const parsed: unknown = JSON.parse(data || '{}');
    if (parsed && typeof parsed === 'object') {
      const { s, d } = parsed as Record<string, unknown>;
      return {
        ...(typeof s === 'number' && s > 0 ? { s } : {}),
        ...(typeof d === 'number' && d >= 0 ? { d } : {}),
      };
    }
  } catch {
    // Add-ons write arbitrary text here; without FSRS state the interval stands in.
  }
  return {};
}

/** `undefined` for new cards: they join the new queue like cards imported without scheduling. */
export function scheduleFromAnki(
  row: AnkiCardRow,
  crtSeconds: number,
  lastReview: number | undefined,
): ScheduleState | undefined {
  const state = STATE_OF_TYPE[row.type];
  if (!state) {
    return undefined;
  }
  // Cards in a filtered deck keep their home due date in `odue`.
  const due = row.odid !== 0 && row.odue !== 0 ? row.odue : row.due;
  const inDays = state === 'review' || row.queue === 3 || due < 1_000_000_000;
  const { s, d } = memoryState(row.data);
  const scheduledDays = Math.max(row.ivl, 0);
  return {
    state,
    due: inDays ? crtSeconds * 1000 + due * DAY_MS : due * 1000,
    stability: s ?? scheduledDays,
    difficulty: d ?? 5,
    scheduledDays,
    learningSteps: state === 'review' ? 0 : row.left % 1000,
    reps: Math.max(row.reps, 0),
    lapses: Math.max(row.lapses, 0),
    ...(lastReview === undefined ? {} : { lastReview }),
  };
}

export function scheduleToAnki(
  schedule: ScheduleState | undefined,
  position: number,
  crtSeconds: number,
): AnkiCardRow {
  const row = { odue: 0, odid: 0, data: '{}', ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0 };
  if (!schedule || schedule.state === 'new') {
    return { ...row, type: 0, queue: 0, due: position };
  }
  const type = TYPE_OF_STATE[schedule.state];
  const data =
    schedule.stability > 0 && schedule.difficulty >= 1 && schedule.difficulty <= 10
      ? JSON.stringify({ s: schedule.stability, d: schedule.difficulty })
      : '{}';
  const common = {
    ...row,
    type,
    data,
    factor: 2500,
    reps: schedule.reps,
    lapses: schedule.lapses,
    ivl: Math.round(schedule.scheduledDays),
  };
  if (schedule.state === 'review') {
    const day = Math.floor((schedule.due - crtSeconds * 1000) / DAY_MS);
    return { ...common, queue: 2, due: day, ivl: Math.max(1, common.ivl) };
  }
  return {
    ...common,
    queue: 1,
    due: Math.floor(schedule.due / 1000),
    left: schedule.learningSteps,
  };
}

const LOG_TYPE_STATE: Record<number, CardState> = {
  0: 'learning',
  1: 'review',
  2: 'relearning',
  3: 'review',
};

/** Anki's manual reschedules (ease 0) are not grades and are left out. */
export function logsFromAnki(rows: readonly AnkiRevlogRow[]): ImportedLog[] {
  const logs: ImportedLog[] = [];
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    const before = LOG_TYPE_STATE[row.type];
    if (!before || row.ease < 1 || row.ease > 4) {
      continue;
    }
    const stateBefore = logs.length === 0 && before === 'learning' ? 'new' : before;
    const stateAfter: CardState =
      row.ivl > 0 ? 'review' : before === 'learning' ? 'learning' : 'relearning';
    const scheduledDays = Math.max(row.ivl, 0);
    logs.push({
      rating: row.ease as Rating,
      reviewedAt: row.id,
      elapsedMs: Math.max(row.time, 0),
      stateBefore,
      stateAfter,
      dueAfter: row.id + (row.ivl > 0 ? row.ivl * DAY_MS : -row.ivl * 1000),
      stability: scheduledDays,
      difficulty: 0,
      scheduledDays,
    });
  }
  return logs;
}

export function logsToAnki(logs: readonly ImportedLog[]): AnkiRevlogRow[] {
  let lastIvl = 0;
  return logs.map((log) => {
    const ivl =
      log.stateAfter === 'review'
        ? Math.max(1, Math.round(log.scheduledDays))
        : -Math.max(0, Math.round((log.dueAfter - log.reviewedAt) / 1000));
    const type =
      log.stateBefore === 'new' || log.stateBefore === 'learning'
        ? 0
        : log.stateBefore === 'review'
          ? 1
          : 2;
    const row = {
      id: log.reviewedAt,
      ease: log.rating,
      ivl,
      lastIvl,
      factor: type === 0 ? 0 : 2500,
      time: Math.round(log.elapsedMs),
      type,
    };
    lastIvl = ivl;
    return row;
  });
}
