import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { readDeckJson } from '../../src-renderer/lib/formats/deck-json';

const run = promisify(execFile);
/** `npm run deck`'s command: the bundled CLI, built by the tests' global set-up. */
const DECK = 'src-main/cli/run.cjs';
const dir = mkdtempSync(join(tmpdir(), 'deck-convert-'));

/** Runs `npm run deck -- convert …` as a user would, through the dispatcher. */
async function convert(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, [DECK, 'deck', 'convert', ...args]);
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('deck convert', () => {
  test('json → apkg → csv → json keeps the cards; apkg keeps the schedules', async () => {
    const apkg = join(dir, 'deck.apkg');
    const csv = join(dir, 'deck.csv');
    const json = join(dir, 'deck.json');
    expect(await convert('test/fixtures/deck-v1.json', apkg)).toMatchObject({ code: 0 });
    const toCsv = await convert(apkg, csv);
    expect(toCsv).toEqual({ code: 0, stderr: `40 cards written to ${csv}\n` });
    expect(await convert(csv, json)).toMatchObject({ code: 0 });
    const original = readDeckJson(readFileSync('test/fixtures/deck-v1.json'), 'a');
    const final = readDeckJson(readFileSync(json), 'b');
    const content = (c: (typeof original.cards)[number]) => [
      c.id,
      c.deck,
      c.front,
      c.back,
      c.kind,
      c.tags,
    ];
    expect(final.cards.map(content)).toEqual(original.cards.map(content));
    const viaApkg = join(dir, 'via-apkg.json');
    expect(await convert(apkg, viaApkg)).toMatchObject({ code: 0 });
    const states = (cards: typeof original.cards) => cards.map((c) => c.schedule?.state ?? 'new');
    expect(states(readDeckJson(readFileSync(viaApkg), 'c').cards)).toEqual(states(original.cards));
  }, 60_000);

  test('images go into the card text when the target format has no media files', async () => {
    const out = join(dir, 'notes.md');
    const result = await convert('test/fixtures/anki-apkg-export.apkg', out);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/!\[\]\(data:image\/png;base64,iVBORw0KGgo/);
    expect(result.stderr).toContain('warning: qcow2.svg: not an image the app shows');
  }, 30_000);

  test('--no-scheduling drops schedules', async () => {
    const out = join(dir, 'plain.json');
    expect(await convert('test/fixtures/anki21b.apkg', out, '--no-scheduling')).toMatchObject({
      code: 0,
    });
    expect(readDeckJson(readFileSync(out), 'p').cards.every((c) => !c.schedule)).toBe(true);
  }, 30_000);

  test('invalid input: exit 1 with file, record and reason on stderr', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"recall-deck","version":1,"name":"x","cards":[{"id":"a"}]}');
    const result = await convert(bad, join(dir, 'out.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error: ${bad}:1: cards\\.0\\.deck: `));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  test('a newer deck version, an unknown extension and a 200 MB file are refused', async () => {
    const newer = join(dir, 'newer.json');
    writeFileSync(newer, '{"format":"recall-deck","version":9,"name":"x","cards":[]}');
    expect(await convert(newer, join(dir, 'o.md'))).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/version 9 is newer than this app understands/),
    });
    expect(await convert('test/fixtures/deck-v1.json', join(dir, 'o.docx'))).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/o\.docx: unknown file type/),
    });
    const huge = join(dir, 'huge.csv');
    writeFileSync(huge, '');
    truncateSync(huge, 200 * 1024 * 1024);
    expect(await convert(huge, join(dir, 'o.json'))).toMatchObject({
      code: 1,
      stderr: `error: ${huge}: file is 200 MB; the limit is 150 MB\n`,
    });
  }, 30_000);
});
