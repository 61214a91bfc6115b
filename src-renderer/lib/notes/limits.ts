/**
 * How much Markdown the generator takes on. markdown-it's inline pass costs 15–75 µs a call and
 * about 300 bytes per mark in one call (1 MB of `*_` on one line: 8 s and 430 MB; 50 MB ran out of
 * memory; 4 MB of short `*_` lines: 43 s), so files, lines and whole files' worth of inline
 * Markdown past these limits are refused, saying which limit.
 */
import { InputTooLargeError } from '../errors';

/**
 * Characters per notes file. The shipped deck's largest file is 17 KB; the notes bench reads
 * 10 MB as many files.
 */
export const MAX_NOTES_CHARS = 4 * 1024 * 1024;

/**
 * Inline-Markdown marks (the characters that send text through markdown-it's inline pass) on one
 * line or in one inline run, and in one file. The shipped notes have 18 per KB, most of them
 * backticks, so 50,000 is about 2.8 MB of such notes; at the limit, one mark on each of 50,000
 * lines, a file takes about 3 s.
 */
export const MAX_MARKS_PER_LINE = 1000;
export const MAX_MARKS_PER_FILE = 50_000;
const MARKS = '*_~]\\<&`';
const MARK_NAMES = [...MARKS].join(' ');

const NEWLINE = 0x0a;
const IS_MARK = new Uint8Array(128);
for (const mark of MARKS) {
  IS_MARK[mark.charCodeAt(0)] = 1;
}
const isMark = (code: number) => code < 128 && IS_MARK[code] === 1;

/** Refuses a file too big for the generator, or with too much inline Markdown. */
export function assertNotesWithinLimits(text: string, file: string): void {
  if (text.length > MAX_NOTES_CHARS) {
    throw new InputTooLargeError(
      `${(text.length / 1024 / 1024).toFixed(1)} M characters of notes; the limit is ${MAX_NOTES_CHARS / 1024 / 1024} M`,
      { file },
    );
  }
  let line = 1;
  let onLine = 0;
  let inFile = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      line++;
      onLine = 0;
    } else if (isMark(code)) {
      if (++onLine > MAX_MARKS_PER_LINE) {
        throw new InputTooLargeError(
          `a line with more than ${MAX_MARKS_PER_LINE} Markdown marks (${MARK_NAMES}), the limit`,
          { file, line },
        );
      }
      if (++inFile > MAX_MARKS_PER_FILE) {
        throw new InputTooLargeError(
          `more than ${MAX_MARKS_PER_FILE} Markdown marks (${MARK_NAMES}) in one file, the limit`,
          { file, line },
        );
      }
    }
  }
}

/**
 * The line bound for one inline parse, which may span lines (a list item, a table cell); thrown
 * without a place, which the generator adds.
 */
export function assertInlineWithinLimits(text: string): void {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    if (isMark(text.charCodeAt(i)) && ++marks > MAX_MARKS_PER_LINE) {
      throw new InputTooLargeError(
        `Markdown text with more than ${MAX_MARKS_PER_LINE} marks (${MARK_NAMES}) in one run, the limit`,
      );
    }
  }
}
