/**
 * CSV/TSV in two steps, as the import dialog shows them: `sniffCsv` decodes and guesses
 * (encoding, delimiter, header row, which column is what) for a preview, then `applyCsvMapping`
 * turns every row into a card under the mapping the user confirmed.
 */
import Papa from 'papaparse';
import { CARD_KINDS, type CardKind } from '../cards/card';
import { stableCardId } from '../cards/id';
import { ParseError, ValidationError } from '../errors';
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
  headers: string[];
  preview: string[][];
  mapping: CsvMapping;
}

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
  const result = Papa.parse<string[]>(text, {
    delimiter: delimiter ?? (file.toLowerCase().endsWith('.tsv') ? '\t' : ''),
    delimitersToGuess: [',', '\t', ';', '|'],
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
  const width = Math.max(...table.rows.slice(0, 50).map((row) => row.length));
  const headers = table.hasHeader
    ? (table.rows[0] ?? [])
    : Array.from({ length: width }, (_, i) => `${i + 1}`);
  return {
    ...table,
    headers,
    preview: table.rows.slice(table.hasHeader ? 1 : 0, table.hasHeader ? 6 : 5),
    mapping: guessMapping(table),
  };
}

function guessMapping(table: CsvTable): CsvMapping {
  const mapping: Partial<Record<CsvColumn, number>> = {};
  if (table.hasHeader) {
    (table.rows[0] ?? []).forEach((header, i) => {
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
