import { Dexie } from 'dexie';
import { isInDeck } from '../lib/cards/card';
import { noteKey } from '../lib/cards/note';
import {
  remainingToday,
  summariseDecks,
  type DeckSummary,
  type OwnDeckCounts,
} from '../lib/scheduler/deck-counts';
import type { GradeOutcome } from '../lib/scheduler/fsrs-adapter';
import { orderNewCards } from '../lib/scheduler/new-card-order';
import { withoutSiblings } from '../lib/scheduler/siblings';
import { studyDayOf, type StudyDay } from '../lib/scheduler/study-day';
import type { QueuedCard, QueueSource } from '../lib/scheduler/study-queue';
import { restoreBuried } from './card-actions';
import type { RecallDb } from './db';
import { cardsOfDecks } from './deck-rows';
import { markLeech, tagLeech } from './leech';
import { deckOptions, optionsByDeck } from './presets';
import { gradedRow, scheduleOf } from './schedule-rows';
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

export interface QueueOptions {
  /** Anki's "bury siblings": a note shows one card a day. Default: the deck's preset. */
  burySiblings?: boolean;
  /** "Study more": review cards due before this time (epoch ms) come after today's reviews. */
  reviewAheadUntil?: number;
}

/**
 * Today's cards for a session in `deckName` (its sub-decks included), within its preset's limits, in
 * its preset's new-card order, with the extra new cards "study more" added today. Buried cards whose day is over come back first.
 */
export async function loadQueueSource(
  db: RecallDb,
  deckName: string,
  day: StudyDay,
  queueOptions: QueueOptions = {},
): Promise<QueueSource> {
  const { reviewAheadUntil } = queueOptions;
  await restoreBuried(db, day.start);
  const tables = [db.decks, db.presets, db.cards, db.schedules, db.logs, db.meta];
  return db.transaction('r', tables, async () => {
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
    const newLimit = remaining.new + (await extraNewToday(db, deckName, day));
    const fetch = async (queue: string, range: [unknown, unknown], limit = Infinity) => {
      const perDeck = await Promise.all(
        subtree.map((d) => {
          const rows = db.schedules
            .where('[deck+queue+due]')
            .between([d.name, queue, range[0]], [d.name, queue, range[1]], true, true);
          return (limit === Infinity ? rows : rows.limit(limit)).toArray();
        }),
      );
      return perDeck
        .flat()
        .sort((a, b) => a.due - b.due)
        .slice(0, limit)
        .map(toQueued);
    };
    const today: [unknown, unknown] = [Dexie.minKey, day.end - 1];
    const [learning, ahead] = await Promise.all([
      fetch('learn', today),
      reviewAheadUntil === undefined
        ? []
        : fetch('review', [day.end, reviewAheadUntil - 1], Infinity),
    ]);
    const newRange: [unknown, unknown] = [Dexie.minKey, Dexie.maxKey];
    // In random order, which new cards come today depends on all of them, not the first few.
    const fetchFresh = async (limit: number) => {
      const all = await fetch('new', newRange, options.newCardOrder === 'notes' ? limit : Infinity);
      return orderNewCards(all, options.newCardOrder, day.start).slice(0, limit);
    };
    if (!(queueOptions.burySiblings ?? options.burySiblings)) {
      const [review, fresh] = await Promise.all([
        fetch('review', today, remaining.review),
        fetchFresh(newLimit),
      ]);
      return { learning, review: [...review, ...ahead], fresh };
    }
    const studied = await studiedCardIds(db, subtree, day);
    // Siblings left out make room for the next cards: fetch more until both limits are met.
    for (let more = 2; ; more *= 2) {
      const wanted = { review: remaining.review * more + 10, fresh: newLimit * more + 10 };
      const [review, fresh] = await Promise.all([
        fetch('review', today, wanted.review),
        fetchFresh(wanted.fresh),
      ]);
      const cards = await cardsByIds(db, [
        ...studied,
        ...[...learning, ...review, ...ahead, ...fresh].map((c) => c.cardId),
      ]);
      const noteOf = (id: string) => {
        const card = cards.get(id);
        return card && noteKey(card);
      };
      const kept = withoutSiblings(
        { learning, review: [...review, ...ahead], fresh },
        noteOf,
        studied,
      );
      const dueToday = new Set(review.map((c) => c.cardId));
      const keptToday = kept.review.filter((c) => dueToday.has(c.cardId));
      const reviewsMet = keptToday.length >= remaining.review || review.length < wanted.review;
      const freshMet = kept.fresh.length >= newLimit || fresh.length < wanted.fresh;
      if (reviewsMet && freshMet) {
        return {
          learning,
          review: [
            ...keptToday.slice(0, remaining.review),
            ...kept.review.filter((c) => !dueToday.has(c.cardId)),
          ],
          fresh: kept.fresh.slice(0, newLimit),
        };
      }
    }
  });
}

async function studiedCardIds(db: RecallDb, decks: DeckRow[], day: StudyDay): Promise<string[]> {
  const logs = await Promise.all(
    decks.map((d) =>
      db.logs.where('[deck+reviewedAt]').between([d.name, day.start], [d.name, day.end]).toArray(),
    ),
  );
  return [...new Set(logs.flat().map((log) => log.cardId))];
}

const extraNewKey = (deckName: string) => `study-more/${deckName}`;

/** "Study more" new cards added to `deckName` today; a new study day starts from none. */
async function extraNewToday(db: RecallDb, deckName: string, day: StudyDay): Promise<number> {
  const value = (await db.meta.get(extraNewKey(deckName)))?.value as
    { dayStart: number; extraNew: number } | undefined;
  return value && value.dayStart === day.start ? value.extraNew : 0;
}

/** Adds `count` new cards to what `deckName` may introduce today, as Anki's custom study does. */
export async function addExtraNewToday(
  db: RecallDb,
  deckName: string,
  day: StudyDay,
  count: number,
): Promise<void> {
  if (!Number.isInteger(count) || count < 1 || count > 9999) {
    throw new Error(`${count} is not a number of cards from 1 to 9999`);
  }
  await db.transaction('rw', db.meta, async () => {
    const extraNew = (await extraNewToday(db, deckName, day)) + count;
    await db.meta.put({ key: extraNewKey(deckName), value: { dayStart: day.start, extraNew } });
  });
}

function toQueued(row: ScheduleRow): QueuedCard {
  return { cardId: row.cardId, schedule: scheduleOf(row) };
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
    const graded = gradedRow(before, outcome.schedule);
    const leech = await markLeech(db, before, graded, write.leechThreshold);
    const after = leech?.schedule ?? graded;
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

/**
 * Whether `deckName` or a sub-deck has a card one could study, today or later (suspended and
 * buried ones count, retired ones do not): the done screen tells a finished deck from an empty one.
 */
export async function deckHasCards(db: RecallDb, deckName: string): Promise<boolean> {
  const subtree = (await db.decks.toArray()).filter((d) => isInDeck(d.name, deckName));
  const queues = ['new', 'learn', 'review', 'suspended', 'buried'] as const;
  const firsts = await Promise.all(
    subtree.flatMap((d) =>
      queues.map((queue) =>
        db.schedules
          .where('[deck+queue+due]')
          .between([d.name, queue, Dexie.minKey], [d.name, queue, Dexie.maxKey], true, true)
          .first(),
      ),
    ),
  );
  return firsts.some((row) => row !== undefined);
}

/** "Studied N cards in M minutes today", as Anki's deck list says. */
export async function studiedToday(
  db: RecallDb,
  day: StudyDay,
): Promise<{ cards: number; ms: number }> {
  const logs = await db.logs.where('reviewedAt').between(day.start, day.end).toArray();
  return { cards: logs.length, ms: logs.reduce((sum, log) => sum + log.elapsedMs, 0) };
}

/** What a session in `deckName` did since `since`: cards graded, time spent, and Again presses. */
export async function sessionSummary(
  db: RecallDb,
  deckName: string,
  since: number,
): Promise<{ cards: number; ms: number; again: number }> {
  const subtree = (await db.decks.toArray()).filter((d) => isInDeck(d.name, deckName));
  const logs = (
    await Promise.all(
      subtree.map((d) =>
        db.logs
          .where('[deck+reviewedAt]')
          .between([d.name, since], [d.name, Dexie.maxKey])
          .toArray(),
      ),
    )
  ).flat();
  return {
    cards: logs.length,
    ms: logs.reduce((sum, log) => sum + log.elapsedMs, 0),
    again: logs.filter((log) => log.rating === 1).length,
  };
}

/** A card with its schedule row and review history (oldest first), for the card info dialog. */
export async function cardHistory(
  db: RecallDb,
  cardId: string,
): Promise<{ card: CardRow; schedule: ScheduleRow; logs: LogRow[] }> {
  return db.transaction('r', db.cards, db.schedules, db.logs, async () => {
    const [card, schedule] = await Promise.all([db.cards.get(cardId), db.schedules.get(cardId)]);
    if (!card || !schedule) {
      throw new Error(`no card ${cardId}`);
    }
    const logs = await db.logs.where('cardId').equals(cardId).sortBy('reviewedAt');
    return { card, schedule, logs };
  });
}

/** The other cards of `card`'s note in its deck (the rule is in lib/cards/note.ts). */
export async function siblingIds(db: RecallDb, card: CardRow): Promise<string[]> {
  const key = noteKey(card);
  if (key === undefined) {
    return [];
  }
  const cards = await cardsOfDecks(db, [card.deck]);
  return cards.filter((other) => other.id !== card.id && noteKey(other) === key).map((c) => c.id);
}
