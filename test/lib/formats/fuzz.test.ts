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
import { readApkg } from '../../../src-renderer/lib/formats/anki-read';
import { readDeckJson } from '../../../src-renderer/lib/formats/deck-json';
import * as hostile from '../../fixtures/hostile-files';

const LEAKS =
  /is not a function|is not iterable|is not an object|Cannot read properties|of undefined|of null/;
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
      // The reader's own JavaScript is no part of the message.
      expect(error.message).not.toMatch(LEAKS);
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

/**
 * Hostile files: each is refused, or read with a warning, in bounded time and memory. The
 * memory bound is on the process's peak resident size, which the files used to push to gigabytes.
 */
describe('fuzz: hostile files', () => {
  const PEAK_RSS_MB = 1024;
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, RegExp, number]> = [
    [
      'zstd-bomb-declared.apkg',
      hostile.zstdBombDeclared,
      /collection.anki21b unpacks to more than 150 MB/,
      5_000,
    ],
    [
      'zstd-bomb-streamed.apkg',
      hostile.zstdBombStreamed,
      /collection.anki21b unpacks to more than 150 MB/,
      10_000,
    ],
    [
      'zstd-bomb-media.apkg',
      hostile.zstdBombMedia,
      /media file ring.svg unpacks to more than 150 MB/,
      10_000,
    ],
    [
      'zstd-bomb-media-index.apkg',
      hostile.zstdBombMediaIndex,
      /media index unpacks to more than 150 MB/,
      10_000,
    ],
    ['recursive-view.apkg', hostile.recursiveView, /defines a view \(cards\)/, 5_000],
    ['join-explosion.apkg', hostile.joinExplosion, /more than 500,000 cards/, 30_000],
    [
      'huge-field.apkg',
      () => hostile.hugeField(20 * 1024 * 1024),
      /note \d+: its fields have 20,971,5\d\d characters; a card may have at most 16,777,216/,
      15_000,
    ],
    [
      'star-underscore.apkg',
      () => hostile.hugeField(100_000, '*_'),
      /card \d+ \(“.*”\): its answer has 100,000 characters of text; a card side may have at most 65,536/,
      5_000,
    ],
    [
      'malformed-models.apkg',
      hostile.malformedModels,
      /col.models is not laid out as Anki writes it at \d+\.tmpls: expected array, received object/,
      5_000,
    ],
  ];
  test.each(cases)('%s is refused', async (name, build, message, withinMs) => {
    const bytes = await build();
    const start = performance.now();
    const error = await readDeckFile(name, bytes, { keepScheduling: true }).catch(
      (e: unknown) => e,
    );
    const elapsed = performance.now() - start;
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).describe()).toMatch(new RegExp(`^${name}: .*${message.source}`));
    expect(elapsed).toBeLessThan(withinMs);
    expect(process.resourceUsage().maxRSS / 1024).toBeLessThan(PEAK_RSS_MB);
  });

  test('note types and decks of any JSON shape: read, or refused in plain words', async () => {
    const keys = fc.oneof(
      fc.constantFrom('name', 'type', 'flds', 'tmpls').map((key) => ['models', key] as const),
      fc.constant(['decks', 'name'] as const),
    );
    await fc.assert(
      fc.asyncProperty(keys, fc.jsonValue({ maxDepth: 3 }), async ([column, key], value) => {
        await outcome('shapes.apkg', await hostile.colJsonWith(column, key, value));
      }),
      { numRuns: 30, seed: 252 },
    );
  });

  test('a due date of Infinity: the card comes in as new, with a warning; its history too', async () => {
    const result = await readDeckFile('infinite-due.apkg', await hostile.infiniteDue(), {
      keepScheduling: true,
    });
    const warned = result.warnings.filter((w) => w.code === 'apkg-bad-schedule');
    expect(warned.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^note \d+: due is Infinity, out of range; the card is imported as new$/,
      ),
    ]);
    const schedules = result.cards.flatMap((card) => (card.schedule ? [card.schedule] : []));
    expect(schedules.length).toBeGreaterThan(0);
    // Every kept date reads back from JSON as the number it was.
    expect(JSON.parse(JSON.stringify(schedules))).toEqual(schedules);
    expect(result.cards).toHaveLength(40);
  });

  test('two notes with one GUID: the second card is skipped and counted as skipped', async () => {
    const result = await readDeckFile('duplicate.apkg', await hostile.duplicateCards());
    expect(result.cards).toHaveLength(39);
    expect(new Set(result.cards.map((c) => c.id)).size).toBe(39);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'apkg-duplicate-card', skipped: true }),
    ]);
  });

  test('a deck file naming one card id twice: the second is skipped, for every format', async () => {
    const deck = readDeckJson(fixture('deck-v1.json'), 'deck-v1.json');
    const [a, b] = deck.cards;
    if (!a || !b) {
      throw new Error('deck-v1.json has fewer than two cards');
    }
    const twice = { ...deck, cards: [a, { ...b, id: a.id }] };
    const sanitizeHtml = await nodeHtmlSanitizer();
    for (const name of ['twice.json', 'twice.apkg']) {
      const result = await readDeckFile(name, await writeDeckFile(name, twice, { sanitizeHtml }));
      expect(result.cards.map((c) => c.id)).toEqual([a.id]);
      expect(result.warnings.filter((w) => w.skipped)).toHaveLength(1);
    }
  });

  test('a collection slower to read than its time budget is stopped at the budget', async () => {
    const start = performance.now();
    const error = await readApkg(await hostile.joinExplosion(), 'slow.apkg', {
      readBudgetMs: 50,
    }).catch((e: unknown) => e);
    expect((error as DomainError).describe()).toMatch(
      /^slow.apkg: reading the collection took longer than 0.05 s \(at cards\); it is not read$/,
    );
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
