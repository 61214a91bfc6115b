import type { RecallDb } from '../../data/db';
import { optionsByDeck } from '../../data/presets';
import type { CardRow, PresetRow } from '../../data/schema';
import { cardsByIds, loadQueueSource, nextDueAfter, recordGrade } from '../../data/study';
import { cardToShowAfterUndo, redoAction, undoAction, type UndoableAction } from '../../data/undo';
import type { Clock } from '../../lib/clock';
import { Scheduler, schedulerOptionsOf, type GradePreview } from '../../lib/scheduler/fsrs-adapter';
import { studyDayOf } from '../../lib/scheduler/study-day';
import { StudyQueue, type QueueCounts, type QueuedCard } from '../../lib/scheduler/study-queue';
import type { Rating } from '../../lib/scheduler/types';
import { appHistory, type UndoHistory } from '../shared/undo-history';

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
  /** Grading, undoing or redoing: one write at a time. */
  private writing = false;
  /** Each card is scheduled with its own deck's preset; the session's deck sets the day. */
  // Replaced whole on each load and never rendered from, as `cards` above.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private presets: ReadonlyMap<string, PresetRow> = new Map();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly schedulers = new Map<string, Scheduler>();

  constructor(
    private readonly db: RecallDb,
    private readonly clock: Clock,
    readonly deck: string,
    private readonly history: UndoHistory<UndoableAction> = appHistory,
  ) {}

  async start(): Promise<void> {
    await this.load();
    await this.advance();
  }

  private day(now: Date) {
    return studyDayOf(now, this.presets.get(this.deck)?.rolloverHour);
  }

  /** A card's own deck's preset (Anki takes steps and leeches from there), else the session's. */
  private presetOf(deck: string): PresetRow | undefined {
    return this.presets.get(deck) ?? this.presets.get(this.deck);
  }

  private schedulerFor(deck: string): Scheduler {
    const preset = this.presetOf(deck);
    const key = preset ? JSON.stringify(preset) : '';
    let scheduler = this.schedulers.get(key);
    if (!scheduler) {
      scheduler = new Scheduler(preset ? schedulerOptionsOf(preset) : {});
      this.schedulers.set(key, scheduler);
    }
    return scheduler;
  }

  /** Today's queue as the database has it now; after an undo, the undone card comes first. */
  private async load(): Promise<void> {
    this.presets = await optionsByDeck(this.db);
    const day = this.day(this.clock.now());
    const source = await loadQueueSource(this.db, this.deck, day);
    const ids = [...source.learning, ...source.review, ...source.fresh].map((c) => c.cardId);
    this.cards = await cardsByIds(this.db, ids);
    this.queue = new StudyQueue(source);
  }

  reveal(): void {
    if (this.phase !== 'question' || !this.current) {
      return;
    }
    const scheduler = this.schedulerFor(this.card?.deck ?? this.deck);
    this.previews = scheduler.preview(this.current.schedule, this.clock.now());
    this.phase = 'answer';
  }

  /** Writes the grade, then shows the next card. Throws (and keeps this card) if the write fails. */
  async grade(rating: Rating): Promise<void> {
    const current = this.current;
    const card = this.card;
    if (this.phase !== 'answer' || !current || !card || !this.queue || this.writing) {
      return;
    }
    this.writing = true;
    try {
      const now = this.clock.now();
      const outcome = this.schedulerFor(card.deck).grade(current.schedule, rating, now);
      const record = await recordGrade(this.db, {
        cardId: current.cardId,
        deck: card.deck,
        outcome,
        elapsedMs: Math.max(0, now.getTime() - this.shownAt),
        leechThreshold: this.presetOf(card.deck)?.leechThreshold,
      });
      this.history.record({ kind: 'grade', grade: record });
      // A card that just became a leech is suspended: it leaves today's queue.
      const after =
        record.after.queue === 'suspended'
          ? { ...outcome.schedule, due: Infinity }
          : outcome.schedule;
      this.queue.answered(current.cardId, after, this.day(now).end);
      await this.advance();
    } finally {
      this.writing = false;
    }
  }

  /**
   * Takes back the last grade (of any deck, as Anki does): the card gets its schedule from before
   * and loses its log entry; the queue is read again, with that card shown first if it is in it.
   * False when there was nothing to undo.
   */
  async undo(): Promise<boolean> {
    return this.rewrite(async () => {
      const undone = await this.history.undo((action) => undoAction(this.db, action));
      return undone && { first: cardToShowAfterUndo(undone) };
    });
  }

  /** Does the last undone grade again. False when there was nothing to redo. */
  async redo(): Promise<boolean> {
    return this.rewrite(async () => {
      const redone = await this.history.redo((action) => redoAction(this.db, action));
      return redone && {};
    });
  }

  private async rewrite(write: () => Promise<{ first?: string } | null>): Promise<boolean> {
    if (this.phase === 'loading' || this.writing) {
      return false;
    }
    this.writing = true;
    try {
      const written = await write();
      if (!written) {
        return false;
      }
      await this.load();
      await this.advance(written.first);
      return true;
    } finally {
      this.writing = false;
    }
  }

  private async advance(first?: string): Promise<void> {
    const queue = this.queue;
    if (!queue) {
      return;
    }
    const now = this.clock.now();
    const next = (first !== undefined ? queue.find(first) : null) ?? queue.peek(now.getTime());
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
      queue.nextLearningDue() ?? (await nextDueAfter(this.db, this.deck, this.day(now).end));
  }
}
