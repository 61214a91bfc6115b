/**
 * Import through the app's own screen, in Debian's Chromium, against the web build: a
 * 50,000-card .apkg (scheduling and logs kept) and a 50,000-row CSV (through the column mapping),
 * target ≤ 6 s each with the UI responsive. Prints the time from the file being chosen to the
 * summary line, the browser's CPU time meanwhile, the longest main-thread task, and how often the
 * progress bar's value changed (an indeterminate bar has none); then, for each file, the floor:
 * the very rows the import wrote, read back and written again straight through IndexedDB in one
 * transaction (with the app's indexes, with none, and for the .apkg with each card's logs packed
 * into one row, to show what fewer rows per card would give).
 * `RUNS=5 npx tsx bench/import-ui.bench.ts` repeats each and prints the medians.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
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
/**
 * Playwright's contexts keep IndexedDB in memory; the Electron app's profile keeps it on disk,
 * where a row cost about twice the storage process's CPU. `ON_DISK=1` runs in a profile on disk.
 */
const ON_DISK = process.env.ON_DISK === '1';

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

interface UiRun extends Run {
  /** From the Import button to the summary: the part the floor compares with. */
  writeMs: number;
}

async function importThroughUi(
  app: WebApp,
  page: Page,
  label: string,
  file: string,
): Promise<UiRun> {
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
  const writeStarted = performance.now();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const summary = page.locator('.summary');
  await summary.waitFor(timeout);
  const ms = performance.now() - started;
  const writeMs = performance.now() - writeStarted;
  const cpu = app.cpuSeconds() - cpuBefore;
  const { longTasks, progress } = await takeWatch(page);
  console.log(
    `${label}: ${(ms / 1000).toFixed(2)} s from file chosen to "${await summary.textContent()}" (browser CPU ${cpu.toFixed(2)} s, load ${loadavg()[0]!.toFixed(1)}); preview shown after ${(previewMs / 1000).toFixed(2)} s, written ${(writeMs / 1000).toFixed(2)} s after Import`,
  );
  const longest = (tasks: { duration: number }[]) =>
    `${Math.max(0, ...tasks.map((task) => task.duration)).toFixed(0)} ms`;
  console.log(
    `  longest main-thread task ${longest(longTasks)} (${longTasks.length} tasks over 50 ms); while reading and parsing ${longest(longTasks.filter((task) => task.start < writeStart))}, while writing ${longest(longTasks.filter((task) => task.start >= writeStart))}`,
  );
  console.log(
    `  progress bar showed ${progress.length} values${progress.length ? ` (${progress.slice(0, 3).join(', ')} … ${progress.at(-1)})` : ''}`,
  );
  return { ms, cpu, writeMs };
}

interface FloorOptions {
  /** Indexes not made ("store.index", or "*" for all). */
  leftOut?: string[];
  /** Each card's logs as one row keyed by its card id, with no index. */
  packLogs?: boolean;
  /**
   * Everything of a card in its one row (schedule and logs inside), indexed as the study queue
   * and the card order need: the least any layout with a row per card can write.
   */
  onePerCard?: boolean;
}

/**
 * The floor: every row the import wrote, read back and put again, in one transaction, into a
 * database with the same stores and the app's indexes but those left out. Returns its time.
 */
function rewriteRows(page: Page, options: FloorOptions = {}): Promise<number> {
  return page.evaluate(async ({ leftOut: without = [], packLogs = false, onePerCard = false }) => {
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
    const tables = shapes.map(({ rows, ...shape }) => ({
      ...shape,
      rows: rows.result as unknown[],
    }));
    const logs = tables.find((table) => table.name === 'logs');
    if (packLogs && logs) {
      const byCard = new Map<string, unknown[]>();
      for (const log of logs.rows as { cardId: string }[]) {
        byCard.set(log.cardId, [...(byCard.get(log.cardId) ?? []), log]);
      }
      Object.assign(logs, {
        keyPath: 'cardId',
        autoIncrement: false,
        indexes: [],
        rows: [...byCard].map(([cardId, entries]) => ({ cardId, entries })),
      });
    }
    if (onePerCard) {
      const [cards, schedules, history] = names.map(
        (name) => tables.find((table) => table.name === name)!.rows as Record<string, unknown>[],
      );
      const scheduleOf = new Map(schedules!.map((row) => [row.cardId, row]));
      const logsOf = new Map<unknown, unknown[]>();
      for (const log of history!) {
        logsOf.set(log.cardId, [...(logsOf.get(log.cardId) ?? []), log]);
      }
      tables.splice(0, tables.length, {
        name: 'cards',
        keyPath: 'id',
        autoIncrement: false,
        indexes: [
          { index: 'position', keyPath: 'position', multiEntry: false },
          { index: 'queue', keyPath: ['deck', 'queue', 'due'], multiEntry: false },
        ],
        rows: cards!.map((card) => {
          const schedule = scheduleOf.get(card.id) ?? {};
          return { ...card, ...schedule, logs: logsOf.get(card.id) ?? [] };
        }),
      });
    }
    const floorName = `floor-${Date.now()}`;
    const target = await open(floorName, (db) => {
      for (const { name, keyPath, autoIncrement, indexes } of tables) {
        const store = db.createObjectStore(name, { keyPath, autoIncrement });
        for (const { index, keyPath: path, multiEntry } of indexes) {
          if (!without.includes('*') && !without.includes(`${name}.${index}`)) {
            store.createIndex(index, path, { multiEntry });
          }
        }
      }
    });
    const started = performance.now();
    const write = target.transaction(
      tables.map((table) => table.name),
      'readwrite',
    );
    for (const { name, rows } of tables) {
      const store = write.objectStore(name);
      for (const row of rows) {
        store.put(row);
      }
    }
    await new Promise((resolve, reject) => {
      write.oncomplete = resolve;
      write.onerror = () => reject(write.error);
    });
    const ms = performance.now() - started;
    target.close();
    // Else each floor's rows stay in the profile and the storage's upkeep of them weighs on the next.
    await new Promise((resolve) => (indexedDB.deleteDatabase(floorName).onsuccess = resolve));
    return ms;
  }, options);
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
  let onDisk: BrowserContext | undefined;
  try {
    if (ON_DISK) {
      onDisk = await chromium.launchPersistentContext(join(folder, 'profile'), {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        locale: 'en-US',
      });
    }
    console.log(
      `IndexedDB ${ON_DISK ? 'on disk (a persistent profile)' : 'in memory (a Playwright context)'}`,
    );
    // A fresh profile each (on disk: the app's database deleted before the app opens it), else
    // the CSV's cards would all be the .apkg's, unchanged.
    const freshPage = async () => {
      const page = await (onDisk ?? (await app.browser.newContext({ locale: 'en-US' }))).newPage();
      if (onDisk) {
        await page.addInitScript({ content: "indexedDB.deleteDatabase('recall-deck');" });
      }
      // tsx keeps function names with a `__name` helper that the page does not have.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      await page.addInitScript(watchPage);
      await openWhenUp(page, app.url);
      return page;
    };
    const closePage = (page: Page) => (onDisk ? page.close() : page.context().close());
    const results = {
      apkg: [] as UiRun[],
      csv: [] as UiRun[],
      floor: [] as Run[],
      bare: [] as Run[],
      packed: [] as Run[],
      single: [] as Run[],
      csvFloor: [] as Run[],
      csvBare: [] as Run[],
    };
    const timed = async (write: () => Promise<number>): Promise<Run> => {
      const before = app.cpuSeconds();
      const ms = await write();
      return { ms, cpu: app.cpuSeconds() - before };
    };
    const runText = ({ ms, cpu }: Run) => `${(ms / 1000).toFixed(2)} s (CPU ${cpu.toFixed(2)} s)`;
    for (let run = 0; run < RUNS; run++) {
      const apkgPage = await freshPage();
      results.apkg.push(await importThroughUi(app, apkgPage, '.apkg import through the UI', apkg));
      results.floor.push(await timed(() => rewriteRows(apkgPage)));
      results.bare.push(await timed(() => rewriteRows(apkgPage, { leftOut: ['*'] })));
      results.packed.push(await timed(() => rewriteRows(apkgPage, { packLogs: true })));
      results.single.push(await timed(() => rewriteRows(apkgPage, { onePerCard: true })));
      let leftOutText = '';
      if (process.env.LEAVE_OUT) {
        const leftOut = process.env.LEAVE_OUT.split(',');
        leftOutText = `, without ${leftOut.join(', ')} ${runText(await timed(() => rewriteRows(apkgPage, { leftOut })))}`;
      }
      console.log(
        `  floor ${runText(results.floor.at(-1)!)}, without indexes ${runText(results.bare.at(-1)!)}, logs packed per card ${runText(results.packed.at(-1)!)}, one row per card ${runText(results.single.at(-1)!)}${leftOutText}`,
      );
      await closePage(apkgPage);
      const csvPage = await freshPage();
      results.csv.push(await importThroughUi(app, csvPage, 'CSV import through the UI', csv));
      results.csvFloor.push(await timed(() => rewriteRows(csvPage)));
      results.csvBare.push(await timed(() => rewriteRows(csvPage, { leftOut: ['*'] })));
      console.log(
        `  floor ${runText(results.csvFloor.at(-1)!)}, without indexes ${runText(results.csvBare.at(-1)!)}`,
      );
      await closePage(csvPage);
    }
    const logs = cards.reduce((sum, card) => sum + (card.logs?.length ?? 0), 0);
    const studied = cards.filter((card) => card.logs?.length).length;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const summary = (label: string, runs: UiRun[]) => {
      const ms = median(runs.map((r) => r.ms));
      console.log(
        `${label}: median ${s(ms)} of ${runs.length} (browser CPU ${median(runs.map((r) => r.cpu)).toFixed(2)} s; written ${s(median(runs.map((r) => r.writeMs)))} after Import) — target ≤ ${s(TARGET_MS)} ${ms <= TARGET_MS ? 'OK' : 'MISSED'}`,
      );
      return ms <= TARGET_MS;
    };
    const apkgOk = summary('.apkg', results.apkg);
    const csvOk = summary('CSV', results.csv);
    const floorText = (runs: Run[]) =>
      `${s(median(runs.map((r) => r.ms)))} (CPU ${median(runs.map((r) => r.cpu)).toFixed(2)} s)`;
    console.log(
      `floor: the .apkg import's ${COUNT} cards, schedules and ${logs} logs put again straight into IndexedDB in one transaction: median ${floorText(results.floor)} with the app's indexes, ${floorText(results.bare)} with none, ${floorText(results.packed)} with the logs packed into ${studied} rows (one per studied card), ${floorText(results.single)} with all of a card in one row (${COUNT} rows)`,
    );
    console.log(
      `floor: the CSV import's ${COUNT} cards and schedules put again the same way: median ${floorText(results.csvFloor)} with the app's indexes, ${floorText(results.csvBare)} with none`,
    );
    process.exitCode = apkgOk && csvOk ? 0 : 1;
  } finally {
    await onDisk?.close();
    await app.close();
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
