import { Dexie } from 'dexie';
import { isInDeck } from '../lib/cards/card';
import {
  remainingToday,
  summariseDecks,
  type DeckSummary,
  type OwnDeckCounts,
} from '../lib/scheduler/deck-counts';
import type { GradeOutcome } from '../lib/scheduler/fsrs-adapter';
import type { StudyDay } from '../lib/scheduler/study-day';
import type { QueuedCard, QueueSource } from '../lib/scheduler/study-queue';
import { queueOf, type ScheduleState } from '../lib/scheduler/types';
import type { RecallDb } from './db';
import type { CardRow, DeckRow, ScheduleRow } from './schema';

function dueRange(deck: string, queue: string, upTo: unknown): [unknown[], unknown[]] {
  return [
    [deck, queue, Dexie.minKey],
    [deck, queue, upTo],
  ];
}

async function ownCounts(db: RecallDb, deck: string, day: StudyDay): Promise<OwnDeckCounts> {
  const index = db.schedules.where('[deck+queue+due]');
  const [fresh, learn, review, todaysLogs] = await Promise.all([
    index.between(...dueRange(deck, 'new', Dexie.maxKey), true, true).count(),
    index.between(...dueRange(deck, 'learn', day.end)).count(),
    index.between(...dueRange(deck, 'review', day.end)).count(),
    db.logs.where('[deck+reviewedAt]').between([deck, day.start], [deck, day.end]).toArray(),
  ]);
  return {
    new: fresh,
    learn,
    review,
    introducedToday: todaysLogs.filter((log) => log.stateBefore === 'new').length,
    reviewedToday: todaysLogs.filter((log) => log.stateBefore === 'review').length,
  };
}

async function ownCountsOfAll(db: RecallDb, decks: DeckRow[], day: StudyDay) {
  return Promise.all(
    decks.map(async (deck) => ({ ...deck, own: await ownCounts(db, deck.name, day) })),
  );
}

/** The deck list's new / learning / review counts for today. */
export async function deckSummaries(db: RecallDb, day: StudyDay): Promise<DeckSummary[]> {
  return db.transaction('r', db.decks, db.schedules, db.logs, async () =>
    summariseDecks(await ownCountsOfAll(db, await db.decks.toArray(), day)),
  );
}

/** Today's cards for a session in `deckName` (its sub-decks included), within its limits. */
export async function loadQueueSource(
  db: RecallDb,
  deckName: string,
  day: StudyDay,
): Promise<QueueSource> {
  return db.transaction('r', db.decks, db.schedules, db.logs, async () => {
    const deck = await db.decks.get(deckName);
    if (!deck) {
      throw new Error(`no deck named ${deckName}`);
    }
    const subtree = (await db.decks.toArray()).filter((d) => isInDeck(d.name, deckName));
    const counted = await ownCountsOfAll(db, subtree, day);
    const remaining = remainingToday(deck, {
      introducedToday: counted.reduce((sum, d) => sum + d.own.introducedToday, 0),
      reviewedToday: counted.reduce((sum, d) => sum + d.own.reviewedToday, 0),
    });
    const fetch = async (queue: string, upTo: unknown, limit = Infinity) => {
      const perDeck = await Promise.all(
        subtree.map((d) => {
          const rows = db.schedules
            .where('[deck+queue+due]')
            .between(...dueRange(d.name, queue, upTo), true, true);
          return (limit === Infinity ? rows : rows.limit(limit)).toArray();
        }),
      );
      return perDeck
        .flat()
        .sort((a, b) => a.due - b.due)
        .slice(0, limit)
        .map(toQueued);
    };
    const [learning, review, fresh] = await Promise.all([
      fetch('learn', day.end - 1),
      fetch('review', day.end - 1, remaining.review),
      fetch('new', Dexie.maxKey, remaining.new),
    ]);
    return { learning, review, fresh };
  });
}

function toQueued(row: ScheduleRow): QueuedCard {
  const { cardId, deck: _deck, queue: _queue, ...schedule } = row;
  return { cardId, schedule };
}

export async function cardsByIds(db: RecallDb, ids: string[]): Promise<Map<string, CardRow>> {
  const rows = await db.cards.bulkGet(ids);
  return new Map(rows.filter((row) => row !== undefined).map((row) => [row.id, row]));
}

export interface GradeWrite {
  cardId: string;
  deck: string;
  outcome: GradeOutcome;
  elapsedMs: number;
}

/**
 * A grade writes the card's new schedule and its review log in one transaction: if either
 * write fails, neither happens and the error reaches the caller.
 */
export async function recordGrade(db: RecallDb, write: GradeWrite): Promise<void> {
  const { cardId, deck, outcome, elapsedMs } = write;
  await db.transaction('rw', db.schedules, db.logs, async () => {
    await db.schedules.put(scheduleRow(cardId, deck, outcome.schedule));
    await db.logs.add({ ...outcome.log, cardId, deck, elapsedMs });
  });
}

export function scheduleRow(cardId: string, deck: string, schedule: ScheduleState): ScheduleRow {
  return { ...schedule, cardId, deck, queue: queueOf(schedule.state) };
}

/**
 * When the next card of `deckName` comes due from `after` (the end of today's study day) on,
 * for the "done" screen. New cards left over by today's limit are due when the next day starts.
 */
export async function nextDueAfter(
  db: RecallDb,
  deckName: string,
  after: number,
): Promise<number | null> {
  const subtree = (await db.decks.toArray()).filter((d) => isInDeck(d.name, deckName));
  const firsts = await Promise.all(
    subtree.flatMap((d) => [
      ...(['learn', 'review'] as const).map((queue) =>
        db.schedules
          .where('[deck+queue+due]')
          .between([d.name, queue, after], [d.name, queue, Dexie.maxKey])
          .first(),
      ),
      db.schedules
        .where('[deck+queue+due]')
        .between(...dueRange(d.name, 'new', Dexie.maxKey), true, true)
        .first()
        .then((row) => row && { ...row, due: after }),
    ]),
  );
  const dues = firsts.filter((row) => row !== undefined).map((row) => row.due);
  return dues.length ? Math.min(...dues) : null;
}

/** "Studied N cards in M minutes today", as Anki's deck list says. */
export async function studiedToday(
  db: RecallDb,
  day: StudyDay,
): Promise<{ cards: number; ms: number }> {
  const logs = await db.logs.where('reviewedAt').between(day.start, day.end).toArray();
  return { cards: logs.length, ms: logs.reduce((sum, log) => sum + log.elapsedMs, 0) };
}
