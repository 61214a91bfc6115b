/**
 * One entry for every file format, chosen by file extension: what the CLI's `convert` and the
 * app's import/export share, so both give the same validation and the same messages.
 */
import type { SqlJsStatic } from 'sql.js';
import { ValidationError } from '../errors';
import type { HtmlSanitizer } from './anki-html';
import type { AnkiExportCounts } from './anki-notes-out';
import { readApkg } from './anki-read';
import { writeApkg } from './anki-write';
import { assertCardSizes } from './card-limits';
import { withoutDuplicateIds } from './duplicates';
import { applyCsvMapping, parseCsv, sniffCsv, writeCsv, type CsvMapping } from './csv';
import { readDeckJson, writeDeckJson } from './deck-json';
import { readMarkdown, writeMarkdown } from './markdown';
import { extractInlineMedia } from './media';
import { assertImportSize, withoutScheduling, type DeckData, type ImportResult } from './types';

export const FILE_FORMATS = ['json', 'md', 'csv', 'tsv', 'apkg'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export function formatOf(name: string): FileFormat {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  const format = FILE_FORMATS.find((f) => f === ext || (f === 'md' && ext === 'markdown'));
  if (!format) {
    throw new ValidationError(`unknown file type; use one of .${FILE_FORMATS.join(', .')}`, {
      file: name,
    });
  }
  return format;
}

/** `notes/Glance.md` → `Glance`: the deck name for formats that carry none. */
export function baseName(name: string): string {
  return (name.split(/[/\\]/).pop() ?? name).replace(/\.[^.]*$/, '') || name;
}

export interface ReadOptions {
  keepScheduling?: boolean;
  /** CSV/TSV: the user's column mapping; by default the sniffed guess. */
  csvMapping?: CsvMapping;
  /** Deck for CSV rows and notes without their own. */
  deckName?: string;
  sql?: SqlJsStatic;
}

export async function readDeckFile(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ImportResult> {
  const result = withoutDuplicateIds(await readByFormat(name, bytes, options), name);
  assertCardSizes(result.cards, name);
  return result;
}

function readByFormat(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions,
): Promise<ImportResult> | ImportResult {
  const format = formatOf(name);
  assertImportSize(bytes.byteLength, name);
  const deckName = options.deckName ?? baseName(name);
  switch (format) {
    case 'json':
      return readDeckJson(bytes, name);
    case 'md':
      return readMarkdown([{ path: name, bytes }], deckName);
    case 'apkg':
      return readApkg(bytes, name, options);
    case 'csv':
    case 'tsv': {
      const mapping = options.csvMapping ?? sniffCsv(bytes, name).mapping;
      return applyCsvMapping(parseCsv(bytes, name), mapping, deckName);
    }
  }
}

export interface WriteOptions {
  withScheduling?: boolean;
  sql?: SqlJsStatic;
  /** Needed for `.apkg`, whose fields are HTML: DOMPurify's `sanitize` (over jsdom in Node). */
  sanitizeHtml?: HtmlSanitizer;
}

export interface WrittenFile {
  bytes: Uint8Array;
  /** `.apkg` only: the notes and cards Anki will see, for the export's summary. */
  anki?: AnkiExportCounts;
}

export async function exportDeckFile(
  name: string,
  data: DeckData,
  options: WriteOptions = {},
): Promise<WrittenFile> {
  const format = formatOf(name);
  const deck = options.withScheduling === false ? withoutScheduling(data) : data;
  const text = (value: string) => ({ bytes: new TextEncoder().encode(value) });
  switch (format) {
    case 'json':
      return text(writeDeckJson(deck));
    case 'md':
      return text(writeMarkdown(deck));
    case 'csv':
      return text(writeCsv(deck, ','));
    case 'tsv':
      return text(writeCsv(deck, '\t'));
    case 'apkg': {
      const { sanitizeHtml, sql } = options;
      if (!sanitizeHtml) {
        throw new ValidationError('an Anki package needs an HTML sanitiser to render its fields', {
          file: name,
        });
      }
      const { bytes, counts } = await writeApkg(extractInlineMedia(deck), {
        sanitizeHtml,
        ...(sql ? { sql } : {}),
      });
      return { bytes, anki: counts };
    }
  }
}

export async function writeDeckFile(
  name: string,
  data: DeckData,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  return (await exportDeckFile(name, data, options)).bytes;
}
