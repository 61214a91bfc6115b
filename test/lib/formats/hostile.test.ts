/**
 * The hostile files of hostile-files.ts, read as the import reads them: each ends in a
 * DomainError naming the file (and the line where there is one) within a time and memory bound,
 * or, where the file is only wide, in a bounded preview.
 */
import { describe, expect, test } from 'vitest';
import { InputTooLargeError } from '../../../src-renderer/lib/errors';
import {
  CSV_COLUMNS_SHOWN,
  firstWideRecord,
  MAX_CSV_COLUMNS,
  sniffCsv,
} from '../../../src-renderer/lib/formats/csv';
import { readMarkdown } from '../../../src-renderer/lib/formats/markdown';
import { emphasisLines, emphasisRun, wideCsv } from './hostile-files';

const encode = (text: string) => new TextEncoder().encode(text);

/** Runs `read`, returning its error, how long it took and how much the heap grew at most. */
function measured(read: () => unknown): { error: unknown; ms: number; heapMb: number } {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  let error: unknown;
  try {
    read();
  } catch (caught) {
    error = caught;
  }
  const ms = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  return { error, ms, heapMb };
}

describe('hostile CSV: very many columns', () => {
  test('a million columns are refused before any row is built, naming the file and row', () => {
    const bytes = encode(wideCsv(1_000_000));
    const { error, ms, heapMb } = measured(() => sniffCsv(bytes, 'million.csv'));
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect((error as InputTooLargeError).describe()).toBe(
      `million.csv:1: row 1 has more than ${MAX_CSV_COLUMNS} columns; the limit is ${MAX_CSV_COLUMNS}`,
    );
    expect(ms).toBeLessThan(3000);
    expect(heapMb).toBeLessThan(200);
  });

  test('a single line of 100 MB of commas is refused as quickly', () => {
    const bytes = encode(','.repeat(100 * 1024 * 1024));
    const { error, ms } = measured(() => sniffCsv(bytes, 'commas.csv'));
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect(ms).toBeLessThan(5000);
  });

  test('a file wider than the mapping shows is previewed in its first columns, saying how wide', () => {
    const sniff = sniffCsv(encode(wideCsv(MAX_CSV_COLUMNS)), 'wide.csv');
    expect(sniff.columns).toBe(MAX_CSV_COLUMNS);
    expect(sniff.headers).toHaveLength(CSV_COLUMNS_SHOWN);
    // No column is named like a role, so both rows are data.
    expect(sniff.preview.map((row) => row.length)).toEqual([CSV_COLUMNS_SHOWN, CSV_COLUMNS_SHOWN]);
    expect(sniff.rows[1]).toHaveLength(MAX_CSV_COLUMNS);
  });

  test('delimiters inside quoted fields are not columns; the wide record is found after them', () => {
    const quoted = `"${','.repeat(5000)}",b\n"line one\nline two, ""quoted"", more",d\n`;
    expect(firstWideRecord(quoted, ',', '\n')).toBeUndefined();
    expect(sniffCsv(encode(`front,back\n${quoted}`), 'q.csv').rows).toHaveLength(3);
    const wideThird = `${quoted}${'x,'.repeat(MAX_CSV_COLUMNS)}x\n`;
    expect(firstWideRecord(wideThird, ',', '\n')).toBe(3);
    expect(firstWideRecord(wideThird.replace(/\n/g, '\r\n'), ',', '\r\n')).toBe(3);
  });
});

describe('hostile Markdown notes: emphasis runs', () => {
  const read = (text: string) => () =>
    readMarkdown([{ path: 'stars.md', bytes: encode(text) }], 'Stars');

  test('50 MB of `*_` is refused by size, naming the file', () => {
    const { error, ms, heapMb } = measured(read(emphasisRun(50)));
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect((error as InputTooLargeError).describe()).toMatch(
      /^stars\.md: 50\.0 M characters of notes; the limit is 4 M$/,
    );
    expect(ms).toBeLessThan(5000);
    expect(heapMb).toBeLessThan(400);
  });

  test('1 MB of `*_` on one line is refused at that line, not parsed (8 s and 430 MB before)', () => {
    const { error, ms, heapMb } = measured(read(`# Stars\n\n${emphasisRun(1)}\n`));
    expect((error as InputTooLargeError).describe()).toMatch(
      /^stars\.md:3: a line with more than 1000 Markdown marks/,
    );
    expect(ms).toBeLessThan(1000);
    expect(heapMb).toBeLessThan(100);
  });

  test('3.9 MB of short emphasis lines is refused by the marks in the file (43 s before)', () => {
    const { error, ms } = measured(read(emphasisLines(3.9)));
    expect((error as InputTooLargeError).describe()).toMatch(
      /^stars\.md:\d+: more than 50000 Markdown marks .* in one file, the limit$/,
    );
    expect(ms).toBeLessThan(1000);
  });

  test('a list item whose lines add up to too many marks is refused, naming the file', () => {
    const item = `- term: ${Array.from({ length: 30 }, () => '*_'.repeat(40)).join('\n  ')}\n`;
    const { error } = measured(read(item));
    expect((error as InputTooLargeError).describe()).toMatch(
      /^stars\.md: Markdown text with more than 1000 marks/,
    );
  });
});
