/**
 * The one place that speaks ts-fsrs: it maps ts-fsrs cards and logs to our rows (types.ts)
 * and back, so ts-fsrs's field names and Date objects stay inside this module.
 */
import {
  createEmptyCard,
  default_w,
  forgetting_curve,
  fsrs,
  generatorParameters,
  State,
  type Card as FsrsCard,
  type FSRS,
  type Grade,
  type RecordLogItem,
  type StepUnit,
} from 'ts-fsrs';
import { InternalError } from '../errors';
import type { DeckOptions } from './deck-options';
import { formatInterval } from './interval';
import {
  CARD_STATES,
  RATINGS,
  type CardState,
  type Rating,
  type ReviewLogEntry,
  type ScheduleState,
} from './types';

export interface SchedulerOptions {
  desiredRetention: number;
  fuzz: boolean;
  learningSteps: StepUnit[];
  relearningSteps: StepUnit[];
  maximumIntervalDays: number;
  /** FSRS parameters (the optimizer's); absent means ts-fsrs's defaults. */
  weights?: number[];
}

export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = {
  desiredRetention: 0.9,
  fuzz: true,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  maximumIntervalDays: 36500,
};

/** What a deck's preset asks of the scheduler. */
export function schedulerOptionsOf(options: DeckOptions): Partial<SchedulerOptions> {
  return {
    desiredRetention: options.desiredRetention,
    learningSteps: options.learningSteps,
    relearningSteps: options.relearningSteps,
    maximumIntervalDays: options.maximumIntervalDays,
    ...(options.weights ? { weights: options.weights } : {}),
  };
}

export type GradeOutcome = {
  schedule: ScheduleState;
  log: Omit<ReviewLogEntry, 'cardId' | 'elapsedMs'>;
};

export type GradePreview = GradeOutcome & { interval: string };

const STATE_TO_FSRS: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

export class Scheduler {
  private readonly engine: FSRS;

  constructor(options: Partial<SchedulerOptions> = {}) {
    const o = { ...DEFAULT_SCHEDULER_OPTIONS, ...options };
    this.engine = fsrs(
      generatorParameters({
        request_retention: o.desiredRetention,
        enable_fuzz: o.fuzz,
        enable_short_term: true,
        learning_steps: o.learningSteps,
        relearning_steps: o.relearningSteps,
        maximum_interval: o.maximumIntervalDays,
        ...(o.weights ? { w: o.weights } : {}),
      }),
    );
  }

  /** A card never studied; `position` orders new cards as they stand in the deck. */
  newSchedule(position: number): ScheduleState {
    return { ...fromFsrs(createEmptyCard(new Date(0))), due: position };
  }

  grade(schedule: ScheduleState, rating: Rating, now: Date): GradeOutcome {
    return toOutcome(this.engine.next(toFsrs(schedule, now), now, rating as Grade));
  }

  /** What each button would do now, with the interval label Anki shows above it. */
  preview(schedule: ScheduleState, now: Date): Record<Rating, GradePreview> {
    const all = this.engine.repeat(toFsrs(schedule, now), now);
    const entries = RATINGS.map((rating) => {
      const outcome = toOutcome(all[rating as Grade]);
      const interval = formatInterval(outcome.schedule.due - now.getTime());
      return [rating, { ...outcome, interval }] as const;
    });
    return Object.fromEntries(entries) as Record<Rating, GradePreview>;
  }

  /** The chance of recalling the card at `now` (0–1), from its stability; null if never studied. */
  retrievability(schedule: ScheduleState, now: Date): number | null {
    if (schedule.state === 'new' || schedule.lastReview === undefined) {
      return null;
    }
    return this.engine.get_retrievability(toFsrs(schedule, now), now, false);
  }
}

/**
 * The probability of recalling a card `elapsedDays` after its last review: FSRS's forgetting
 * curve with the card's stability (and the default parameters unless given).
 */
export function retrievability(
  stability: number,
  elapsedDays: number,
  weights: readonly number[] = default_w,
): number {
  return forgetting_curve(weights, Math.max(0, elapsedDays), stability);
}

function toFsrs(s: ScheduleState, now: Date): FsrsCard {
  return {
    // A new card's `due` is its deck position, not a time: it is due whenever it is shown.
    due: s.state === 'new' ? now : new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATE_TO_FSRS[s.state],
    ...(s.lastReview === undefined ? {} : { last_review: new Date(s.lastReview) }),
  };
}

function fromFsrs(card: FsrsCard): ScheduleState {
  return {
    state: stateName(card.state),
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
  };
}

function toOutcome(item: RecordLogItem): GradeOutcome {
  const schedule = fromFsrs(item.card);
  return {
    schedule,
    log: {
      rating: item.log.rating as Rating,
      reviewedAt: item.log.review.getTime(),
      stateBefore: stateName(item.log.state),
      stateAfter: schedule.state,
      dueAfter: schedule.due,
      stability: schedule.stability,
      difficulty: schedule.difficulty,
      scheduledDays: schedule.scheduledDays,
    },
  };
}

function stateName(state: State): CardState {
  const name = CARD_STATES[state];
  if (name === undefined) {
    throw new InternalError(`unknown ts-fsrs state ${String(state)}`);
  }
  return name;
}
