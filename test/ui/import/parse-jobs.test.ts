import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyCsvMapping, sniffCsv } from '../../../src-renderer/lib/formats/csv';
import { readApkg } from '../../../src-renderer/lib/formats/anki-read';
import { readMarkdown } from '../../../src-renderer/lib/formats/markdown';
import { inlineMedia } from '../../../src-renderer/lib/formats/media';
import { loadSql } from '../../../src-renderer/lib/formats/sql';
import { runJob, type JobState } from '../../../src-renderer/ui/import/parse-jobs';

const CSV = 'test/fixtures/excel-cp932.csv';
const APKG = 'test/fixtures/anki-apkg-export.apkg';
const bytes = new Uint8Array(readFileSync(CSV));

describe('the parse worker’s jobs', () => {
  test('a CSV sniff sends no rows back, and the mapping is applied to the rows kept', async () => {
    const state: JobState = { sql: () => loadSql() };
    const sniffed = await runJob({ job: 'sniff', name: 'excel-cp932.csv', bytes }, state);
    if (!('sniff' in sniffed)) {
      throw new Error('expected a sniff');
    }
    const direct = sniffCsv(bytes, 'excel-cp932.csv');
    expect(sniffed.sniff).toEqual({ ...direct, rows: [] });
    const mapped = await runJob(
      { job: 'map', mapping: { ...direct.mapping }, deckName: 'excel-cp932' },
      state,
    );
    expect(mapped).toEqual({ result: applyCsvMapping(direct, direct.mapping, 'excel-cp932') });
    expect('result' in mapped && mapped.result.cards).toHaveLength(5);
  });

  test('an .apkg is read with its scheduling, as the page would read it', async () => {
    const apkg = new Uint8Array(readFileSync(APKG));
    const output = await runJob(
      { job: 'deck', name: 'anki-apkg-export.apkg', bytes: apkg },
      { sql: () => loadSql() },
    );
    const direct = await readApkg(apkg, 'anki-apkg-export.apkg', {
      keepScheduling: true,
      sql: await loadSql(),
    });
    expect(output).toEqual({ result: inlineMedia(direct, 'anki-apkg-export.apkg') });
    expect('result' in output && output.result.cards).toHaveLength(7);
  });

  test('a set of notes files is read in one job, as the page read them before', async () => {
    const files = ['252.1-glance.md', '252.3-cinder.md'].map((name) => ({
      path: name,
      bytes: new Uint8Array(readFileSync(`decks/opcel-252/${name}`)),
    }));
    const output = await runJob(
      { job: 'notes', files, deckName: 'OPCEL 252' },
      { sql: () => loadSql() },
    );
    expect(output).toEqual({
      result: inlineMedia(readMarkdown(files, 'OPCEL 252'), '252.1-glance.md'),
    });
    expect('result' in output && output.result.cards.length).toBeGreaterThan(100);
  });

  test('a mapping without a sniffed file before it fails', async () => {
    await expect(
      runJob(
        { job: 'map', mapping: { front: 0, back: 1 }, deckName: 'x' },
        { sql: () => loadSql() },
      ),
    ).rejects.toThrow(/no CSV file/);
  });
});
