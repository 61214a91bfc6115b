/**
 * Import (parse) time of a 50,000-card .apkg and a 50,000-row CSV, target ≤ 5 s each. The cards
 * are the shipped OPCEL 252 deck repeated with numbered questions; two in three are studied, with
 * review logs, because that is what makes a real collection's revlog table large.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stableCardId } from '../src-renderer/lib/cards/id';
import { readApkg } from '../src-renderer/lib/formats/anki-read';
import { writeApkg } from '../src-renderer/lib/formats/anki-write';
import { applyCsvMapping, sniffCsv, writeCsv } from '../src-renderer/lib/formats/csv';
import { loadSql } from '../src-renderer/lib/formats/sql';
import type { ImportedCard } from '../src-renderer/lib/formats/types';
import { generateFromNotes } from '../src-renderer/lib/notes/generate';

const COUNT = 50_000;
const TARGET_MS = 5_000;
const DAY = 86_400_000;
const deckDir = join(import.meta.dirname, '../decks/opcel-252');
const notes = readdirSync(deckDir)
  .filter((name) => name.endsWith('.md') && !/^readme\./i.test(name))
  .map((name) => ({ path: name, text: readFileSync(join(deckDir, name), 'utf8') }));
const base = generateFromNotes(notes).cards;

const cards: ImportedCard[] = Array.from({ length: COUNT }, (_, i) => {
  const card = base[i % base.length] ?? base[0]!;
  const front = `${card.front} (#${i})`;
  const studied = i % 3 !== 0;
  const reviewedAt = Date.UTC(2026, 9, 1) + i * 1000;
  return {
    ...card,
    id: stableCardId(card.deck, front),
    front,
    ...(studied
      ? {
          schedule: {
            state: 'review',
            due: reviewedAt + 10 * DAY,
            stability: 10,
            difficulty: 5,
            scheduledDays: 10,
            learningSteps: 0,
            reps: 2,
            lapses: 0,
            lastReview: reviewedAt,
          },
          logs: [
            {
              rating: 3,
              reviewedAt: reviewedAt - DAY,
              elapsedMs: 5000,
              stateBefore: 'new',
              stateAfter: 'review',
              dueAfter: reviewedAt,
              stability: 1,
              difficulty: 5,
              scheduledDays: 1,
            },
            {
              rating: 3,
              reviewedAt,
              elapsedMs: 4000,
              stateBefore: 'review',
              stateAfter: 'review',
              dueAfter: reviewedAt + 10 * DAY,
              stability: 10,
              difficulty: 5,
              scheduledDays: 10,
            },
          ],
        }
      : {}),
  };
});

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
const apkg = await writeApkg({ deckName: 'OPCEL 252', cards }, { sql });
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
