import type { RecallDb } from '../../data/db';
import type { CardRow } from '../../data/schema';
import { cardsByIds, loadQueueSource, nextDueAfter, recordGrade } from '../../data/study';
import type { Clock } from '../../lib/clock';
import { Scheduler, type GradePreview } from '../../lib/scheduler/fsrs-adapter';
import { studyDayOf } from '../../lib/scheduler/study-day';
import { StudyQueue, type QueueCounts, type QueuedCard } from '../../lib/scheduler/study-queue';
import type { Rating } from '../../lib/scheduler/types';

export type Phase = 'loading' | 'question' | 'answer' | 'done';

/**
 * One study session in one deck: today's queue in memory, every grade written through the
 * data layer before the next card shows, so a failed write never loses or skips a card.
 */
export class StudySession {
  phase = $state<Phase>('loading');
  card = $state<CardRow | null>(null);
  counts = $state<QueueCounts>({ new: 0, learn: 0, review: 0 });
  previews = $state<Record<Rating, GradePreview> | null>(null);
  nextDue = $state<number | null>(null);
  /** Bumped each time a card is shown, so parametric cards draw new numbers. */
  shownAt = $state(0);

  private queue: StudyQueue | null = null;
  private current: QueuedCard | null = null;
  // Looked up when a card is shown, never rendered from: no need for a reactive map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private cards = new Map<string, CardRow>();
  private grading = false;
  private readonly scheduler = new Scheduler();

  constructor(
    private readonly db: RecallDb,
    private readonly clock: Clock,
    readonly deck: string,
  ) {}

  async start(): Promise<void> {
    const day = studyDayOf(this.clock.now());
    const source = await loadQueueSource(this.db, this.deck, day);
    const ids = [...source.learning, ...source.review, ...source.fresh].map((c) => c.cardId);
    this.cards = await cardsByIds(this.db, ids);
    this.queue = new StudyQueue(source);
    await this.advance();
  }

  reveal(): void {
    if (this.phase !== 'question' || !this.current) {
      return;
    }
    this.previews = this.scheduler.preview(this.current.schedule, this.clock.now());
    this.phase = 'answer';
  }

  /** Writes the grade, then shows the next card. Throws (and keeps this card) if the write fails. */
  async grade(rating: Rating): Promise<void> {
    const current = this.current;
    const card = this.card;
    if (this.phase !== 'answer' || !current || !card || !this.queue || this.grading) {
      return;
    }
    this.grading = true;
    try {
      const now = this.clock.now();
      const outcome = this.scheduler.grade(current.schedule, rating, now);
      await recordGrade(this.db, {
        cardId: current.cardId,
        deck: card.deck,
        outcome,
        elapsedMs: Math.max(0, now.getTime() - this.shownAt),
      });
      this.queue.answered(current.cardId, outcome.schedule, studyDayOf(now).end);
      await this.advance();
    } finally {
      this.grading = false;
    }
  }

  private async advance(): Promise<void> {
    const queue = this.queue;
    if (!queue) {
      return;
    }
    const now = this.clock.now();
    const next = queue.peek(now.getTime());
    this.counts = queue.counts();
    this.previews = null;
    this.current = next;
    this.card = next ? (this.cards.get(next.cardId) ?? null) : null;
    if (next && this.card) {
      this.shownAt = now.getTime();
      this.phase = 'question';
      return;
    }
    this.phase = 'done';
    this.nextDue =
      queue.nextLearningDue() ?? (await nextDueAfter(this.db, this.deck, studyDayOf(now).end));
  }
}
