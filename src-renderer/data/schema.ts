/**
 * The database's row types: defined once here, imported by every reader and writer.
 */
import { FLAGS, MARKED_TAG, type CardContent, type Flag } from '../lib/cards/card';
import type { CardOverride } from '../lib/cards/override';
import type { ExamSettings } from '../lib/exam/settings';
import type { MockAnswer } from '../lib/exam/mock-judge';
import type { DeckOptions } from '../lib/scheduler/deck-options';
import type { ReviewLogEntry, ScheduleState } from '../lib/scheduler/types';

export interface DeckRow {
  /** Full deck path (`OPCEL 252::Cinder`); sub-decks have rows of their own. */
  name: string;
  /** Creation order: sub-decks are listed in the order their notes introduced them. */
  ord: number;
  description?: string;
  /** The option preset it studies with; absent means `DEFAULT_PRESET_ID`. */
  presetId?: string;
  /** Sub-decks hidden in the deck list. */
  collapsed?: boolean;
  createdAt: number;
  /** The exam this deck prepares for; its sub-decks are its topics. */
  exam?: ExamSettings;
}

/** Database version 1 kept the daily limits on the deck; version 5 moved them into presets. */
export interface LegacyDeckRow extends DeckRow {
  newPerDay: number;
  reviewsPerDay: number;
}

/** An option preset, shared by every deck whose `presetId` names it. */
export interface PresetRow extends DeckOptions {
  id: string;
  name: string;
}

export const DEFAULT_PRESET_ID = 'default';

export interface CardRow extends CardContent {
  /** Insertion order within the collection; new cards are introduced in this order. */
  position: number;
  createdAt: number;
  updatedAt: number;
  /** Set when regenerated notes no longer contain the card; its history is kept. */
  retiredAt?: number;
  /**
   * The user's edit over the generated content above, which re-imports keep updating; screens
   * show `effectiveContent(card)` (lib/cards/override.ts).
   */
  override?: CardOverride;
}

/**
 * Beside the study queues: `retired` takes a card out of study without deleting its history (its
 * notes no longer have it); `suspended` and `buried` are the learner's, as in Anki. They are
 * queues rather than flags so the `[deck+queue+due]` counts stay index-only.
 */
export const ROW_QUEUES = ['new', 'learn', 'review', 'retired', 'suspended', 'buried'] as const;
export type RowQueue = (typeof ROW_QUEUES)[number];

export { FLAGS, type Flag };

export { MARKED_TAG };

export interface ScheduleRow extends ScheduleState {
  cardId: string;
  /** Denormalised from the card so that due counts are index-only queries. */
  deck: string;
  queue: RowQueue;
  /** Only on a buried card: epoch ms it comes back, the start of the next study day. */
  buriedUntil?: number;
  /** Absent: no flag. */
  flag?: Flag;
}

export interface LogRow extends ReviewLogEntry {
  id?: number;
  deck: string;
}

export interface RingRow {
  name: string;
  state: unknown;
  history: string[];
  updatedAt: number;
}

/** A finished mock exam: every question's outcome, kept to show progress over time. */
export interface MockExamRow {
  id?: number;
  deck: string;
  startedAt: number;
  finishedAt: number;
  timeLimitMs: number;
  answers: MockAnswer[];
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type JournalledStore = 'schedules' | 'logs';

/**
 * An entry of the write journal (data/write-journal.ts): the store and keys one write changed,
 * keys null for "any"; entry 0 carries the journal's epoch instead.
 */
export interface JournalRow {
  id?: number;
  store?: JournalledStore;
  keys: string[] | null;
  epoch?: string;
}
