/**
 * The review loop at collection scale: 100,000 cards in IndexedDB, in Debian's Chromium,
 * against the web build. Prints the grade-to-next-card latency, the due-count query and the
 * cold load to the first card. Figures come from performance marks the app itself records.
 */
import type { Page } from '@playwright/test';
import { openWhenUp, seedCollection, startWebApp } from './web-harness';

const PORT = 4319;
const CARDS = 100_000;
const GRADES = 200;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function measuresOf(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (n) => performance.getEntriesByName(n).map((entry) => entry.duration || entry.startTime),
    name,
  );
}

async function main() {
  const app = await startWebApp(PORT);
  try {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await openWhenUp(page, app.url);
    const seedMs = await seedCollection(page, CARDS);
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
      await fresh.goto(`${app.url}#/study/Bench`);
      await fresh.waitForFunction(() => performance.getEntriesByName('first-card').length > 0);
      coldLoads.push((await measuresOf(fresh, 'first-card'))[0]!);
      await fresh.close();
    }
    console.log(
      `cold load to first card (navigation start → card on screen): median ${fmt(percentile(coldLoads, 50))}, max ${fmt(Math.max(...coldLoads))} (target ≤ 1000 ms)`,
    );

    await page.goto(`${app.url}#/study/Bench`);
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
    await app.close();
  }
}

await main();
