/**
 * Checking typed command answers with the grammar: the p95 time of one check over the shipped
 * deck's type-in answers (each as typed, re-spelt, and with a misspelt sub-command), in Node and
 * in the renderer (typed on the study screen of the web build in Chromium, read from the app's
 * own `check-answer` measure), and the size of the grammar data the web build loads on the
 * first type-in card (its own chunk, which the entry must not preload).
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
import { openWhenUp, seedCollection, startWebApp } from './web-harness';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 20;
const PORT = 4321;
/** Study-screen cards: 2 in 5 are due reviews, plus the day's 20 new ones. */
const SEEDED = 250;
const TYPED_IN_PAGE = 100;
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

/** Types answers on the study screen, one card after another, and reads the app's measures. */
async function timeChecksInRenderer(pairs: [string, string][]): Promise<number[]> {
  const contents = pairs.map(([, expected], i) => ({
    front: `Check ${i}`,
    back: expected,
    kind: 'type-in' as const,
  }));
  const app = await startWebApp(PORT);
  try {
    const page = await (await app.browser.newContext()).newPage();
    await openWhenUp(page, app.url);
    await seedCollection(page, SEEDED, 0, contents);
    await page.goto(`${app.url}#/study/Bench`);
    await page.waitForFunction(() => performance.getEntriesByName('first-card').length > 0);
    for (let n = 0; n < TYPED_IN_PAGE; n++) {
      const shown = /(\d+)\. Check/.exec(await page.locator('main').innerText());
      const [typed] = pairs[Number(shown?.[1]) % pairs.length] ?? [''];
      await page.getByLabel('Type your answer').fill(typed);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (count) => performance.getEntriesByName('check-answer').length > count,
        n,
      );
      await page.getByRole('button', { name: /Good/ }).waitFor();
      const graded = await page.evaluate(
        () => performance.getEntriesByName('grade-to-next-card').length,
      );
      await page.keyboard.press('3');
      await page.waitForFunction(
        (count) => performance.getEntriesByName('grade-to-next-card').length > count,
        graded,
      );
    }
    return await page.evaluate(() =>
      performance.getEntriesByName('check-answer').map((entry) => entry.duration),
    );
  } finally {
    await app.close();
  }
}

const pairs = deckPairs();
timeChecks(pairs.slice(0, 50));
const times = timeChecks(pairs);
console.log(
  `check one typed answer (grammar): p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, max ${Math.max(...times).toFixed(2)} ms over ${times.length} checks (${pairs.length} answers × ${ROUNDS})`,
);
grammarChunk();
const inPage = await timeChecksInRenderer(pairs);
console.log(
  `check one typed answer on the study screen (renderer, Chromium): p50 ${percentile(inPage, 50).toFixed(3)} ms, p95 ${percentile(inPage, 95).toFixed(3)} ms, max ${Math.max(...inPage).toFixed(2)} ms over ${inPage.length} answers (target p95 ≤ 5 ms)`,
);
