/**
 * Reading and writing a deck's exam: its settings on the deck row, readiness per topic with
 * its trend, and the plan to the date. Computations live in lib/exam; this reads the rows.
 */
import { Dexie, liveQuery } from 'dexie';
import { isInDeck } from '../lib/cards/card';
import type { Clock } from '../lib/clock';
import { ValidationError } from '../lib/errors';
import { ExamScheduler, examTargetOf } from '../lib/exam/exam-schedule';
import {
  newCardPlan,
  reviewForecast,
  type NewCardPlan,
  type ReviewForecast,
} from '../lib/exam/plan';
import {
  readinessOf,
  readinessTrend,
  type ReadinessPoint,
  type TopicReadiness,
} from '../lib/exam/readiness';
import {
  checkExamSettings,
  examDayOf,
  examOfDeck,
  studyDaysUntil,
  type ExamSettings,
} from '../lib/exam/settings';
import { topicOf, topicsOf } from '../lib/exam/topics';
import { Scheduler, schedulerOptionsOf } from '../lib/scheduler/fsrs-adapter';
import { treeOrder } from '../lib/scheduler/deck-counts';
import type { StudyDay } from '../lib/scheduler/study-day';
import type { ScheduleState } from '../lib/scheduler/types';
import type { RecallDb } from './db';
import { cardsOfDecks, schedulesOfDecks } from './deck-rows';
import { deckOptions } from './presets';
import type { CardRow, DeckRow, ScheduleRow } from './schema';

/** Readiness is drawn for now and at these many weeks before. */
export const TREND_WEEKS = 8;
const WEEK_MS = 7 * 86_400_000;

/** Sets (or, with null, removes) the exam of `deck`. */
export async function setDeckExam(
  db: RecallDb,
  deck: string,
  exam: ExamSettings | null,
): Promise<void> {
  const checked = exam === null ? undefined : checkExamSettings(exam);
  await db.transaction('rw', db.decks, async () => {
    const row = await db.decks.get(deck);
    if (!row) {
      throw new ValidationError(`no deck named ${deck}`);
    }
    const { exam: _old, ...rest } = row;
    await db.decks.put(checked ? { ...rest, exam: checked } : rest);
  });
}

export interface ExamCard {
  card: CardRow;
  topic: string;
  schedule: ScheduleState;
}

export interface ExamDeckRows {
  deck: DeckRow;
  topics: string[];
  cards: ExamCard[];
  /** Every deck, in deck-list order (for the exam an ancestor may hold). */
  decks: DeckRow[];
}

function scheduleOf(row: ScheduleRow): ScheduleState {
  const { cardId: _id, deck: _deck, queue: _queue, ...schedule } = row;
  return schedule;
}

/** The deck's cards still studied, each with its topic and schedule. */
export async function examDeckRows(db: RecallDb, deckName: string): Promise<ExamDeckRows> {
  return db.transaction('r', db.decks, db.cards, db.schedules, async () => {
    const decks = treeOrder(await db.decks.toArray());
    const deck = decks.find((d) => d.name === deckName);
    if (!deck) {
      throw new ValidationError(`no deck named ${deckName}`);
    }
    const subtree = decks.filter((d) => isInDeck(d.name, deckName)).map((d) => d.name);
    const [rows, scheduleRows] = await Promise.all([
      cardsOfDecks(db, subtree),
      schedulesOfDecks(db, subtree),
    ]);
    const schedules = new Map(scheduleRows.map((row) => [row.cardId, row]));
    const cards: ExamCard[] = [];
    rows.forEach((card) => {
      const schedule = schedules.get(card.id);
      if (card.retiredAt === undefined && schedule && schedule.queue !== 'retired') {
        cards.push({ card, topic: topicOf(card.deck, deckName), schedule: scheduleOf(schedule) });
      }
    });
    cards.sort((a, b) => a.card.position - b.card.position);
    const topics = topicsOf(
      deckName,
      subtree,
      cards.map((c) => c.card.deck),
    );
    return { deck, topics, cards, decks };
  });
}

export interface AppliedExam {
  /** The deck the exam is set on: this one or an ancestor. */
  deck: string;
  settings: ExamSettings;
  day: StudyDay;
  daysLeft: number;
}

export interface ExamReadiness {
  deck: string;
  topics: string[];
  cardsByTopic: Record<string, number>;
  /** The exam that applies (the deck's own or an ancestor's), null when none. */
  exam: AppliedExam | null;
  readiness: { topics: TopicReadiness[]; total: TopicReadiness } | null;
  /** Oldest first, the last one now. */
  trend: ReadinessPoint[];
}

export type ExamPlan = NewCardPlan & {
  unseen: number;
  reviews: ReviewForecast;
  /** The deck's own daily limit of new cards, which the study screen keeps to. */
  newLimit: number;
};

function appliedExam(rows: ExamDeckRows, deckName: string, now: Date): AppliedExam | null {
  const found = examOfDeck(deckName, rows.decks);
  if (!found) {
    return null;
  }
  const day = examDayOf(found.exam.date);
  return { deck: found.deck, settings: found.exam, day, daysLeft: studyDaysUntil(now, day) };
}

/** Readiness per topic now and over the past weeks (the exam and stats screens show it). */
export async function examReadiness(
  db: RecallDb,
  deckName: string,
  now: Date,
): Promise<ExamReadiness> {
  const rows = await examDeckRows(db, deckName);
  const cardsByTopic: Record<string, number> = {};
  for (const { topic } of rows.cards) {
    cardsByTopic[topic] = (cardsByTopic[topic] ?? 0) + 1;
  }
  const exam = appliedExam(rows, deckName, now);
  const base = { deck: deckName, topics: rows.topics, cardsByTopic, exam };
  if (!exam) {
    return { ...base, readiness: null, trend: [] };
  }
  const scheduler = new Scheduler(schedulerOptionsOf(await deckOptions(db, deckName)));
  const recall = (s: ScheduleState) => scheduler.retrievability(s, new Date(exam.day.start)) ?? 0;
  const target = exam.settings.targetRetention;
  const readiness = readinessOf(
    rows.topics,
    rows.cards.map((c) => ({ id: c.card.id, topic: c.topic, schedule: c.schedule })),
    recall,
    target,
  );
  const decks = new Set(rows.cards.map((c) => c.card.deck));
  const logs = (
    await Promise.all(
      [...decks].map((deck) =>
        db.logs
          .where('[deck+reviewedAt]')
          .between([deck, Dexie.minKey], [deck, now.getTime()], true, true)
          .toArray(),
      ),
    )
  ).flat();
  const points = Array.from(
    { length: TREND_WEEKS },
    (_, k) => now.getTime() - (TREND_WEEKS - k) * WEEK_MS,
  );
  const past = readinessTrend(
    rows.topics,
    rows.cards.map((c) => ({ id: c.card.id, topic: c.topic, createdAt: c.card.createdAt })),
    logs,
    points,
    recall,
    target,
  );
  return { ...base, readiness, trend: [...past, { at: now.getTime(), ...readiness }] };
}

export function liveExamReadiness(db: RecallDb, clock: Clock, deck: string) {
  return liveQuery(() => examReadiness(db, deck, clock.now()));
}

/** The plan to the exam date, null without an exam or once it has begun. */
export async function examPlan(
  db: RecallDb,
  deckName: string,
  now: Date,
): Promise<ExamPlan | null> {
  const rows = await examDeckRows(db, deckName);
  const exam = appliedExam(rows, deckName, now);
  if (!exam || now.getTime() >= exam.day.start) {
    return null;
  }
  const unseen = rows.cards.filter((c) => c.schedule.state === 'new').length;
  const newCards = newCardPlan(unseen, now, exam.day);
  // Fuzz off: the forecast is the same each time the screen opens.
  const options = await deckOptions(db, deckName);
  const scheduler = new ExamScheduler(
    new Scheduler({ ...schedulerOptionsOf(options), fuzz: false }),
    () => examTargetOf(exam.settings),
  );
  const reviews = reviewForecast(
    rows.cards.map((c) => c.schedule),
    newCards.newPerDay,
    now,
    exam.day,
    (schedule, at) => scheduler.grade(exam.deck, schedule, 3, at).schedule,
  );
  return { ...newCards, unseen, reviews, newLimit: options.newPerDay };
}

export function liveExamPlan(db: RecallDb, clock: Clock, deck: string) {
  return liveQuery(() => examPlan(db, deck, clock.now()));
}

export interface ReadinessBadge {
  ready: number;
  cards: number;
  date: string;
}

/**
 * For the deck list: the readiness of each deck with an exam and of each of its topics, by
 * deck name.
 */
export async function readinessBadges(db: RecallDb): Promise<Map<string, ReadinessBadge>> {
  const decks = await db.decks.toArray();
  const badges = new Map<string, ReadinessBadge>();
  for (const deck of decks) {
    if (!deck.exam) {
      continue;
    }
    const { exam } = deck;
    // The deck's own forgetting curve (optimized weights), as its exam page reads it.
    const scheduler = new Scheduler(schedulerOptionsOf(await deckOptions(db, deck.name)));
    const rows = await examDeckRows(db, deck.name);
    const at = new Date(examDayOf(exam.date).start);
    const result = readinessOf(
      rows.topics,
      rows.cards.map((c) => ({ id: c.card.id, topic: c.topic, schedule: c.schedule })),
      (s) => scheduler.retrievability(s, at) ?? 0,
      exam.targetRetention,
    );
    for (const row of [...result.topics, { ...result.total, topic: deck.name }]) {
      badges.set(row.topic, { ready: row.ready, cards: row.cards, date: exam.date });
    }
  }
  return badges;
}

export function liveReadinessBadges(db: RecallDb) {
  return liveQuery(() => readinessBadges(db));
}
