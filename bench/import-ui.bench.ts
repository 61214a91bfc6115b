/**
 * Import through the app's own screen, in Debian's Chromium, against the web build: a
 * 50,000-card .apkg (scheduling and logs kept) and a 50,000-row CSV (through the column mapping),
 * target ≤ 6 s each with the UI responsive. Prints the time from the file being chosen to the
 * summary line, the browser's CPU time meanwhile, the longest main-thread task, and how often the
 * progress bar's value changed (an indeterminate bar has none); then the floor: the very rows the
 * import wrote, read back and written again straight through IndexedDB in one transaction.
 * `RUNS=5 npx tsx bench/import-ui.bench.ts` repeats each and prints the medians.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { nodeHtmlSanitizer } from '../src-main/cli/html-sanitizer';
import { writeApkg } from '../src-renderer/lib/formats/anki-write';
import { writeCsv } from '../src-renderer/lib/formats/csv';
import { loadSql } from '../src-renderer/lib/formats/sql';
import { benchCards } from './import-data';
import { openWhenUp, startWebApp, type WebApp } from './web-harness';

const PORT = 4321;
const COUNT = 50_000;
const TARGET_MS = 6_000;
const RUNS = Number(process.env.RUNS ?? 1);

interface Watch {
  longTasks: { start: number; duration: number }[];
  progress: string[];
}

/** Long tasks, and every distinct "value/max" the progress bar shows, sampled each frame. */
function watchPage() {
  const watch: Watch = { longTasks: [], progress: [] };
  (window as unknown as { watch: Watch }).watch = watch;
  new PerformanceObserver((list) => {
    watch.longTasks.push(
      ...list.getEntries().map(({ startTime, duration }) => ({ start: startTime, duration })),
    );
  }).observe({ type: 'longtask' });
  const sample = () => {
    const bar = document.querySelector('progress');
    // An indeterminate bar's position is -1.
    const shown = bar && bar.position >= 0 ? `${bar.value}/${bar.max}` : '';
    if (shown && watch.progress.at(-1) !== shown) {
      watch.progress.push(shown);
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

const takeWatch = (page: Page) =>
  page.evaluate(() => {
    const { watch } = window as unknown as { watch: Watch };
    return { longTasks: watch.longTasks.splice(0), progress: watch.progress.splice(0) };
  });

interface Run {
  ms: number;
  cpu: number;
}

async function importThroughUi(app: WebApp, page: Page, label: string, file: string): Promise<Run> {
  await page.getByRole('link', { name: 'Import & export' }).click();
  await takeWatch(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const started = performance.now();
  const cpuBefore = app.cpuSeconds();
  await (await chooser).setFiles(file);
  const timeout = { timeout: 120_000 };
  if (file.endsWith('.csv')) {
    await page.getByRole('button', { name: 'Continue' }).click(timeout);
  }
  await page.getByRole('heading', { name: /^Ready to import/ }).waitFor(timeout);
  const previewMs = performance.now() - started;
  const keep = page.getByLabel('Keep the scheduling and review history in the file');
  if (await keep.isVisible()) {
    await keep.check();
  }
  const writeStart = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const summary = page.locator('.summary');
  await summary.waitFor(timeout);
  const ms = performance.now() - started;
  const cpu = app.cpuSeconds() - cpuBefore;
  const { longTasks, progress } = await takeWatch(page);
  console.log(
    `${label}: ${(ms / 1000).toFixed(2)} s from file chosen to "${await summary.textContent()}" (browser CPU ${cpu.toFixed(2)} s, load ${loadavg()[0]!.toFixed(1)}); preview shown after ${(previewMs / 1000).toFixed(2)} s`,
  );
  const longest = (tasks: { duration: number }[]) =>
    `${Math.max(0, ...tasks.map((task) => task.duration)).toFixed(0)} ms`;
  console.log(
    `  longest main-thread task ${longest(longTasks)} (${longTasks.length} tasks over 50 ms); while reading and parsing ${longest(longTasks.filter((task) => task.start < writeStart))}, while writing ${longest(longTasks.filter((task) => task.start >= writeStart))}`,
  );
  console.log(
    `  progress bar showed ${progress.length} values${progress.length ? ` (${progress.slice(0, 3).join(', ')} … ${progress.at(-1)})` : ''}`,
  );
  return { ms, cpu };
}

/**
 * The floor: every row the import wrote, read back and put again, in one transaction, into a
 * database with the same stores and the app's indexes but those in `leftOut` ("store.index", or
 * "*" for all). Returns its time.
 */
function rewriteRows(page: Page, leftOut: string[]): Promise<number> {
  return page.evaluate(async (without) => {
    const open = (name: string, upgrade?: (db: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, upgrade ? 1 : undefined);
        request.onupgradeneeded = () => upgrade?.(request.result);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const names = ['cards', 'schedules', 'logs'];
    const source = await open('recall-deck');
    const read = source.transaction(names, 'readonly');
    const shapes = names.map((name) => {
      const store = read.objectStore(name);
      return {
        name,
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: [...store.indexNames].map((index) => {
          const { keyPath, multiEntry } = store.index(index);
          return { index, keyPath, multiEntry };
        }),
        rows: store.getAll(),
      };
    });
    await new Promise((resolve) => (read.oncomplete = resolve));
    source.close();
    const target = await open(`floor-${Date.now()}`, (db) => {
      for (const { name, keyPath, autoIncrement, indexes } of shapes) {
        const store = db.createObjectStore(name, { keyPath, autoIncrement });
        for (const { index, keyPath: path, multiEntry } of indexes) {
          if (!without.includes('*') && !without.includes(`${name}.${index}`)) {
            store.createIndex(index, path, { multiEntry });
          }
        }
      }
    });
    const started = performance.now();
    const write = target.transaction(names, 'readwrite');
    for (const { name, rows } of shapes) {
      const store = write.objectStore(name);
      for (const row of rows.result as unknown[]) {
        store.put(row);
      }
    }
    await new Promise((resolve, reject) => {
      write.oncomplete = resolve;
      write.onerror = () => reject(write.error);
    });
    target.close();
    return performance.now() - started;
  }, leftOut);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

async function main() {
  const folder = await mkdtemp(join(tmpdir(), 'import-ui-bench-'));
  const cards = benchCards(COUNT);
  const apkg = join(folder, 'bench.apkg');
  const written = await writeApkg(
    { deckName: 'OPCEL 252', cards },
    { sql: await loadSql(), sanitizeHtml: await nodeHtmlSanitizer() },
  );
  writeFileSync(apkg, written.bytes);
  const csv = join(folder, 'bench.csv');
  writeFileSync(csv, writeCsv({ deckName: 'OPCEL 252', cards }));
  const app = await startWebApp(PORT);
  try {
    // A fresh profile each, else the CSV's cards would all be the .apkg's, unchanged.
    const freshPage = async () => {
      const page = await (await app.browser.newContext({ locale: 'en-US' })).newPage();
      // tsx keeps function names with a `__name` helper that the page does not have.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      await page.addInitScript(watchPage);
      await openWhenUp(page, app.url);
      return page;
    };
    const results = { apkg: [] as Run[], csv: [] as Run[], floor: [] as Run[], bare: [] as Run[] };
    const timed = async (write: () => Promise<number>): Promise<Run> => {
      const before = app.cpuSeconds();
      const ms = await write();
      return { ms, cpu: app.cpuSeconds() - before };
    };
    const runText = ({ ms, cpu }: Run) => `${(ms / 1000).toFixed(2)} s (CPU ${cpu.toFixed(2)} s)`;
    for (let run = 0; run < RUNS; run++) {
      const apkgPage = await freshPage();
      results.apkg.push(await importThroughUi(app, apkgPage, '.apkg import through the UI', apkg));
      results.floor.push(await timed(() => rewriteRows(apkgPage, [])));
      results.bare.push(await timed(() => rewriteRows(apkgPage, ['*'])));
      let leftOutText = '';
      if (process.env.LEAVE_OUT) {
        const leftOut = process.env.LEAVE_OUT.split(',');
        leftOutText = `, without ${leftOut.join(', ')} ${runText(await timed(() => rewriteRows(apkgPage, leftOut)))}`;
      }
      console.log(
        `  floor ${runText(results.floor.at(-1)!)}, without indexes ${runText(results.bare.at(-1)!)}${leftOutText}`,
      );
      await apkgPage.context().close();
      const csvPage = await freshPage();
      results.csv.push(await importThroughUi(app, csvPage, 'CSV import through the UI', csv));
      await csvPage.context().close();
    }
    const logs = cards.reduce((sum, card) => sum + (card.logs?.length ?? 0), 0);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const summary = (label: string, runs: Run[]) => {
      const ms = median(runs.map((r) => r.ms));
      console.log(
        `${label}: median ${s(ms)} of ${runs.length} (browser CPU ${median(runs.map((r) => r.cpu)).toFixed(2)} s) — target ≤ ${s(TARGET_MS)} ${ms <= TARGET_MS ? 'OK' : 'MISSED'}`,
      );
      return ms <= TARGET_MS;
    };
    const apkgOk = summary('.apkg', results.apkg);
    const csvOk = summary('CSV', results.csv);
    const floorText = (runs: Run[]) =>
      `${s(median(runs.map((r) => r.ms)))} (CPU ${median(runs.map((r) => r.cpu)).toFixed(2)} s)`;
    console.log(
      `floor: the .apkg import's ${COUNT} cards, schedules and ${logs} logs put again straight into IndexedDB in one transaction: median ${floorText(results.floor)} with the app's indexes, ${floorText(results.bare)} with none`,
    );
    process.exitCode = apkgOk && csvOk ? 0 : 1;
  } finally {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
