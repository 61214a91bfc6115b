/**
 * Mock exams: the cards a draw picks from, the results kept in `mockExams`, and the one
 * schedule change a mock exam can make, sending the missed cards to relearning.
 */
import { liveQuery } from 'dexie';
import { effectiveContent } from '../lib/cards/override';
import { ValidationError } from '../lib/errors';
import type { MockCard } from '../lib/exam/mock-exam';
import { scoreByTopic, type TopicScore } from '../lib/exam/mock-judge';
import type { Scheduler } from '../lib/scheduler/fsrs-adapter';
import type { RecallDb } from './db';
import { examDeckRows } from './exam';
import type { LogRow, MockExamRow } from './schema';
import { gradedRow, scheduleOf } from './schedule-rows';

/** The deck's cards as mock exam questions can use them, with its topics in list order. */
export async function mockExamCards(
  db: RecallDb,
  deck: string,
): Promise<{ topics: string[]; cards: MockCard[] }> {
  const rows = await examDeckRows(db, deck);
  return {
    topics: rows.topics,
    // Questions as the study screen shows them: with the learner's edits.
    cards: rows.cards.map(({ card, topic }) => {
      const { front, back } = effectiveContent(card);
      return { id: card.id, topic, kind: card.kind, front, back };
    }),
  };
}

export async function saveMockExam(db: RecallDb, row: MockExamRow): Promise<number> {
  const id = await db.mockExams.add(row);
  if (id === undefined) {
    throw new Error('the mock exam result got no id');
  }
  return id;
}

export interface MockExamSummary {
  id: number;
  finishedAt: number;
  durationMs: number;
  total: TopicScore;
  topics: TopicScore[];
}

/** The deck's mock exams, oldest first, scored by topic (the stats screen reads this too). */
export async function mockExamHistory(db: RecallDb, deck: string): Promise<MockExamSummary[]> {
  const rows = await db.mockExams.where('deck').equals(deck).sortBy('finishedAt');
  return rows.map((row) => {
    const score = scoreByTopic(row.answers, []);
    return {
      id: row.id ?? 0,
      finishedAt: row.finishedAt,
      durationMs: row.finishedAt - row.startedAt,
      total: score.total,
      topics: score.topics,
    };
  });
}

export function liveMockExamHistory(db: RecallDb, deck: string) {
  return liveQuery(() => mockExamHistory(db, deck));
}

/**
 * The missed cards, answered Again now as in the study screen: a review card lapses into
 * relearning, a card never studied starts learning. Every schedule and its log in one
 * transaction; a card that is gone or retired stops it with nothing written.
 */
export async function sendToRelearning(
  db: RecallDb,
  cardIds: readonly string[],
  now: Date,
  scheduler: Scheduler,
): Promise<number> {
  const ids = [...new Set(cardIds)];
  return db.transaction('rw', db.schedules, db.logs, async () => {
    const rows = await db.schedules.bulkGet(ids);
    const schedules = [];
    const logs: LogRow[] = [];
    for (const [i, row] of rows.entries()) {
      if (!row || row.queue === 'retired') {
        throw new ValidationError(`card ${ids[i]} is no longer studied`);
      }
      const { cardId, deck } = row;
      const outcome = scheduler.grade(scheduleOf(row), 1, now);
      schedules.push(gradedRow(row, outcome.schedule));
      logs.push({ ...outcome.log, cardId, deck, elapsedMs: 0 });
    }
    await db.schedules.bulkPut(schedules);
    await db.logs.bulkAdd(logs);
    return schedules.length;
  });
}
