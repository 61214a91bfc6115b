/**
 * stableCardId hashes the normalised question without building it for the characters notes are
 * written in; the ids must stay those of the plain definition (normalise the deck and question,
 * join them with NULs, hash64), since users' schedules are keyed by them.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseQuestion, stableCardId } from '../../../src-renderer/lib/cards/id';
import { hash64 } from '../../../src-renderer/lib/hash';

/** hash64 as first written: two FNV-1a style lanes, each printed as 8 hex digits. */
function referenceHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

function referenceId(deck: string, question: string, variant = ''): string {
  return (
    'c' +
    referenceHash(`${normaliseQuestion(deck)}\u0000${normaliseQuestion(question)}\u0000${variant}`)
  );
}

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
}

/** The units the fast path handles itself (and their neighbours it must leave to NFKC). */
const units = [
  ...range(0x0000, 0x00ff),
  ...range(0x2000, 0x206f),
  ...range(0x2190, 0x21ff),
  ...range(0x3000, 0x30ff),
  ...range(0xff00, 0xffef),
  ...['\u0301', '\u0338', '\u1100', '\u1161', '\uac00', '\ud83d\ude00', 'İ', 'Σ', 'ﬁ'],
];

const seed = readFileSync(
  new URL('../../data/notes/000_3af3aa1cc6fa0faa.txt', import.meta.url),
  'utf8',
);

describe('stableCardId', () => {
  it('gives the reference id for every line of the seed notes', () => {
    for (const line of seed.split('\n')) {
      expect(stableCardId('OPCEL 252::イメージ', line)).toBe(
        referenceId('OPCEL 252::イメージ', line),
      );
    }
  });

  it('gives the reference id for every pair of units around the fast path', () => {
    const mismatches: string[] = [];
    for (const first of units) {
      for (const second of units) {
        const question = `${first}${second}`;
        if (stableCardId('d', question) !== referenceId('d', question)) {
          mismatches.push(question);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('leaves CJK ideographs to the fast path only because NFKC and case leave them alone', () => {
    for (const char of [...range(0x3400, 0x4dbf), ...range(0x4e00, 0x9fff)]) {
      if (char.normalize('NFKC') !== char || char.toLowerCase() !== char) {
        expect.fail(`U+${char.charCodeAt(0).toString(16)}`);
      }
    }
  });

  it('gives the reference id for mixed text, decks and variants', () => {
    const unit = fc.oneof(
      fc.constantFrom(...units),
      fc.integer({ min: 0x3400, max: 0x9fff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom(' ', '  ', '\n', '\t', '　', 'Ａ', 'ｶﾞ', 'か\u3099'),
    );
    const text = fc.array(unit, { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, fc.constantFrom('', 'reverse', 'cloze:c1'), (deck, q, variant) => {
        expect(stableCardId(deck, q, variant)).toBe(referenceId(deck, q, variant));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps hash64 as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(hash64(text)).toBe(referenceHash(text));
      }),
    );
  });
});
