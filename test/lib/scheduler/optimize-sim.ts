/**
 * A review log generated from a known FSRS model: cards studied with ts-fsrs under `weights`,
 * each recall drawn (seeded) with the probability that model gives it. Reviews fall at 10:00
 * local time plus a few minutes, some days late, as a learner's do.
 */
import { forgetting_curve } from 'ts-fsrs';
import { Scheduler } from '../../../src-renderer/lib/scheduler/fsrs-adapter';
import {
  studyDayNumber,
  type LoggedReview,
} from '../../../src-renderer/lib/scheduler/optimize-input';
import type {
  Rating,
  ReviewLogEntry,
  ScheduleState,
} from '../../../src-renderer/lib/scheduler/types';

/** FSRS-6 parameters far from the defaults: slower forgetting from the first review on. */
export const KNOWN_WEIGHTS: readonly number[] = [
  1.6, 3.5, 7.0, 20.0, 6.0, 0.6, 2.2, 0.02, 1.3, 0.25, 1.1, 1.8, 0.12, 0.3, 1.9, 0.35, 2.4, 0.5,
  0.1, 0.07, 0.3,
];

/** Park–Miller: the same log on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const DAY = 86_400_000;
const START = new Date(2026, 0, 5, 10, 0).getTime();

export interface SimulatedCard {
  cardId: string;
  schedule: ScheduleState;
  logs: Omit<ReviewLogEntry, 'cardId'>[];
}

/** Studies `cardIds` every day they come due from `start` for `days` days. */
export function simulateCards(options: {
  weights: readonly number[];
  cardIds: readonly string[];
  days: number;
  seed: number;
  start?: number;
}): SimulatedCard[] {
  const random = seededRandom(options.seed);
  const scheduler = new Scheduler({ weights: [...options.weights], fuzz: false });
  const start = options.start ?? START;
  const end = start + options.days * DAY;
  return options.cardIds.map((cardId, c) => {
    let schedule: ScheduleState = scheduler.newSchedule(c);
    const logs: SimulatedCard['logs'] = [];
    let now = start + Math.floor(random() * 30) * DAY + Math.floor(random() * 60) * 60_000;
    while (now < end) {
      const rating = drawRating(schedule, now, options.weights, random);
      const outcome = scheduler.grade(schedule, rating, new Date(now));
      logs.push({ ...outcome.log, elapsedMs: 3_000 + Math.floor(random() * 9_000) });
      schedule = outcome.schedule;
      now = nextReviewTime(schedule, random);
    }
    return { cardId, schedule, logs };
  });
}

/** The simulated cards' logs, as the optimizer reads them. */
export function simulateLog(options: {
  weights: readonly number[];
  cards: number;
  days: number;
  seed: number;
}): LoggedReview[] {
  const cardIds = Array.from({ length: options.cards }, (_, c) => `card-${String(c)}`);
  return simulateCards({ ...options, cardIds }).flatMap(({ cardId, logs }) =>
    logs.map(({ rating, reviewedAt, stateBefore }) => ({
      cardId,
      rating,
      reviewedAt,
      stateBefore,
    })),
  );
}

function drawRating(
  schedule: ScheduleState,
  now: number,
  weights: readonly number[],
  random: () => number,
): Rating {
  if (schedule.state === 'new' || schedule.lastReview === undefined) {
    return random() < 0.25 ? 1 : 3;
  }
  const days = studyDayNumber(now) - studyDayNumber(schedule.lastReview);
  const recall = forgetting_curve([...weights], days, schedule.stability);
  if (random() >= recall) {
    return 1;
  }
  const r = random();
  return r < 0.1 ? 2 : r < 0.9 ? 3 : 4;
}

/** Learning steps are taken when due; reviews on their day, a third of them 1–4 days late. */
function nextReviewTime(schedule: ScheduleState, random: () => number): number {
  if (schedule.state !== 'review') {
    return schedule.due;
  }
  const late = random() < 1 / 3 ? 1 + Math.floor(random() * 4) : 0;
  return schedule.due + late * DAY + Math.floor(random() * 30) * 60_000;
}
