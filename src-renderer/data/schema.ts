/**
 * The database's row types: defined once here, imported by every reader and writer.
 */
import type { CardContent } from '../lib/cards/card';
import type { CardOverride } from '../lib/cards/override';
import type { Queue, ReviewLogEntry, ScheduleState } from '../lib/scheduler/types';

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

/** `retired` takes a card out of every study queue without deleting its history. */
export type RowQueue = Queue | 'retired';

export interface ScheduleRow extends ScheduleState {
  cardId: string;
  /** Denormalised from the card so that due counts are index-only queries. */
  deck: string;
  queue: RowQueue;
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
