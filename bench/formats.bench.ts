/**
 * Import (parse) time of a 50,000-card .apkg and a 50,000-row CSV, target ≤ 5 s each, on the
 * collection bench/import-data.ts makes.
 */
import { nodeHtmlSanitizer } from '../src-main/cli/html-sanitizer';
import { readApkg } from '../src-renderer/lib/formats/anki-read';
import { writeApkg } from '../src-renderer/lib/formats/anki-write';
import { applyCsvMapping, sniffCsv, writeCsv } from '../src-renderer/lib/formats/csv';
import { loadSql } from '../src-renderer/lib/formats/sql';
import { benchCards } from './import-data';

const COUNT = 50_000;
const TARGET_MS = 5_000;
const cards = benchCards(COUNT);

function report(label: string, ms: number, bytes: number, count: number): boolean {
  const ok = ms <= TARGET_MS;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `${label}: ${(ms / 1000).toFixed(2)} s for ${count} cards (${mb} MB) — target ≤ ${TARGET_MS / 1000} s ${ok ? 'OK' : 'MISSED'}`,
  );
  return ok;
}

const sql = await loadSql();
let started = performance.now();
const { bytes: apkg } = await writeApkg(
  { deckName: 'OPCEL 252', cards },
  { sql, sanitizeHtml: await nodeHtmlSanitizer() },
);
console.log(`.apkg export (for reference): ${((performance.now() - started) / 1000).toFixed(2)} s`);
started = performance.now();
const fromApkg = await readApkg(apkg, 'bench.apkg', { keepScheduling: true, sql });
const apkgOk = report(
  '.apkg import (with scheduling and logs)',
  performance.now() - started,
  apkg.byteLength,
  fromApkg.cards.length,
);

const csv = new TextEncoder().encode(writeCsv({ deckName: 'OPCEL 252', cards }));
started = performance.now();
const sniff = sniffCsv(csv, 'bench.csv');
const fromCsv = applyCsvMapping(sniff, sniff.mapping, 'OPCEL 252');
const csvOk = report(
  'CSV import (sniff + mapping)',
  performance.now() - started,
  csv.byteLength,
  fromCsv.cards.length,
);

if (fromApkg.cards.length !== COUNT || fromCsv.cards.length !== COUNT) {
  throw new Error(
    `expected ${COUNT} cards, got ${fromApkg.cards.length} and ${fromCsv.cards.length}`,
  );
}
process.exitCode = apkgOk && csvOk ? 0 : 1;
