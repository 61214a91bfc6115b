/**
 * The database's row types: defined once here, imported by every reader and writer.
 */
import type { CardContent } from '../lib/cards/card';
import type { ExamSettings } from '../lib/exam/settings';
import type { MockAnswer } from '../lib/exam/mock-judge';
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
  /** The exam this deck prepares for; its sub-decks are its topics. */
  exam?: ExamSettings;
}

export interface CardRow extends CardContent {
  /** Insertion order within the collection; new cards are introduced in this order. */
  position: number;
  createdAt: number;
  updatedAt: number;
  /** Set when regenerated notes no longer contain the card; its history is kept. */
  retiredAt?: number;
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

export const DEFAULT_NEW_PER_DAY = 20;
export const DEFAULT_REVIEWS_PER_DAY = 200;
