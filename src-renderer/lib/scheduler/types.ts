/**
 * Scheduling rows as the database and the deck files store them: plain numbers (epoch ms) so
 * IndexedDB can index them and JSON can carry them. ts-fsrs's own field names stay inside
 * the adapter (fsrs-adapter.ts).
 */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

export const RATINGS = [1, 2, 3, 4] as const;
/** 1 Again, 2 Hard, 3 Good, 4 Easy: ts-fsrs's numbering, and Anki's ease buttons. */
export type Rating = (typeof RATINGS)[number];

/** Which queue a card sits in, as Anki's deck list counts them. */
export type Queue = 'new' | 'learn' | 'review';

export interface ScheduleState {
  state: CardState;
  /** Epoch ms when the card is due. For new cards: their position in the deck, as in Anki. */
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview?: number;
}

export interface ReviewLogEntry {
  cardId: string;
  rating: Rating;
  /** Epoch ms of the grade. */
  reviewedAt: number;
  /** How long the learner looked at the card before grading. */
  elapsedMs: number;
  stateBefore: CardState;
  stateAfter: CardState;
  dueAfter: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
}

export function queueOf(state: CardState): Queue {
  if (state === 'new') {
    return 'new';
  }
  return state === 'review' ? 'review' : 'learn';
}
