import { queueOf, type Queue, type ScheduleState } from './types';

export interface QueuedCard {
  cardId: string;
  schedule: ScheduleState;
}

export interface QueueSource {
  /** Learning and relearning cards due before the study day ends, in due order. */
  learning: QueuedCard[];
  /** Review cards due today, in due order, already cut to the day's review limit. */
  review: QueuedCard[];
  /** New cards in deck order, already cut to the day's new-card limit. */
  fresh: QueuedCard[];
}

export type QueueCounts = Record<Queue, number>;

/** Anki's default: a learning card due within 20 minutes is shown rather than making the learner wait. */
export const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * Today's study order, as Anki does it: learning cards as soon as they are due, reviews and new
 * cards spread evenly between them, and learning cards that come due within the session coming
 * back in it. Pure: the caller passes the time.
 */
export class StudyQueue {
  private readonly learning: QueuedCard[];
  private readonly review: QueuedCard[];
  private readonly fresh: QueuedCard[];
  private reviewsShown = 0;
  private freshShown = 0;

  constructor(
    source: QueueSource,
    private readonly learnAheadMs = LEARN_AHEAD_MS,
  ) {
    this.learning = [...source.learning].sort((a, b) => a.schedule.due - b.schedule.due);
    this.review = [...source.review];
    this.fresh = [...source.fresh];
  }

  counts(): QueueCounts {
    return { new: this.fresh.length, learn: this.learning.length, review: this.review.length };
  }

  /** The card to show at `now`, or null when nothing is due within the learn-ahead window. */
  peek(now: number): QueuedCard | null {
    const firstLearning = this.learning[0];
    if (firstLearning && firstLearning.schedule.due <= now) {
      return firstLearning;
    }
    const pick = this.pickReviewOrNew();
    if (pick) {
      return pick;
    }
    if (firstLearning && firstLearning.schedule.due <= now + this.learnAheadMs) {
      return firstLearning;
    }
    return null;
  }

  /** The card `cardId` if it is in today's queue: an undone card is shown again first. */
  find(cardId: string): QueuedCard | null {
    for (const list of [this.learning, this.review, this.fresh]) {
      const card = list.find((c) => c.cardId === cardId);
      if (card) {
        return card;
      }
    }
    return null;
  }

  /** Removes the graded card and, if it is still learning and due today, queues it again. */
  answered(cardId: string, after: ScheduleState, dayEnd: number): void {
    for (const list of [this.learning, this.review, this.fresh]) {
      const index = list.findIndex((card) => card.cardId === cardId);
      if (index >= 0) {
        list.splice(index, 1);
        if (list === this.review) {
          this.reviewsShown++;
        } else if (list === this.fresh) {
          this.freshShown++;
        }
        break;
      }
    }
    if (queueOf(after.state) === 'learn' && after.due < dayEnd) {
      const at = this.learning.findIndex((card) => card.schedule.due > after.due);
      const entry = { cardId, schedule: after };
      if (at < 0) {
        this.learning.push(entry);
      } else {
        this.learning.splice(at, 0, entry);
      }
    }
  }

  /** When the next learning card comes due, for the "done for now" screen. */
  nextLearningDue(): number | null {
    return this.learning[0]?.schedule.due ?? null;
  }

  private pickReviewOrNew(): QueuedCard | null {
    const review = this.review[0];
    const fresh = this.fresh[0];
    if (!review || !fresh) {
      return review ?? fresh ?? null;
    }
    // Keep the share of new cards shown so far in step with their share of the whole day.
    const totalFresh = this.freshShown + this.fresh.length;
    const total = totalFresh + this.reviewsShown + this.review.length;
    const shown = this.freshShown + this.reviewsShown;
    return this.freshShown < (totalFresh * (shown + 1)) / total ? fresh : review;
  }
}
