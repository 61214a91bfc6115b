/**
 * Readiness: per topic, the share of cards whose predicted recall on the exam day is at least
 * the target. A card never studied is not ready. The trend recomputes it as of past moments
 * from the review log: each card as its last review before that moment left it.
 */
import type { CardState, ScheduleState } from '../scheduler/types';

export interface ReadinessCard {
  id: string;
  topic: string;
  schedule: ScheduleState;
}

export interface TopicReadiness {
  topic: string;
  cards: number;
  ready: number;
}

/** Predicted recall on the exam day of a card in this state (Scheduler.retrievability). */
export type RecallOnExamDay = (schedule: ScheduleState) => number;

export function isReady(
  schedule: ScheduleState,
  recall: RecallOnExamDay,
  targetRetention: number,
): boolean {
  return schedule.state !== 'new' && recall(schedule) >= targetRetention;
}

/** One row per topic, in `topics` order, and a total over all of them. */
export function readinessOf(
  topics: readonly string[],
  cards: Iterable<ReadinessCard>,
  recall: RecallOnExamDay,
  targetRetention: number,
): { topics: TopicReadiness[]; total: TopicReadiness } {
  const rows = new Map(topics.map((topic) => [topic, { topic, cards: 0, ready: 0 }]));
  for (const card of cards) {
    const row = rows.get(card.topic);
    if (row) {
      row.cards++;
      row.ready += isReady(card.schedule, recall, targetRetention) ? 1 : 0;
    }
  }
  const list = [...rows.values()];
  const total = list.reduce(
    (sum, row) => ({ ...sum, cards: sum.cards + row.cards, ready: sum.ready + row.ready }),
    { topic: '', cards: 0, ready: 0 },
  );
  return { topics: list, total };
}

/** Ready share, 0 for a topic without cards. */
export const shareOf = (row: TopicReadiness): number => (row.cards ? row.ready / row.cards : 0);

export interface TrendCard {
  id: string;
  topic: string;
  createdAt: number;
}

/** What a review log entry says about the card right after that review. */
export interface TrendLog {
  cardId: string;
  reviewedAt: number;
  stateAfter: CardState;
  dueAfter: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
}

export interface ReadinessPoint {
  at: number;
  topics: TopicReadiness[];
  total: TopicReadiness;
}

/** The schedule a log entry left; only what the forgetting curve reads matters here. */
function scheduleAfter(log: TrendLog): ScheduleState {
  return {
    state: log.stateAfter,
    due: log.dueAfter,
    stability: log.stability,
    difficulty: log.difficulty,
    scheduledDays: log.scheduledDays,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    lastReview: log.reviewedAt,
  };
}

const NEVER_STUDIED: ScheduleState = {
  state: 'new',
  due: 0,
  stability: 0,
  difficulty: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 0,
  lapses: 0,
};

/**
 * Readiness as of each moment in `points`: cards that existed then (created, or reviewed,
 * by that moment), each in the state its last review up to then left it. One pass over the
 * log in time order, whatever the number of points.
 */
export function readinessTrend(
  topics: readonly string[],
  cards: readonly TrendCard[],
  logs: readonly TrendLog[],
  points: readonly number[],
  recall: RecallOnExamDay,
  targetRetention: number,
): ReadinessPoint[] {
  const known = new Map(cards.map((card) => [card.id, card]));
  const sorted = logs
    .filter((log) => known.has(log.cardId))
    .sort((a, b) => a.reviewedAt - b.reviewedAt);
  const last = new Map<string, TrendLog>();
  let next = 0;
  return [...points]
    .sort((a, b) => a - b)
    .map((at) => {
      for (; next < sorted.length && (sorted[next] as TrendLog).reviewedAt <= at; next++) {
        const log = sorted[next] as TrendLog;
        last.set(log.cardId, log);
      }
      const present = cards
        .filter((card) => card.createdAt <= at || last.has(card.id))
        .map((card) => {
          const log = last.get(card.id);
          return { ...card, schedule: log ? scheduleAfter(log) : NEVER_STUDIED };
        });
      return { at, ...readinessOf(topics, present, recall, targetRetention) };
    });
}
