import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { decompress } from 'fzstd';
import { describe, expect, test } from 'vitest';
import { InputTooLargeError, ParseError } from '../../../src-renderer/lib/errors';
import { UnpackBudget, unzstdBounded } from '../../../src-renderer/lib/formats/unpack';
import { zstdBomb } from '../../fixtures/hostile-files';

// Compressed by the zstd CLI (make-anki21b-fixture.py): the collection, media index and a media file.
const entries = unzipSync(new Uint8Array(readFileSync('test/fixtures/anki21b.apkg')));
const real = ['collection.anki21b', 'media', '0'].map((name) => entries[name] as Uint8Array);
const MB = 1024 * 1024;

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
};
const skippable = (payload: number[]) =>
  new Uint8Array([0x50, 0x2a, 0x4d, 0x18, payload.length, 0, 0, 0, ...payload]);

describe('bounded zstd', () => {
  test.each(real.map((bytes, i) => [i, bytes] as const))(
    'the zstd CLI’s frames (part %i) come out as fzstd decodes them',
    (_, bytes) => {
      expect(unzstdBounded(bytes, 'part', new UnpackBudget('x.apkg'))).toEqual(decompress(bytes));
    },
  );

  test('several frames and a skippable frame, in one stream', () => {
    const [a, b] = real as [Uint8Array, Uint8Array];
    const out = unzstdBounded(concat(a, skippable([1, 2, 3]), b), 'part', new UnpackBudget('x'));
    expect(out).toEqual(concat(decompress(a), decompress(b)));
  });

  test('a stream over the part limit stops at the limit', () => {
    const budget = new UnpackBudget('bomb.apkg', 8 * MB, 64 * MB);
    const start = performance.now();
    const error = (() => {
      try {
        unzstdBounded(zstdBomb(30_000), 'collection.anki21b', budget);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect((error as InputTooLargeError).describe()).toBe(
      'bomb.apkg: collection.anki21b unpacks to more than 8 MB; the limit for one part of a package is 8 MB',
    );
    expect(performance.now() - start).toBeLessThan(2000);
  });

  test('parts each within the part limit, together over the package limit', () => {
    const budget = new UnpackBudget('many.apkg', 8 * MB, 12 * MB);
    const five = zstdBomb(40); // 5 MiB each
    unzstdBounded(five, 'media file a.png', budget);
    unzstdBounded(five, 'media file b.png', budget);
    expect(() => unzstdBounded(five, 'media file c.png', budget)).toThrow(
      'the package unpacks to more than 12 MB (at media file c.png); the limit is 12 MB',
    );
  });

  test('a claimed size over the limit is refused before anything is decoded or allocated', () => {
    const claims = zstdBomb(1, 7.8 * 1024 ** 3);
    const rss = process.memoryUsage().rss;
    expect(() => unzstdBounded(claims, 'collection.anki21b', new UnpackBudget('x'))).toThrow(
      InputTooLargeError,
    );
    expect(process.memoryUsage().rss - rss).toBeLessThan(64 * MB);
  });

  test('truncated and foreign data are parse errors', () => {
    const [a] = real as [Uint8Array];
    for (const bad of [a.slice(0, a.length - 3), a.slice(0, 7), new Uint8Array([1, 2, 3, 4, 5])]) {
      expect(() => unzstdBounded(bad, 'part', new UnpackBudget('x'))).toThrow(ParseError);
    }
  });
});
