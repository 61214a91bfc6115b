/**
 * Damaged and mislabelled files of every format: each read ends in cards or in a DomainError
 * (which the UI and CLI show as "file:line: message"), never in any other exception.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeHtmlSanitizer } from '../../../src-main/cli/html-sanitizer';
import { DomainError } from '../../../src-renderer/lib/errors';
import { readDeckFile, writeDeckFile } from '../../../src-renderer/lib/formats/convert';
import { readDeckJson } from '../../../src-renderer/lib/formats/deck-json';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));
const valid: Record<string, Uint8Array> = {};

beforeAll(async () => {
  const deck = readDeckJson(fixture('deck-v1.json'), 'deck-v1.json');
  valid['deck.json'] = fixture('deck-v1.json');
  valid['excel.csv'] = fixture('excel-cp932.csv');
  valid['deck.tsv'] = await writeDeckFile('deck.tsv', deck);
  valid['deck.md'] = await writeDeckFile('deck.md', deck);
  valid['third-party.apkg'] = fixture('anki-apkg-export.apkg');
  valid['anki21b.apkg'] = fixture('anki21b.apkg');
  valid['own.apkg'] = await writeDeckFile('own.apkg', deck, {
    sanitizeHtml: await nodeHtmlSanitizer(),
  });
});

async function outcome(name: string, bytes: Uint8Array): Promise<string> {
  try {
    const result = await readDeckFile(name, bytes, { keepScheduling: true });
    return `ok ${result.cards.length}`;
  } catch (error) {
    if (error instanceof DomainError) {
      expect(error.describe()).toContain(name);
      return 'domain error';
    }
    throw new Error(`${name}: not a DomainError: ${String(error)}`, { cause: error });
  }
}

const damage = (bytes: Uint8Array) =>
  fc.oneof(
    fc.nat({ max: bytes.length }).map((at) => bytes.slice(0, at)),
    fc
      .array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 7 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((flips) => {
        const copy = bytes.slice();
        for (const [at, bit] of flips) {
          copy[at] = (copy[at] ?? 0) ^ (1 << bit);
        }
        return copy;
      }),
  );

describe('fuzz: truncated and bit-flipped files', () => {
  test.each([
    'deck.json',
    'excel.csv',
    'deck.tsv',
    'deck.md',
    'third-party.apkg',
    'anki21b.apkg',
    'own.apkg',
  ])('%s: 40 damaged copies', async (name) => {
    const bytes = valid[name] as Uint8Array;
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(damage(bytes), async (damaged) => {
        kinds.add((await outcome(name, damaged)).split(' ')[0] ?? '');
      }),
      { numRuns: 40, seed: 252 },
    );
    // The damage is real: at least some copies are refused.
    expect(kinds).toContain('domain');
  });
});

describe('fuzz: the wrong type of file under each extension', () => {
  test('every valid file read as every other format, and random bytes', async () => {
    const names = Object.keys(valid);
    const seen: string[] = [];
    for (const source of names) {
      for (const target of names) {
        if (source !== target) {
          seen.push(await outcome(target, valid[source] as Uint8Array));
        }
      }
    }
    expect(seen.length).toBe(42);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.uint8Array({ maxLength: 2048 }),
        async (name, bytes) => {
          await outcome(name, bytes);
        },
      ),
      { numRuns: 70, seed: 252 },
    );
  });
});
