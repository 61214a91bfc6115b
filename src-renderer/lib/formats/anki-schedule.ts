/**
 * Scheduling between Anki's columns and our rows. Anki keeps review due dates as day numbers
 * counted from the collection's creation (`crt`, seconds), learning due dates as epoch seconds,
 * and FSRS memory state (`s`, `d`) in the card's `data` JSON; the review log id is its time in ms.
 */
import { z } from 'zod';
import type { CardState, Rating, ScheduleState } from '../scheduler/types';
import { FLAGS, type Flag } from '../cards/card';
import type { CardMarks, ImportedLog } from './types';

const DAY_MS = 86_400_000;
/** The range of a JavaScript Date; a time outside it cannot be stored and read back. */
const MAX_DATE_MS = 8.64e15;

export const isDateMs = (ms: number) => Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS;

/** The ranges of Anki's own card columns (i32 and u32 in its Rust types). */
const i32 = z
  .number()
  .int()
  .min(-(2 ** 31))
  .max(2 ** 31 - 1);
const u32 = z
  .number()
  .int()
  .min(0)
  .max(2 ** 32 - 1);
const ankiCardRow = z.object({
  type: z.number().int().min(0).max(3),
  queue: z.number().int().min(-3).max(4),
  due: i32,
  ivl: u32,
  factor: u32,
  reps: u32,
  lapses: u32,
  left: u32,
  odue: i32,
  odid: z.number().int(),
  data: z.string(),
});
const ankiRevlogRow = z.object({
  id: z.number().int().min(0).max(MAX_DATE_MS),
  cid: z.number().int(),
  ease: z.number().int().min(0).max(4),
  ivl: i32,
  lastIvl: i32,
  factor: u32,
  time: u32,
  type: z.number().int().min(0).max(5),
});

/** `due is Infinity`: the first value of a row outside Anki's ranges, or undefined. */
function problemOf(schema: z.ZodType, row: unknown): string | undefined {
  const parsed = schema.safeParse(row);
  if (parsed.success) {
    return undefined;
  }
  const issue = parsed.error.issues[0];
  const column = String(issue?.path[0] ?? '');
  const value = (row as Record<string, unknown>)[column];
  return `${column} is ${typeof value === 'string' ? JSON.stringify(value) : String(value)}, out of range`;
}

export const ankiCardRowProblem = (row: unknown) => problemOf(ankiCardRow, row);
export const revlogRowProblem = (row: unknown) => problemOf(ankiRevlogRow, row);

/**
 * `crt` is the collection's creation time in epoch seconds. The app's own writer puts it a day
 * before the earliest due date, which can be before 1970.
 */
export function ankiCrtProblem(crt: number): string | undefined {
  return Number.isInteger(crt) && isDateMs(crt * 1000)
    ? undefined
    : `(${String(crt)}) is out of range`;
}

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
      // JSON can hold 1e999, which parses to Infinity.
      return {
        ...(typeof s === 'number' && Number.isFinite(s) && s > 0 ? { s } : {}),
        ...(typeof d === 'number' && d >= 1 && d <= 10 ? { d } : {}),
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

/** Anki's suspended queue; its buried ones (-2, -3) last until the next day and are not kept. */
const SUSPENDED_QUEUE = -1;
/** The flag is the low three bits of Anki's `flags` column. */
const FLAG_BITS = 7;

/** A card row's marks: suspended, and its flag; undefined when it has neither. */
export function marksFromAnki(row: { queue: number; flags: unknown }): CardMarks | undefined {
  const bits = Number.isSafeInteger(row.flags) ? (row.flags as number) & FLAG_BITS : 0;
  const flag = FLAGS.find((value) => value === bits);
  const marks: CardMarks = {
    ...(row.queue === SUSPENDED_QUEUE ? { suspended: true as const } : {}),
    ...(flag === undefined ? {} : { flag }),
  };
  return Object.keys(marks).length > 0 ? marks : undefined;
}

/** The card row with its marks: a suspended card in Anki's suspended queue, and its flag. */
export function marksToAnki(
  row: AnkiCardRow,
  marks: CardMarks | undefined,
): AnkiCardRow & { flags: Flag | 0 } {
  return {
    ...row,
    ...(marks?.suspended ? { queue: SUSPENDED_QUEUE } : {}),
    flags: marks?.flag ?? 0,
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
