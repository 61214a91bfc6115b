/**
 * The database's row types: defined once here, imported by every reader and writer.
 */
import type { CardContent } from '../lib/cards/card';
import type { CardOverride } from '../lib/cards/override';
import type { ReviewLogEntry, ScheduleState } from '../lib/scheduler/types';

export interface DeckRow {
  /** Full deck path (`OPCEL 252::Cinder`); sub-decks have rows of their own. */
  name: string;
  /** Creation order: sub-decks are listed in the order their notes introduced them. */
  ord: number;
  description?: string;
  newPerDay: number;
  reviewsPerDay: number;
  createdAt: number;
}

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

/** Anki's seven card flags: red, orange, green, blue, pink, turquoise, purple. */
export const FLAGS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Flag = (typeof FLAGS)[number];

/** Anki's tag for a marked note (the `*` key). */
export const MARKED_TAG = 'marked';

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

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DEFAULT_NEW_PER_DAY = 20;
export const DEFAULT_REVIEWS_PER_DAY = 200;
