/**
 * The review loop at collection scale: 100,000 cards in IndexedDB, in Debian's Chromium,
 * against the web build. Prints the grade-to-next-card latency, the due-count query and the
 * cold load to the first card. Figures come from performance marks the app itself records.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');
const PORT = 4319;
const URL = `http://127.0.0.1:${PORT}/bench/`;
const CARDS = 100_000;
const GRADES = 200;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function seed(page: Page, count: number): Promise<number> {
  return page.evaluate(async (total) => {
    const started = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('recall-deck');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const now = Date.now();
    const tx = db.transaction(['decks', 'cards', 'schedules'], 'readwrite');
    tx.objectStore('decks').put({
      name: 'Bench',
      ord: 1000,
      newPerDay: 20,
      reviewsPerDay: 200,
      createdAt: now,
    });
    const cards = tx.objectStore('cards');
    const schedules = tx.objectStore('schedules');
    for (let i = 0; i < total; i++) {
      const id = `bench-${i}`;
      const review = i % 5 < 2;
      cards.put({
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
      schedules.put({
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
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return performance.now() - started;
  }, count);
}

async function measuresOf(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (n) => performance.getEntriesByName(n).map((entry) => entry.duration || entry.startTime),
    name,
  );
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) {
    spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  }
  const server = spawn('npx', ['tsx', 'test/e2e/static-server.ts', String(PORT), '/bench/'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
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
    const seedMs = await seed(page, CARDS);
    console.log(`seeded ${CARDS} cards in IndexedDB: ${fmt(seedMs)}`);

    const countTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.reload();
      await page.locator('tr[data-deck="Bench"] td.review').waitFor();
      await page.waitForFunction(() => performance.getEntriesByName('deck-counts').length > 0);
      countTimes.push((await measuresOf(page, 'deck-counts'))[0]!);
    }
    const reviewDue = await page.locator('tr[data-deck="Bench"] td.review').innerText();
    console.log(
      `due-count query (deck list, all decks, ${CARDS} cards): median ${fmt(percentile(countTimes, 50))} over 5 loads (Bench shows ${reviewDue} reviews due)`,
    );

    const coldLoads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const fresh = await context.newPage();
      await fresh.goto(`${URL}#/study/Bench`);
      await fresh.waitForFunction(() => performance.getEntriesByName('first-card').length > 0);
      coldLoads.push((await measuresOf(fresh, 'first-card'))[0]!);
      await fresh.close();
    }
    console.log(
      `cold load to first card (navigation start → card on screen): median ${fmt(percentile(coldLoads, 50))}, max ${fmt(Math.max(...coldLoads))} (target ≤ 1000 ms)`,
    );

    await page.goto(`${URL}#/study/Bench`);
    await page.waitForFunction(() => performance.getEntriesByName('first-card').length > 0);
    const outside: number[] = [];
    for (let i = 0; i < GRADES; i++) {
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /Good/ }).waitFor();
      const before = (await measuresOf(page, 'grade-to-next-card')).length;
      const started = Date.now();
      await page.keyboard.press('3');
      await page.waitForFunction(
        (n) => performance.getEntriesByName('grade-to-next-card').length > n,
        before,
      );
      outside.push(Date.now() - started);
    }
    const inside = await measuresOf(page, 'grade-to-next-card');
    console.log(
      `grade key → next card on screen, ${inside.length} grades: p50 ${fmt(percentile(inside, 50))}, p95 ${fmt(percentile(inside, 95))}, max ${fmt(Math.max(...inside))} (target p95 ≤ 16 ms)`,
    );
    console.log(
      `  same seen from the test driver (adds CDP round trips): p50 ${fmt(percentile(outside, 50))}, p95 ${fmt(percentile(outside, 95))}`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
