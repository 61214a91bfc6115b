/**
 * The browser's cards, read from the database in one transaction: card content as the learner
 * sees it (their edit over the generated text), schedule, and the last answer from the review log. Retired cards (gone from their notes) are left out: the
 * browser shows cards one can study.
 */
import { effectiveContent } from '../lib/cards/override';
import type { BrowseQueue, BrowseRow } from '../lib/search/row';
import { queueOf } from '../lib/scheduler/types';
import type { RecallDb } from './db';
import type { CardRow, LogRow, ScheduleRow } from './schema';

export async function loadBrowseRows(db: RecallDb, now: number): Promise<BrowseRow[]> {
  return db.transaction('r', db.cards, db.schedules, db.logs, async () => {
    const [cards, schedules, logs] = await Promise.all([
      db.cards.toArray(),
      db.schedules.toArray(),
      db.logs.toArray(),
    ]);
    return joinRows(cards, schedules, lastRatedOf(logs), now);
  });
}

/**
 * The given cards as they are now, after an action: rows for those that still exist (and are
 * not retired), and the ids of the rest, for the browser to drop.
 */
export async function reloadBrowseRows(
  db: RecallDb,
  ids: readonly string[],
  now: number,
): Promise<{ rows: BrowseRow[]; gone: string[] }> {
  return db.transaction('r', db.cards, db.schedules, db.logs, async () => {
    const [cards, schedules, logs] = await Promise.all([
      db.cards.bulkGet([...ids]),
      db.schedules.bulkGet([...ids]),
      db.logs
        .where('cardId')
        .anyOf([...ids])
        .toArray(),
    ]);
    const present = (row: CardRow | ScheduleRow | undefined) => row !== undefined;
    const rows = joinRows(
      cards.filter(present) as CardRow[],
      schedules.filter(present) as ScheduleRow[],
      lastRatedOf(logs),
      now,
    );
    const kept = new Set(rows.map((row) => row.id));
    return { rows, gone: ids.filter((id) => !kept.has(id)) };
  });
}

function lastRatedOf(logs: readonly LogRow[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const log of logs) {
    if (log.reviewedAt > (last.get(log.cardId) ?? -Infinity)) {
      last.set(log.cardId, log.reviewedAt);
    }
  }
  return last;
}

function joinRows(
  cards: readonly CardRow[],
  schedules: readonly ScheduleRow[],
  lastRated: ReadonlyMap<string, number>,
  now: number,
): BrowseRow[] {
  const scheduleOf = new Map(schedules.map((row) => [row.cardId, row]));
  const rows: BrowseRow[] = [];
  for (const card of cards) {
    const schedule = scheduleOf.get(card.id);
    if (!schedule || schedule.queue === 'retired' || card.retiredAt !== undefined) {
      continue;
    }
    const content = effectiveContent(card);
    rows.push({
      id: card.id,
      question: content.front,
      answer: content.back,
      deck: card.deck,
      tags: content.tags,
      kind: card.kind,
      state: schedule.state,
      queue: browseQueue(schedule, now),
      due: schedule.due,
      interval: schedule.scheduledDays,
      stability: schedule.stability,
      difficulty: schedule.difficulty,
      reps: schedule.reps,
      lapses: schedule.lapses,
      flag: schedule.flag ?? 0,
      position: card.position,
      createdAt: card.createdAt,
      updatedAt: card.updatedAt,
      lastRatedAt: lastRated.get(card.id) ?? null,
    });
  }
  return rows;
}

/** A buried card whose day is over is back in its queue, whether or not the deck list has run. */
function browseQueue(schedule: ScheduleRow, now: number): BrowseQueue {
  if (schedule.queue === 'buried' && (schedule.buriedUntil ?? 0) <= now) {
    return queueOf(schedule.state);
  }
  return schedule.queue;
}
