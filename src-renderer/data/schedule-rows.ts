/**
 * The one place that turns a schedule row into the scheduler's state and back. A row adds to the
 * scheduler's state where the card is (deck, queue) and the learner's marks on it (suspended,
 * buried, flag); every writer goes through here so no write drops a mark by accident.
 */
import type { CardMarks } from '../lib/formats/types';
import { queueOf, type ScheduleState } from '../lib/scheduler/types';
import type { ScheduleRow } from './schema';

/** The scheduler's part of a row: what ts-fsrs reads and writes. */
export function scheduleOf(row: ScheduleRow): ScheduleState {
  const {
    cardId: _cardId,
    deck: _deck,
    queue: _queue,
    buriedUntil: _buriedUntil,
    flag: _flag,
    ...schedule
  } = row;
  return schedule;
}

/** A card's first row: in the queue its state belongs to, with no marks. */
export function newScheduleRow(cardId: string, deck: string, schedule: ScheduleState): ScheduleRow {
  return { ...schedule, cardId, deck, queue: queueOf(schedule.state) };
}

/**
 * The row after a grade: the card was shown, so it is in its state's queue again (not buried or
 * suspended); its flag stays.
 */
export function gradedRow(before: ScheduleRow, schedule: ScheduleState): ScheduleRow {
  return activeRow({ ...newScheduleRow(before.cardId, before.deck, schedule), ...flagOf(before) });
}

/**
 * The row of a card whose content was written again (a re-import, a move): it follows the card's
 * deck and may get a schedule from the file; the learner's suspension, burial and flag stay. A
 * retired card that comes back goes to its state's queue.
 */
export function keptMarksRow(
  row: ScheduleRow,
  deck: string,
  schedule: ScheduleState = scheduleOf(row),
): ScheduleRow {
  const fresh = newScheduleRow(row.cardId, deck, schedule);
  if (row.queue === 'suspended') {
    return { ...fresh, ...flagOf(row), queue: 'suspended' };
  }
  if (row.queue === 'buried' && row.buriedUntil !== undefined) {
    return { ...fresh, ...flagOf(row), queue: 'buried', buriedUntil: row.buriedUntil };
  }
  return { ...fresh, ...flagOf(row) };
}

/** A new card's row with the marks a file gave it (a suspension, a flag). */
export function withMarks(row: ScheduleRow, marks: CardMarks | undefined): ScheduleRow {
  return {
    ...row,
    ...(marks?.suspended ? { queue: 'suspended' } : {}),
    ...(marks?.flag === undefined ? {} : { flag: marks.flag }),
  };
}

/** The marks a file carries for this row; a burial lasts a day and is left out. */
export function marksOf(row: ScheduleRow): CardMarks | undefined {
  const marks: CardMarks = {
    ...(row.queue === 'suspended' ? { suspended: true as const } : {}),
    ...(row.flag === undefined ? {} : { flag: row.flag }),
  };
  return Object.keys(marks).length > 0 ? marks : undefined;
}

/** The row back in the queue its state belongs to: unburied, unsuspended; the flag stays. */
export function activeRow(row: ScheduleRow): ScheduleRow {
  const { buriedUntil: _buriedUntil, ...rest } = row;
  return { ...rest, queue: queueOf(row.state) };
}

/** Whether a card is in one of the study queues (not suspended, buried or retired). */
export function isActive(row: ScheduleRow): boolean {
  return row.queue === 'new' || row.queue === 'learn' || row.queue === 'review';
}

function flagOf(row: ScheduleRow): Pick<ScheduleRow, 'flag'> {
  return row.flag === undefined ? {} : { flag: row.flag };
}
