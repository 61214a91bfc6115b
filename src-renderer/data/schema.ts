/**
 * The database's row types: defined once here, imported by every reader and writer.
 */
import type { CardContent } from '../lib/cards/card';
import type { DeckOptions } from '../lib/scheduler/deck-options';
import type { Queue, ReviewLogEntry, ScheduleState } from '../lib/scheduler/types';

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
}

/**
 * `retired` takes a card out of every study queue without deleting its history; `suspended`
 * and `buried` are the learner's marks (a leech is suspended).
 */
export type RowQueue = Queue | 'retired' | 'suspended' | 'buried';

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
