import {
  buryCards,
  flagCards,
  markCards,
  suspendCards,
  unmarkCards,
  type CardActionRecord,
} from '../../data/card-actions';
import type { RecallDb } from '../../data/db';
import { optionsByDeck } from '../../data/presets';
import { MARKED_TAG, type CardRow, type Flag, type PresetRow } from '../../data/schema';
import {
  addExtraNewToday,
  cardHistory,
  cardsByIds,
  deckHasCards,
  loadQueueSource,
  nextDueAfter,
  recordGrade,
  sessionSummary,
  siblingIds,
} from '../../data/study';
import { cardToShowAfterUndo, redoAction, undoAction, type UndoableAction } from '../../data/undo';
import { effectiveContent } from '../../lib/cards/override';
import type { Clock } from '../../lib/clock';
import { ExamScheduler, examTargetsOf, type ExamTarget } from '../../lib/exam/exam-schedule';
import { Scheduler, schedulerOptionsOf, type GradePreview } from '../../lib/scheduler/fsrs-adapter';
import { studyDayOf } from '../../lib/scheduler/study-day';
import { StudyQueue, type QueueCounts, type QueuedCard } from '../../lib/scheduler/study-queue';
import type { Rating } from '../../lib/scheduler/types';
import { appHistory, type UndoHistory } from '../shared/undo-history';
import type { CardCommand } from './keys';

export type Phase = 'loading' | 'question' | 'answer' | 'done';

export interface StudyOptions {
  /** Anki's "bury siblings": a note shows one card a day. Default: the deck's preset. */
  burySiblings: boolean;
}

/** The card info dialog's figures (`I`). */
export interface CardInfo {
  card: CardRow;
  history: Awaited<ReturnType<typeof cardHistory>>['logs'];
  state: string;
  due: number | null;
  stability: number;
  difficulty: number;
  /** Chance of recalling it now, 0–1; null for a card never studied. */
  retrievability: number | null;
  reps: number;
  lapses: number;
}

const DAY_MS = 86_400_000;

/**
 * One study session in one deck: today's queue in memory, every grade and card action written
 * through the data layer before the next card shows, so a failed write never loses or skips a card.
 */
export class StudySession {
  phase = $state<Phase>('loading');
  card = $state<CardRow | null>(null);
  /** The shown card's flag (1–7), or undefined. */
  flag = $state<Flag | undefined>(undefined);
  counts = $state<QueueCounts>({ new: 0, learn: 0, review: 0 });
  previews = $state<Record<Rating, GradePreview> | null>(null);
  nextDue = $state<number | null>(null);
  /** What this session did, for the done screen. */
  summary = $state<{ cards: number; ms: number; again: number } | null>(null);
  /** Done because the deck has no card at all (not finished): the screen offers to add some. */
  empty = $state(false);
  /** Bumped each time a card is shown, so parametric cards draw new numbers. */
  shownAt = $state(0);
  /** The app-wide history's state, mirrored so the More menu follows it. */
  canUndo = $state(false);
  canRedo = $state(false);

  private queue: StudyQueue | null = null;
  private current: QueuedCard | null = null;
  // Looked up when a card is shown, never rendered from: no need for a reactive map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private cards = new Map<string, CardRow>();
  /** Grading, acting, undoing or redoing: one write at a time. */
  private writing = false;
  /** Settles when the write in progress (if any) has ended. */
  private writeEnded: Promise<void> = Promise.resolve();
  /** Each card is scheduled with its own deck's preset; the session's deck sets the day. */
  // Replaced whole on each load and never rendered from, as `cards` above.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private presets: ReadonlyMap<string, PresetRow> = new Map();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly schedulers = new Map<string, Scheduler>();
  /** The exam schedule of a card's deck, when one is switched on. */
  private examTargetOf: (deck: string) => ExamTarget | null = () => null;
  private readonly startedAt: number;
  /** Cards were added while a card was on screen: read the queue again before saying done. */
  private addedSinceLoad = false;
  /** "Study more": reviews due up to this time are in the queue too. */
  private reviewAheadUntil: number | undefined;

  constructor(
    private readonly db: RecallDb,
    private readonly clock: Clock,
    readonly deck: string,
    private readonly history: UndoHistory<UndoableAction> = appHistory,
    private readonly options: Partial<StudyOptions> = {},
  ) {
    this.startedAt = clock.now().getTime();
  }

  /** Marked is a tag the card shows, so an edited card's own tags count. */
  get marked(): boolean {
    return this.card ? effectiveContent(this.card).tags.includes(MARKED_TAG) : false;
  }

  /** The card on screen as the editor stored it (the edit is already in the history). */
  edited(card: CardRow): void {
    if (this.card?.id !== card.id) {
      return;
    }
    this.cards.set(card.id, card);
    this.card = card;
    this.syncHistory();
  }

  /**
   * The Add dialog wrote cards (its add is in the history already). A session that had run out
   * reads the queue again, so a card added to an empty deck can be studied at once; a card on
   * screen stays, and the queue is read again when it runs out.
   */
  async cardsAdded(): Promise<void> {
    this.syncHistory();
    if (this.phase === 'done') {
      await this.rewrite(async () => ({}));
    } else {
      this.addedSinceLoad = true;
    }
  }

  async start(): Promise<void> {
    this.syncHistory();
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

  /** FSRS with the preset of the card's deck, and that deck's exam schedule when it is on. */
  private schedulerFor(deck: string): ExamScheduler {
    const preset = this.presetOf(deck);
    const key = preset ? JSON.stringify(preset) : '';
    let scheduler = this.schedulers.get(key);
    if (!scheduler) {
      scheduler = new Scheduler(preset ? schedulerOptionsOf(preset) : {});
      this.schedulers.set(key, scheduler);
    }
    return new ExamScheduler(scheduler, this.examTargetOf);
  }

  private syncHistory(): void {
    this.canUndo = this.history.canUndo;
    this.canRedo = this.history.canRedo;
  }

  /** Today's queue as the database has it now; after an undo, the undone card comes first. */
  private async load(): Promise<void> {
    this.presets = await optionsByDeck(this.db);
    const day = this.day(this.clock.now());
    const source = await loadQueueSource(this.db, this.deck, day, {
      ...(this.options.burySiblings === undefined
        ? {}
        : { burySiblings: this.options.burySiblings }),
      ...(this.reviewAheadUntil === undefined ? {} : { reviewAheadUntil: this.reviewAheadUntil }),
    });
    const ids = [...source.learning, ...source.review, ...source.fresh].map((c) => c.cardId);
    this.cards = await cardsByIds(this.db, ids);
    this.examTargetOf = examTargetsOf(await this.db.decks.toArray());
    this.queue = new StudyQueue(source);
  }

  reveal(): void {
    if (this.phase !== 'question' || !this.current || !this.card) {
      return;
    }
    const { deck } = this.card;
    this.previews = this.schedulerFor(deck).preview(deck, this.current.schedule, this.clock.now());
    this.phase = 'answer';
  }

  /** Writes the grade, then shows the next card. Throws (and keeps this card) if the write fails. */
  async grade(rating: Rating): Promise<void> {
    const current = this.current;
    const card = this.card;
    const queue = this.queue;
    if (this.phase !== 'answer' || !current || !card || !queue || this.writing) {
      return;
    }
    const ended = this.startWrite();
    try {
      const now = this.clock.now();
      const day = this.day(now);
      const outcome = this.schedulerFor(card.deck).grade(card.deck, current.schedule, rating, now);
      const record = await recordGrade(this.db, {
        cardId: current.cardId,
        deck: card.deck,
        outcome,
        elapsedMs: Math.max(0, now.getTime() - this.shownAt),
        leechThreshold: this.presetOf(card.deck)?.leechThreshold,
      });
      this.history.record({ kind: 'grade', grade: record });
      this.syncHistory();
      // A card that just became a leech is suspended: it leaves today's queue.
      const after =
        record.after.queue === 'suspended'
          ? { ...outcome.schedule, due: Infinity }
          : outcome.schedule;
      queue.answered(current.cardId, after, day.end);
      await this.advance();
    } finally {
      ended();
    }
  }

  /**
   * Buries, suspends, marks or flags the card on screen (or its whole note), as one undoable
   * action. A buried or suspended card leaves the queue; a marked or flagged one stays on screen.
   * Returns what it did, or null when there was no card or another write was under way.
   */
  async perform(
    command: Exclude<CardCommand, { kind: 'edit' | 'info' }>,
  ): Promise<CardActionRecord | null> {
    const card = this.card;
    if (!card || (this.phase !== 'question' && this.phase !== 'answer') || this.writing) {
      return null;
    }
    const ended = this.startWrite();
    try {
      const now = this.clock.now();
      const note = async () => [card.id, ...(await siblingIds(this.db, card))];
      const write = async (): Promise<CardActionRecord> => {
        switch (command.kind) {
          case 'bury-card':
            return buryCards(this.db, [card.id], this.day(now));
          case 'bury-note':
            return buryCards(this.db, await note(), this.day(now));
          case 'suspend-card':
            return suspendCards(this.db, [card.id]);
          case 'suspend-note':
            return suspendCards(this.db, await note());
          case 'mark':
            return (this.marked ? unmarkCards : markCards)(this.db, [card.id], now.getTime());
          case 'flag':
            return flagCards(this.db, [card.id], command.flag);
        }
      };
      const record = await write();
      if (record.cardIds.length > 0) {
        this.history.record(record);
        this.syncHistory();
      }
      if (command.kind === 'mark' || command.kind === 'flag') {
        await this.refreshShown(card.id);
      } else {
        await this.load();
        await this.advance();
      }
      return record;
    } finally {
      ended();
    }
  }

  /** The card on screen read again after a mark or flag, keeping its side (question or answer). */
  private async refreshShown(cardId: string): Promise<void> {
    const [card, schedule] = await Promise.all([
      this.db.cards.get(cardId),
      this.db.schedules.get(cardId),
    ]);
    if (card) {
      this.cards.set(cardId, card);
      this.card = card;
    }
    this.flag = schedule?.flag;
  }

  /** The card on screen with its history and memory state, for the card info dialog. */
  async info(): Promise<CardInfo | null> {
    const card = this.card;
    if (!card) {
      return null;
    }
    const { schedule, logs } = await cardHistory(this.db, card.id);
    return {
      card,
      history: logs,
      state:
        schedule.queue === 'suspended' || schedule.queue === 'buried'
          ? schedule.queue
          : schedule.state,
      due: schedule.state === 'new' ? null : schedule.due,
      stability: schedule.stability,
      difficulty: schedule.difficulty,
      retrievability: this.schedulerFor(card.deck).scheduler.retrievability(
        schedule,
        this.clock.now(),
      ),
      reps: schedule.reps,
      lapses: schedule.lapses,
    };
  }

  /**
   * Anki's custom study from the done screen: `newCards` more new cards today (kept for the rest
   * of the day), and reviews due within `aheadDays` days after today, for this session.
   */
  async studyMore(more: { newCards?: number; aheadDays?: number }): Promise<void> {
    if (this.writing) {
      return;
    }
    const ended = this.startWrite();
    try {
      const day = this.day(this.clock.now());
      if (more.newCards) {
        await addExtraNewToday(this.db, this.deck, day, more.newCards);
      }
      if (more.aheadDays) {
        if (!Number.isInteger(more.aheadDays) || more.aheadDays < 1 || more.aheadDays > 365) {
          throw new Error(`${more.aheadDays} is not a number of days from 1 to 365`);
        }
        this.reviewAheadUntil = day.end + more.aheadDays * DAY_MS;
      }
      await this.load();
      await this.advance();
    } finally {
      ended();
    }
  }

  /**
   * Takes back the last action (of any deck and screen, as Anki does): a graded card gets its
   * schedule from before and loses its log entry, a buried card comes back; the queue is read
   * again, with that card shown first if it is in it. False when there was nothing to undo.
   */
  async undo(): Promise<boolean> {
    return this.rewrite(async () => {
      const undone = await this.history.undo((action) => undoAction(this.db, action));
      return undone && { first: cardToShowAfterUndo(undone) };
    });
  }

  /** Does the last undone action again. False when there was nothing to redo. */
  async redo(): Promise<boolean> {
    return this.rewrite(async () => {
      const redone = await this.history.redo((action) => redoAction(this.db, action));
      return redone && {};
    });
  }

  /** Marks a write as in progress; the function returned ends it and settles `writeEnded`. */
  private startWrite(): () => void {
    this.writing = true;
    let settle = () => {};
    this.writeEnded = new Promise((resolve) => (settle = resolve));
    return () => {
      this.writing = false;
      settle();
    };
  }

  private async rewrite(write: () => Promise<{ first?: string } | null>): Promise<boolean> {
    // U pressed while the grade before is still showing the next card waits for it: a fast
    // learner's undo was lost otherwise
    while (this.writing) {
      await this.writeEnded;
    }
    if (this.phase === 'loading') {
      return false;
    }
    const ended = this.startWrite();
    try {
      const written = await write();
      this.syncHistory();
      if (!written) {
        return false;
      }
      await this.load();
      await this.advance(written.first);
      return true;
    } finally {
      ended();
    }
  }

  private async advance(first?: string): Promise<void> {
    const now = this.clock.now();
    if (this.addedSinceLoad && this.queue?.peek(now.getTime()) === null) {
      this.addedSinceLoad = false;
      await this.load();
    }
    const queue = this.queue;
    if (!queue) {
      return;
    }
    const next = (first !== undefined ? queue.find(first) : null) ?? queue.peek(now.getTime());
    this.counts = queue.counts();
    this.previews = null;
    this.current = next;
    this.card = next ? (this.cards.get(next.cardId) ?? null) : null;
    if (next && this.card) {
      this.flag = (await this.db.schedules.get(next.cardId))?.flag;
      this.shownAt = now.getTime();
      this.phase = 'question';
      return;
    }
    this.flag = undefined;
    // Known before the done screen shows, so an empty deck is never congratulated first.
    this.empty = !(await deckHasCards(this.db, this.deck));
    this.phase = 'done';
    const [nextDue, summary] = await Promise.all([
      nextDueAfter(this.db, this.deck, this.day(now).end),
      sessionSummary(this.db, this.deck, this.startedAt),
    ]);
    this.nextDue = queue.nextLearningDue() ?? nextDue;
    this.summary = summary;
  }
}
