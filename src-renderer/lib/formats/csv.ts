/**
 * CSV/TSV in two steps, as the import dialog shows them: `sniffCsv` decodes and guesses
 * (encoding, delimiter, header row, which column is what) for a preview, then `applyCsvMapping`
 * turns every row into a card under the mapping the user confirmed.
 */
import Papa from 'papaparse';
import { CARD_KINDS, type CardKind } from '../cards/card';
import { stableCardId } from '../cards/id';
import { InputTooLargeError, ParseError, ValidationError } from '../errors';
import { htmlToText } from './anki-html';
import { decodeText, type TextEncodingName } from './text';
import { assertImportSize, type DeckData, type FormatWarning, type ImportResult } from './types';

export const CSV_COLUMNS = ['front', 'back', 'tags', 'deck', 'kind', 'id'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** Column index per role; `front` and `back` are required, the rest optional. */
export type CsvMapping = { front: number; back: number } & Partial<Record<CsvColumn, number>>;

/**
 * The `#key:value` lines that open Anki's "Notes in Plain Text" export (and files written for
 * Anki's importer): they say the separator, whether fields are HTML, and which columns hold the
 * deck, the tags, the note type and the note's guid. Columns are 0-based here.
 */
export interface AnkiFileHeaders {
  /** How many lines of the file they take; records are numbered after them. */
  lines: number;
  html: boolean;
  /** `#tags:`: tags for every note. */
  tags: string[];
  /** `#deck:`: the deck of notes whose row names none. */
  deck?: string;
  /** `#columns:`: the columns' names. */
  columns?: string[];
  deckColumn?: number;
  tagsColumn?: number;
  notetypeColumn?: number;
  guidColumn?: number;
}

export interface CsvTable {
  file: string;
  encoding: TextEncodingName;
  bom: boolean;
  delimiter: string;
  hasHeader: boolean;
  /** Every record, header included; record i is row i + 1 in messages, after any Anki headers. */
  rows: string[][];
  anki?: AnkiFileHeaders;
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

const ANKI_HEADER =
  /^#(separator|html|tags|columns|notetype|deck|notetype column|deck column|tags column|guid column|if matches):(.*)$/;
const ANKI_SEPARATORS: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  space: ' ',
  pipe: '|',
  colon: ':',
};
const ANKI_COLUMN_KEYS = {
  'deck column': 'deckColumn',
  'tags column': 'tagsColumn',
  'notetype column': 'notetypeColumn',
  'guid column': 'guidColumn',
} as const;

/** The Anki file headers at the top of `text`, and the separator they name; none: undefined. */
function readAnkiHeaders(
  text: string,
): { headers: AnkiFileHeaders; separator?: string; rest: string } | undefined {
  const headers: AnkiFileHeaders = { lines: 0, html: false, tags: [] };
  let separator: string | undefined;
  let columns: string | undefined;
  let pos = 0;
  while (pos < text.length) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end === -1 ? text.length : end).replace(/\r$/, '');
    const match = ANKI_HEADER.exec(line);
    if (!match) {
      break;
    }
    const [, key = '', raw = ''] = match;
    const value = raw.trim();
    const column = Number.parseInt(value, 10) - 1;
    if (key === 'separator') {
      separator = ANKI_SEPARATORS[value.toLowerCase()] ?? (raw.length === 1 ? raw : undefined);
    } else if (key === 'html') {
      headers.html = value.toLowerCase() === 'true';
    } else if (key === 'tags') {
      headers.tags = value.split(/\s+/).filter(Boolean);
    } else if (key === 'deck') {
      headers.deck = value || undefined;
    } else if (key === 'columns') {
      columns = raw;
    } else if (key in ANKI_COLUMN_KEYS && column >= 0) {
      headers[ANKI_COLUMN_KEYS[key as keyof typeof ANKI_COLUMN_KEYS]] = column;
    }
    headers.lines++;
    pos = end === -1 ? text.length : end + 1;
  }
  if (headers.lines === 0) {
    return undefined;
  }
  if (columns !== undefined) {
    headers.columns = columns.split(separator ?? '\t').map((name) => name.trim());
  }
  return { headers, separator, rest: text.slice(pos) };
}

export function parseCsv(bytes: Uint8Array, file: string, delimiter?: string): CsvTable {
  assertImportSize(bytes.byteLength, file);
  const decoded = decodeText(bytes, file);
  const { encoding, bom } = decoded;
  const anki = readAnkiHeaders(decoded.text);
  const text = anki ? anki.rest : decoded.text;
  const before = anki?.headers.lines ?? 0;
  const guess = Papa.parse<string[]>(text.slice(0, SNIFF_CHARS), {
    delimiter: delimiter ?? anki?.separator ?? (file.toLowerCase().endsWith('.tsv') ? '\t' : ''),
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: 'greedy',
    preview: 20,
  }).meta;
  const wide = firstWideRecord(text, guess.delimiter, guess.linebreak);
  if (wide !== undefined) {
    throw new InputTooLargeError(
      `row ${wide + before} has more than ${MAX_CSV_COLUMNS} columns; the limit is ${MAX_CSV_COLUMNS}`,
      { file, line: wide + before },
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
      line: (fatal.row ?? 0) + 1 + before,
    });
  }
  const rows = result.data;
  if (rows.length === 0) {
    throw new ParseError('no rows', { file });
  }
  if (anki) {
    // Anki's headers name the columns; its first record is a note.
    const table = { file, encoding, bom, delimiter: result.meta.delimiter, hasHeader: false, rows };
    return { ...table, anki: anki.headers };
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
  const names = table.hasHeader ? (table.rows[0] ?? []) : (table.anki?.columns ?? []);
  const headers = table.hasHeader
    ? shown(names)
    : Array.from({ length: width }, (_, i) => names[i] || `${i + 1}`);
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

/**
 * Anki's columns: deck and tags where the headers say, the first two others (not the note type
 * or guid) front and back, unless `#columns:` names them.
 */
function ankiMapping(table: CsvTable, anki: AnkiFileHeaders): CsvMapping {
  const named: Partial<Record<CsvColumn, number>> = {};
  (anki.columns ?? []).forEach((name, i) => {
    const role = roleOf(name);
    if (role && named[role] === undefined) {
      named[role] = i;
    }
  });
  const taken = new Set(
    [anki.deckColumn, anki.tagsColumn, anki.notetypeColumn, anki.guidColumn].filter(
      (column) => column !== undefined,
    ),
  );
  const width = Math.max(2, ...table.rows.slice(0, 50).map((row) => row.length));
  const free = Array.from({ length: width }, (_, i) => i).filter((i) => !taken.has(i));
  const front = named.front ?? free[0] ?? 0;
  const back = named.back ?? free.find((i) => i !== front) ?? (front === 0 ? 1 : 0);
  return {
    front,
    back,
    ...(anki.deckColumn !== undefined ? { deck: anki.deckColumn } : {}),
    ...(anki.tagsColumn !== undefined
      ? { tags: anki.tagsColumn }
      : named.tags !== undefined
        ? { tags: named.tags }
        : {}),
  };
}

function guessMapping(table: CsvTable): CsvMapping {
  if (table.anki) {
    return ankiMapping(table, table.anki);
  }
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
    const line = i + 1 + (table.anki?.lines ?? 0);
    const cell = (role: CsvColumn) => {
      const index = mapping[role];
      // Cards are Markdown: a CRLF typed into a cell is just a line break.
      const value = index === undefined ? '' : (row[index] ?? '').replace(/\r\n?/g, '\n');
      return table.anki?.html && (role === 'front' || role === 'back')
        ? htmlToText(value).text
        : value;
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
    const tags = [
      ...new Set([...(table.anki?.tags ?? []), ...cell('tags').split(/\s+/).filter(Boolean)]),
    ];
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
