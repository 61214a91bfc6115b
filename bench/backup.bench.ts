/**
 * Whole-collection backup at scale: 100,000 cards with their schedules and 50,000 review logs
 * in IndexedDB, in Debian's Chromium, against the web build. Prints the export time (the
 * "Download backup" button, from the app's own `backup-export` mark), the file size, and the
 * restore time of that file (`backup-restore`: checks, a download of the current data, import).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');
const PORT = 4320;
const URL = `http://127.0.0.1:${PORT}/bench/`;
const CARDS = 100_000;
const LOGS = 50_000;
const RUNS = 3;

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Rows shaped like the app's (the same seeding as review.bench.ts, plus review logs). */
async function seed(page: Page, cards: number, logs: number): Promise<void> {
  await page.evaluate(
    async ([total, logTotal]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('recall-deck');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const now = Date.now();
      const tx = db.transaction(['decks', 'cards', 'schedules', 'logs'], 'readwrite');
      tx.objectStore('decks').put({
        name: 'Bench',
        ord: 1000,
        newPerDay: 20,
        reviewsPerDay: 200,
        createdAt: now,
      });
      for (let i = 0; i < total; i++) {
        const id = `bench-${i}`;
        const review = i % 5 < 2;
        tx.objectStore('cards').put({
          id,
          deck: 'Bench',
          front: `Question ${i}: what does \`swift-ring-builder object.builder rebalance\` do?`,
          back: `Answer ${i}`,
          kind: 'basic',
          tags: ['bench'],
          position: 1_000_000 + i,
          createdAt: now,
          updatedAt: now,
        });
        tx.objectStore('schedules').put({
          cardId: id,
          deck: 'Bench',
          queue: review ? 'review' : 'new',
          state: review ? 'review' : 'new',
          due: review ? now - (i % 1000) * 60_000 - 86_400_000 : 1_000_000 + i,
          stability: review ? 4 : 0,
          difficulty: review ? 5 : 0,
          scheduledDays: review ? 3 : 0,
          learningSteps: 0,
          reps: review ? 3 : 0,
          lapses: 0,
          ...(review ? { lastReview: now - 4 * 86_400_000 } : {}),
        });
      }
      for (let i = 0; i < logTotal; i++) {
        tx.objectStore('logs').add({
          cardId: `bench-${i % total}`,
          deck: 'Bench',
          rating: 3,
          stateBefore: 'review',
          stateAfter: 'review',
          dueAfter: now + 3 * 86_400_000,
          reviewedAt: now - (i % 30) * 86_400_000,
          elapsedMs: 4000,
          scheduledDays: 3,
          stability: 4,
          difficulty: 5,
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [cards, logs] as const,
  );
}

const lastMeasure = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);

async function main() {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) {
    spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  }
  // One process (no npx/tsx wrapper in between) so that kill() really stops the server.
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/e2e/static-server.ts', String(PORT), '/bench/'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const folder = await mkdtemp(join(tmpdir(), 'backup-bench-'));
  try {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    // Long tasks show how much an automatic backup could hold up a grade during a session.
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => {
        tasks.push(...list.getEntries().map((entry) => entry.duration));
      }).observe({ type: 'longtask' });
    });
    for (let i = 0; ; i++) {
      try {
        await page.goto(URL);
        break;
      } catch (error) {
        if (i > 50) {
          throw error;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    await page.locator('tr[data-deck="OPCEL 252"]').waitFor();
    const seeding = Date.now();
    await seed(page, CARDS, LOGS);
    // The floor for a restore: the same rows written straight through IndexedDB.
    const seedMs = Date.now() - seeding;
    await page.goto(`${URL}#/settings`);

    const longTasks = () =>
      page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
    const exports: number[] = [];
    const blocked: number[] = [];
    let file = '';
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      await longTasks();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download backup' }).click();
      file = join(folder, `run-${i}.json`);
      await (await download).saveAs(file);
      await page.getByText(/^Backup downloaded/).waitFor({ timeout: 120_000 });
      exports.push(await lastMeasure(page, 'backup-export'));
      blocked.push(Math.max(0, ...(await longTasks())));
      size = statSync(file).size;
    }
    console.log(
      `backup export, ${CARDS} cards + schedules + ${LOGS} logs: median ${fmt(median(exports))} over ${RUNS} (${exports.map(fmt).join(', ')}); file ${(size / 1048576).toFixed(1)} MB`,
    );
    console.log(
      `  longest main-thread task during an export (includes handing the file to the download): median ${median(blocked).toFixed(0)} ms over ${RUNS} (${blocked.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
    );

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from file…' }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('button', { name: 'Replace and restore' }).click({ timeout: 120_000 });
    await page.getByText(/^Restored run-/).waitFor({ timeout: 300_000 });
    console.log(
      `restore of that file (checks, download of the current data, clear and import in one transaction): ${fmt(await lastMeasure(page, 'backup-restore'))}; the same rows put straight into IndexedDB by the seeding: ${fmt(seedMs)}`,
    );
  } finally {
    await browser.close();
    server.kill();
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
