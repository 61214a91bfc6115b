/**
 * Checking typed command answers with the grammar: the p95 time of one check over the shipped
 * deck's type-in answers (each as typed, re-spelt, and with a misspelt sub-command), and the
 * size of the grammar data the web build loads on the first type-in card (its own chunk,
 * which the entry must not preload).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkAnswer } from '../src-renderer/lib/check/answer';
import data from '../src-renderer/lib/check/grammar/grammar-data.json';
import type { GrammarData } from '../src-renderer/lib/check/grammar/types';
import { isNotesFile } from '../src-renderer/lib/notes/files';
import { generateFromNotes } from '../src-renderer/lib/notes/generate';
import { misspellCommand, readAnswer, respell } from '../test/decks/respell';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 20;
const grammar = data as GrammarData;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function deckPairs(): [string, string][] {
  const dir = join(ROOT, 'decks/opcel-252');
  const notes = readdirSync(dir)
    .filter(isNotesFile)
    .map((name) => ({ path: name, text: readFileSync(join(dir, name), 'utf8') }));
  const answers = generateFromNotes(notes)
    .cards.filter((card) => card.kind === 'type-in')
    .map((card) => card.back);
  return answers.flatMap((answer): [string, string][] => {
    const read = readAnswer(answer, grammar);
    const others = read ? [respell(read), misspellCommand(read)] : [];
    return [answer, ...others.filter((o): o is string => o !== undefined)].map((typed) => [
      typed,
      answer,
    ]);
  });
}

function timeChecks(pairs: [string, string][]): number[] {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [typed, expected] of pairs) {
      const start = performance.now();
      checkAnswer(typed, expected, grammar);
      times.push(performance.now() - start);
    }
  }
  return times;
}

function grammarChunk(): void {
  const web = join(ROOT, 'dist/web');
  if (!existsSync(join(web, 'index.html'))) {
    spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  }
  const assets = join(web, 'assets');
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const chunk = files.find((name) =>
    readFileSync(join(assets, name), 'utf8').includes('knownCommands'),
  );
  if (!chunk) {
    console.log('grammar data: no chunk of dist/web holds it (stale build?)');
    return;
  }
  const bytes = readFileSync(join(assets, chunk));
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  const preloaded = html.includes(chunk);
  console.log(
    `grammar data the web build loads: ${chunk}, ${bytes.length} bytes, ${gzipSync(bytes).length} bytes gzip; ` +
      (preloaded
        ? 'LOADED AT START (index.html names it)'
        : 'loaded on demand (not in index.html)'),
  );
}

const pairs = deckPairs();
timeChecks(pairs.slice(0, 50));
const times = timeChecks(pairs);
console.log(
  `check one typed answer (grammar): p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, max ${Math.max(...times).toFixed(2)} ms over ${times.length} checks (${pairs.length} answers × ${ROUNDS})`,
);
grammarChunk();
