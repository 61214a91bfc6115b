/**
 * CSV/TSV in two steps, as the import dialog shows them: `sniffCsv` decodes and guesses
 * (encoding, delimiter, header row, which column is what) for a preview, then `applyCsvMapping`
 * turns every row into a card under the mapping the user confirmed.
 */
import Papa from 'papaparse';
import { CARD_KINDS, type CardKind } from '../cards/card';
import { stableCardId } from '../cards/id';
import { InputTooLargeError, ParseError, ValidationError } from '../errors';
import { decodeText, type TextEncodingName } from './text';
import { assertImportSize, type DeckData, type FormatWarning, type ImportResult } from './types';

export const CSV_COLUMNS = ['front', 'back', 'tags', 'deck', 'kind', 'id'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** Column index per role; `front` and `back` are required, the rest optional. */
export type CsvMapping = { front: number; back: number } & Partial<Record<CsvColumn, number>>;

export interface CsvTable {
  file: string;
  encoding: TextEncodingName;
  bom: boolean;
  delimiter: string;
  hasHeader: boolean;
  /** Every record, header included; record i is row i + 1 in messages. */
  rows: string[][];
}

export interface CsvSniff extends CsvTable {
  /** The first CSV_COLUMNS_SHOWN columns' names; only these can be mapped. */
  headers: string[];
  preview: string[][];
  mapping: CsvMapping;
  /** Columns in the widest row, shown or not. */
  columns: number;
}

/**
 * Wider files are refused before papaparse builds their rows: a file of a million columns took
 * the mapping step for a minute and gigabytes, and a card needs six.
 */
export const MAX_CSV_COLUMNS = 1000;
/** The mapping step lists this many columns and says how many more there are. */
export const CSV_COLUMNS_SHOWN = 50;
/**
 * Delimiter and line break are guessed on this much text: papaparse's guess parses whole rows,
 * so a single line of a million fields was parsed once per candidate delimiter.
 */
const SNIFF_CHARS = 64 * 1024;
const QUOTE = '"';

const HEADER_NAMES: Record<CsvColumn, string[]> = {
  front: ['front', 'question', 'q', 'term', '表', '表面', '質問', '問題'],
  back: ['back', 'answer', 'a', 'definition', '裏', '裏面', '答え', '解答'],
  tags: ['tags', 'tag', 'タグ'],
  deck: ['deck', 'デッキ'],
  kind: ['kind', 'type', '種類'],
  id: ['id'],
};

function roleOf(header: string): CsvColumn | undefined {
  const name = header.trim().toLowerCase();
  return CSV_COLUMNS.find((role) => HEADER_NAMES[role].includes(name));
}

export function parseCsv(bytes: Uint8Array, file: string, delimiter?: string): CsvTable {
  assertImportSize(bytes.byteLength, file);
  const { text, encoding, bom } = decodeText(bytes, file);
  const guess = Papa.parse<string[]>(text.slice(0, SNIFF_CHARS), {
    delimiter: delimiter ?? (file.toLowerCase().endsWith('.tsv') ? '\t' : ''),
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: 'greedy',
    preview: 20,
  }).meta;
  const wide = firstWideRecord(text, guess.delimiter, guess.linebreak);
  if (wide !== undefined) {
    throw new InputTooLargeError(
      `row ${wide} has more than ${MAX_CSV_COLUMNS} columns; the limit is ${MAX_CSV_COLUMNS}`,
      { file, line: wide },
    );
  }
  const result = Papa.parse<string[]>(text, {
    delimiter: guess.delimiter,
    newline: guess.linebreak as Papa.ParseConfig['newline'],
    skipEmptyLines: 'greedy',
  });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new ParseError(`${fatal.message.toLowerCase()}`, {
      file,
      line: (fatal.row ?? 0) + 1,
    });
  }
  const rows = result.data;
  if (rows.length === 0) {
    throw new ParseError('no rows', { file });
  }
  const first = rows[0] ?? [];
  const roles = first.map(roleOf);
  const hasHeader = roles.includes('front') || roles.filter(Boolean).length >= 2;
  return { file, encoding, bom, delimiter: result.meta.delimiter, hasHeader, rows };
}

export function sniffCsv(bytes: Uint8Array, file: string, delimiter?: string): CsvSniff {
  const table = parseCsv(bytes, file, delimiter);
  const columns = table.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const shown = (row: string[]) => row.slice(0, CSV_COLUMNS_SHOWN);
  const width = Math.min(
    CSV_COLUMNS_SHOWN,
    Math.max(...table.rows.slice(0, 50).map((row) => row.length)),
  );
  const headers = table.hasHeader
    ? shown(table.rows[0] ?? [])
    : Array.from({ length: width }, (_, i) => `${i + 1}`);
  return {
    ...table,
    headers,
    preview: table.rows.slice(table.hasHeader ? 1 : 0, table.hasHeader ? 6 : 5).map(shown),
    mapping: guessMapping(table),
    columns,
  };
}

/**
 * The 1-based number of the first record wider than MAX_CSV_COLUMNS, read by papaparse's rules
 * (a field is quoted when it starts with a quote; `""` inside is one quote) without building any
 * field; undefined when every record fits.
 */
export function firstWideRecord(
  text: string,
  delimiter: string,
  newline: string,
): number | undefined {
  let pos = 0;
  let record = 1;
  let columns = 1;
  let nextDelimiter = -1;
  let nextNewline = -1;
  while (pos < text.length) {
    if (text.startsWith(QUOTE, pos)) {
      let quote = text.indexOf(QUOTE, pos + 1);
      for (;;) {
        if (quote === -1) {
          // An unclosed quote runs to the end of the file; papaparse refuses such a file.
          return undefined;
        }
        if (text.startsWith(QUOTE, quote + 1)) {
          quote = text.indexOf(QUOTE, quote + 2);
          continue;
        }
        let after = quote + 1;
        while (text[after] === ' ') {
          after++;
        }
        if (
          after >= text.length ||
          text.startsWith(delimiter, after) ||
          text.startsWith(newline, after)
        ) {
          pos = after;
          break;
        }
        quote = text.indexOf(QUOTE, quote + 1);
      }
    }
    if (nextDelimiter < pos && nextDelimiter !== Infinity) {
      nextDelimiter = text.indexOf(delimiter, pos);
      nextDelimiter = nextDelimiter === -1 ? Infinity : nextDelimiter;
    }
    if (nextNewline < pos && nextNewline !== Infinity) {
      nextNewline = text.indexOf(newline, pos);
      nextNewline = nextNewline === -1 ? Infinity : nextNewline;
    }
    if (nextDelimiter < nextNewline) {
      columns++;
      if (columns > MAX_CSV_COLUMNS) {
        return record;
      }
      pos = nextDelimiter + delimiter.length;
    } else if (nextNewline !== Infinity) {
      record++;
      columns = 1;
      pos = nextNewline + newline.length;
    } else {
      return undefined;
    }
  }
  return undefined;
}

function guessMapping(table: CsvTable): CsvMapping {
  const mapping: Partial<Record<CsvColumn, number>> = {};
  if (table.hasHeader) {
    (table.rows[0] ?? []).slice(0, CSV_COLUMNS_SHOWN).forEach((header, i) => {
      const role = roleOf(header);
      if (role && mapping[role] === undefined) {
        mapping[role] = i;
      }
    });
  }
  const front = mapping.front ?? 0;
  return { ...mapping, front, back: mapping.back ?? (front === 0 ? 1 : 0) };
}

export function applyCsvMapping(
  table: CsvTable,
  mapping: CsvMapping,
  deckName: string,
): ImportResult {
  const warnings: FormatWarning[] = [];
  const seen = new Map<string, number>();
  const cards: ImportResult['cards'] = [];
  const start = table.hasHeader ? 1 : 0;
  for (let i = start; i < table.rows.length; i++) {
    const row = table.rows[i] ?? [];
    const line = i + 1;
    const cell = (role: CsvColumn) => {
      const index = mapping[role];
      // Cards are Markdown: a CRLF typed into a cell is just a line break.
      return index === undefined ? '' : (row[index] ?? '').replace(/\r\n?/g, '\n');
    };
    const front = cell('front').trim();
    if (!front) {
      warnings.push({
        file: table.file,
        line,
        code: 'csv-empty-front',
        skipped: true,
        message: 'empty front; row skipped',
      });
      continue;
    }
    const kindText = cell('kind').trim();
    if (kindText && !(CARD_KINDS as readonly string[]).includes(kindText)) {
      throw new ValidationError(`unknown card kind "${kindText}"`, { file: table.file, line });
    }
    const kind = (kindText || (/\{\{c\d+::/.test(front) ? 'cloze' : 'basic')) as CardKind;
    const deck = cell('deck').trim() || deckName;
    const givenId = cell('id').trim();
    const id = /^[a-z][0-9a-z-]{3,63}$/.test(givenId) ? givenId : stableCardId(deck, front);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      warnings.push({
        file: table.file,
        line,
        code: 'csv-duplicate',
        skipped: true,
        message: `same card as row ${earlier}; row skipped`,
      });
      continue;
    }
    seen.set(id, line);
    const tags = cell('tags').split(/\s+/).filter(Boolean);
    cards.push({ id, deck, front, back: cell('back').trim(), kind, tags });
  }
  return { deckName, cards, warnings };
}

export function writeCsv(data: DeckData, delimiter: ',' | '\t' = ','): string {
  const rows = data.cards.map((card) => [
    card.front,
    card.back,
    card.tags.join(' '),
    card.deck,
    card.kind,
    card.id,
  ]);
  // A BOM makes Excel read the file as UTF-8 instead of the system code page.
  return (
    '\uFEFF' +
    Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { delimiter, newline: '\r\n' }) +
    '\r\n'
  );
}
