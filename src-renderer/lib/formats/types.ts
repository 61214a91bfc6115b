/**
 * What every reader returns and every writer takes, whatever the file format: cards as content,
 * optionally with their scheduling state, review history and the media files they use.
 */
import type { CardContent, Flag } from '../cards/card';
import { InputTooLargeError } from '../errors';
import type { NoteWarningCode } from '../notes/sink';
import type { ReviewLogEntry, ScheduleState } from '../scheduler/types';

export type ImportedLog = Omit<ReviewLogEntry, 'cardId'>;

/**
 * The learner's marks on a card that files carry with its scheduling, as Anki's packages do:
 * taken out of study, and a colour flag. A burial is for one day only and is not carried.
 */
export interface CardMarks {
  suspended?: true;
  flag?: Flag;
}

export interface ImportedCard extends CardContent {
  schedule?: ScheduleState;
  logs?: ImportedLog[];
  marks?: CardMarks;
  /** Names of media files (keys of `DeckData.media`) this card shows. */
  media?: string[];
}

export interface DeckData {
  deckName: string;
  cards: ImportedCard[];
  media?: Map<string, Uint8Array>;
}

/** Every reader's warning codes; the UI has a message for each (lib/i18n/error-messages.ts). */
export const FORMAT_WARNING_CODES = [
  'csv-empty-front',
  'csv-duplicate',
  'apkg-unknown-template',
  'apkg-empty-front',
  'apkg-missing-media',
  'media-not-kept',
  'apkg-bad-schedule',
  'apkg-bad-revlog',
  'apkg-duplicate-card',
  'duplicate-card',
] as const;
/** Markdown notes arrive with the notes generator's warnings. */
export type FormatWarningCode = (typeof FORMAT_WARNING_CODES)[number] | NoteWarningCode;

/** Something the reader skipped or guessed; the import still goes ahead without it. */
export interface FormatWarning {
  file: string;
  /** 1-based line, row or record number. */
  line?: number;
  code: FormatWarningCode;
  message: string;
  /** The record was left out: the import summary counts these as errors. */
  skipped?: true;
}

export interface ImportResult extends DeckData {
  warnings: FormatWarning[];
}

/**
 * Files above this are refused before parsing: a whole-file parse of anything larger would hold
 * several copies in memory at once, and no real deck is that big.
 */
export const MAX_IMPORT_BYTES = 150 * 1024 * 1024;

export function assertImportSize(byteLength: number, file: string, limit = MAX_IMPORT_BYTES): void {
  if (byteLength > limit) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    throw new InputTooLargeError(`file is ${mb(byteLength)} MB; the limit is ${mb(limit)} MB`, {
      file,
    });
  }
}

/**
 * A card without its scheduling state, history and marks, as Anki leaves a card exported or
 * imported without scheduling (new, unsuspended, unflagged).
 */
export function unscheduled<T extends ImportedCard>(
  card: T,
): Omit<T, 'schedule' | 'logs' | 'marks'> {
  const { schedule: _s, logs: _l, marks: _m, ...rest } = card;
  return rest;
}

/** Strips the scheduling state and history, for exports the user wants without them. */
export function withoutScheduling(data: DeckData): DeckData {
  return { ...data, cards: data.cards.map(unscheduled) };
}
