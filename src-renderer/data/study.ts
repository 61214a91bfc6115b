import { Dexie } from 'dexie';
import { isInDeck } from '../lib/cards/card';
import {
  remainingToday,
  summariseDecks,
  type DeckSummary,
  type OwnDeckCounts,
} from '../lib/scheduler/deck-counts';
import type { GradeOutcome } from '../lib/scheduler/fsrs-adapter';
import { orderNewCards } from '../lib/scheduler/new-card-order';
import { studyDayOf, type StudyDay } from '../lib/scheduler/study-day';
import type { QueuedCard, QueueSource } from '../lib/scheduler/study-queue';
import { queueOf, type ScheduleState } from '../lib/scheduler/types';
import type { RecallDb } from './db';
import { markLeech, tagLeech } from './leech';
import { deckOptions, optionsByDeck } from './presets';
import type { CardRow, DeckRow, LogRow, ScheduleRow } from './schema';

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

async function ownCountsOfAll(db: RecallDb, decks: DeckRow[], dayOf: (deck: string) => StudyDay) {
  return Promise.all(
    decks.map(async (deck) => ({ ...deck, own: await ownCounts(db, deck.name, dayOf(deck.name)) })),
  );
}

/**
 * The deck list's new / learning / review counts for today: each deck's own study day (its
 * preset's rollover hour) and its preset's daily limits.
 */
export async function deckSummaries(db: RecallDb, now: Date): Promise<DeckSummary[]> {
  return db.transaction('r', db.decks, db.presets, db.schedules, db.logs, async () => {
    const options = await optionsByDeck(db);
    const optionsOf = (deck: string) => options.get(deck)!;
    const days = new Map(
      [...options].map(([deck, o]) => [deck, studyDayOf(now, o.rolloverHour)] as const),
    );
    const counted = await ownCountsOfAll(db, await db.decks.toArray(), (deck) => days.get(deck)!);
    return summariseDecks(
      counted.map((deck) => ({
        ...deck,
        newPerDay: optionsOf(deck.name).newPerDay,
        reviewsPerDay: optionsOf(deck.name).reviewsPerDay,
      })),
    );
  });
}

/**
 * Today's cards for a session in `deckName` (its sub-decks included), within its preset's limits
 * and in its preset's new-card order.
 */
export async function loadQueueSource(
  db: RecallDb,
  deckName: string,
  day: StudyDay,
): Promise<QueueSource> {
  return db.transaction('r', db.decks, db.presets, db.schedules, db.logs, async () => {
    const deck = await db.decks.get(deckName);
    if (!deck) {
      throw new Error(`no deck named ${deckName}`);
    }
    const options = await deckOptions(db, deckName);
    const subtree = (await db.decks.toArray()).filter((d) => isInDeck(d.name, deckName));
    const counted = await ownCountsOfAll(db, subtree, () => day);
    const remaining = remainingToday(options, {
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
    const [learning, review, allFresh] = await Promise.all([
      fetch('learn', day.end - 1),
      fetch('review', day.end - 1, remaining.review),
      // In random order, which new cards come today depends on all of them, not the first few.
      fetch('new', Dexie.maxKey, options.newCardOrder === 'notes' ? remaining.new : Infinity),
    ]);
    const fresh = orderNewCards(allFresh, options.newCardOrder, day.start).slice(0, remaining.new);
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
  /** The card's preset's leech threshold; without it a lapse never makes a leech. */
  leechThreshold?: number;
}

/** A written grade, enough to take it back: the schedule row before and after, and its log. */
export interface GradeRecord {
  before: ScheduleRow;
  after: ScheduleRow;
  log: LogRow & { id: number };
  /** The card as it was when this grade made it a leech (tagged and suspended). */
  leechedCard?: CardRow;
}

/**
 * A grade writes the card's new schedule and its review log in one transaction: if either
 * write fails, neither happens and the error reaches the caller.
 */
export async function recordGrade(db: RecallDb, write: GradeWrite): Promise<GradeRecord> {
  const { cardId, deck, outcome, elapsedMs } = write;
  return db.transaction('rw', db.cards, db.schedules, db.logs, async () => {
    const before = await db.schedules.get(cardId);
    if (!before) {
      throw new Error(`no schedule for card ${cardId}`);
    }
    const written = scheduleRow(cardId, deck, outcome.schedule);
    const leech = await markLeech(db, before, written, write.leechThreshold);
    const after = leech?.schedule ?? written;
    await db.schedules.put(after);
    const log = { ...outcome.log, cardId, deck, elapsedMs };
    const record = { before, after, log: { ...log, id: await addLog(db, log) } };
    return leech ? { ...record, leechedCard: leech.cardBefore } : record;
  });
}

async function addLog(db: RecallDb, log: LogRow): Promise<number> {
  const id = await db.logs.add(log);
  if (id === undefined) {
    throw new Error('the review log got no id');
  }
  return id;
}

/** Only the row a grade wrote may be taken back: an import or another grade since wins. */
async function expectRow(db: RecallDb, expected: ScheduleRow): Promise<void> {
  const current = await db.schedules.get(expected.cardId);
  if (
    !current ||
    current.due !== expected.due ||
    current.reps !== expected.reps ||
    current.queue !== expected.queue
  ) {
    throw new Error(`card ${expected.cardId} changed since it was graded`);
  }
}

/** Puts the card's schedule back as it was before the grade and deletes its log, in one go. */
export async function undoGrade(db: RecallDb, grade: GradeRecord): Promise<void> {
  await db.transaction('rw', db.cards, db.schedules, db.logs, async () => {
    await expectRow(db, grade.after);
    await db.schedules.put(grade.before);
    await db.logs.delete(grade.log.id);
    if (grade.leechedCard) {
      await db.cards.put(grade.leechedCard);
    }
  });
}

/** Writes an undone grade again; its log gets a new id. */
export async function redoGrade(db: RecallDb, grade: GradeRecord): Promise<GradeRecord> {
  return db.transaction('rw', db.cards, db.schedules, db.logs, async () => {
    await expectRow(db, grade.before);
    await db.schedules.put(grade.after);
    if (grade.leechedCard) {
      await tagLeech(db, grade.after.cardId);
    }
    const { id: _old, ...log } = grade.log;
    return { ...grade, log: { ...log, id: await addLog(db, log) } };
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
