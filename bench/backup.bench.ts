/**
 * Whole-collection backup at scale: 100,000 cards with their schedules and 50,000 review logs
 * in IndexedDB, in Debian's Chromium, against the web build. Prints the export time (the
 * "Download backup" button, from the app's own `backup-export` mark), the file size, and the
 * restore time of that file (`backup-restore`: checks, a download of the current data, import).
 */
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openWhenUp, seedCollection, startWebApp } from './web-harness';

const PORT = 4320;
const CARDS = 100_000;
const LOGS = 50_000;
const RUNS = 3;

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

const lastMeasure = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);

async function main() {
  const app = await startWebApp(PORT);
  const folder = await mkdtemp(join(tmpdir(), 'backup-bench-'));
  try {
    const page = await (await app.browser.newContext({ locale: 'en-US' })).newPage();
    // Long tasks show how much an automatic backup could hold up a grade during a session.
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => {
        tasks.push(...list.getEntries().map((entry) => entry.duration));
      }).observe({ type: 'longtask' });
    });
    await openWhenUp(page, app.url);
    // The floor for a restore: the same rows written straight through IndexedDB.
    const seedMs = await seedCollection(page, CARDS, LOGS);
    await page.goto(`${app.url}#/settings`);

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
    await app.close();
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
