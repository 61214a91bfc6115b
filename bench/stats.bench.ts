/**
 * The statistics screen at collection scale, in Debian's Chromium against the web build:
 * 100,000 cards and 1,000,000 review logs seeded in IndexedDB (a year of reviews in time order,
 * ratings and intervals varied). Target: the screen shows in ≤ 1 s. Prints, from the app's own
 * performance marks, the worker's load and compute times and the time to the screen's first
 * paint (history charts) and to the card charts, for: the first visit (every log read and
 * folded), a later visit (the kept aggregate), a visit after answering cards on the study
 * screen, and a sub-deck.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { openWhenUp, startWebApp } from './web-harness';

const PORT = 4326;
const CARDS = 100_000;
const LOGS = 1_000_000;
const ANSWERS = 50;

/** Seeds the collection in one transaction per store; returns the seconds it took. */
function seed(page: Page, cards: number, logs: number): Promise<number> {
  return page.evaluate(
    async ([cardTotal, logTotal]) => {
      const started = performance.now();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('recall-deck');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const DAY = 86_400_000;
      const now = Date.now();
      const decks = ['Bench', 'Bench::Swift', 'Bench::Cinder', 'Bench::Glance', 'Bench::Nova'];
      const deckOf = (i: number) => decks[1 + (i % 4)]!;
      const done = (tx: IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      const cardsTx = db.transaction(['decks', 'cards', 'schedules'], 'readwrite');
      decks.forEach((name, ord) =>
        cardsTx
          .objectStore('decks')
          .put({ name, ord: 1000 + ord, newPerDay: 20, reviewsPerDay: 200, createdAt: now }),
      );
      for (let i = 0; i < cardTotal; i++) {
        const id = `bench-${i}`;
        const deck = deckOf(i);
        // one in five new, one in twenty learning, the rest in review with intervals up to a year
        const kind = i % 20 < 4 ? 'new' : i % 20 === 4 ? 'learning' : 'review';
        const interval = kind === 'review' ? 1 + ((i * 37) % 365) : 0;
        const lastReview = now - ((i * 13) % (interval + 1)) * DAY;
        cardsTx.objectStore('cards').put({
          id,
          deck,
          front: `Question ${i}`,
          back: `Answer ${i}`,
          kind: 'basic',
          tags: ['bench'],
          position: 1_000_000 + i,
          createdAt: now,
          updatedAt: now,
        });
        cardsTx.objectStore('schedules').put({
          cardId: id,
          deck,
          queue: kind === 'new' ? 'new' : kind === 'learning' ? 'learn' : 'review',
          state: kind,
          due: kind === 'new' ? 1_000_000 + i : lastReview + Math.max(interval, 0.01) * DAY,
          stability: kind === 'new' ? 0 : interval * 1.1 + 0.5,
          difficulty: kind === 'new' ? 0 : 1 + (i % 90) / 10,
          scheduledDays: interval,
          learningSteps: 0,
          reps: kind === 'new' ? 0 : 1 + (i % 12),
          lapses: i % 7 === 0 ? 1 : 0,
          ...(kind === 'new' ? {} : { lastReview }),
        });
      }
      await done(cardsTx);
      const logsTx = db.transaction('logs', 'readwrite');
      const seen = new Uint8Array(cardTotal);
      const first = now - 365 * DAY;
      for (let j = 0; j < logTotal; j++) {
        const card = (j * 7919) % cardTotal;
        const reviews = seen[card]!;
        seen[card] = Math.min(255, reviews + 1);
        const rating = j % 10 === 0 ? 1 : j % 10 === 1 ? 2 : j % 10 === 2 ? 4 : 3;
        logsTx.objectStore('logs').add({
          cardId: `bench-${card}`,
          deck: deckOf(card),
          rating,
          stateBefore:
            reviews === 0 ? 'new' : rating === 1 && j % 3 === 0 ? 'relearning' : 'review',
          stateAfter: 'review',
          dueAfter: now,
          reviewedAt: first + Math.floor((j * 365 * DAY) / logTotal),
          elapsedMs: 3000 + (j % 9000),
          scheduledDays: Math.min(365, 2 ** Math.min(reviews, 8)),
          stability: 4,
          difficulty: 5,
        });
      }
      await done(logsTx);
      db.close();
      return (performance.now() - started) / 1000;
    },
    [cards, logs] as const,
  );
}

interface Visit {
  /** When the screen sent its request, after navigation (the app's own start before it). */
  asked: number;
  historyShown: number;
  cardsShown: number;
  history: { loadMs: number; computeMs: number; logsRead: number; fromCache: boolean };
  cards: { loadMs: number; computeMs: number; rowsRead: number };
}

/**
 * Opens the statistics screen in a fresh page (then, with `deck`, switches to that deck) and
 * reads back the marks of the report. Times are from navigation, or from the switch.
 */
async function visit(page: Page, url: string, deck?: string): Promise<Visit> {
  await page.goto(`${url}#/stats`);
  if (deck !== undefined) {
    await page.waitForFunction(
      () => performance.getEntriesByName('stats-cards-shown').length > 0,
      null,
      { timeout: 600_000 },
    );
    await page.evaluate(() => performance.clearMeasures());
    await page.evaluate(() => performance.clearMarks());
    await page.getByLabel('Show statistics for').selectOption(deck);
  }
  await page.waitForFunction(
    () => performance.getEntriesByName('stats-cards-shown').length > 0,
    null,
    {
      timeout: 600_000,
    },
  );
  return page.evaluate((fromSwitch) => {
    const asked = performance.getEntriesByName('stats-history-shown')[0]!.startTime;
    const origin = fromSwitch ? asked : 0;
    const end = (name: string) => {
      const entry = performance.getEntriesByName(name)[0]!;
      return entry.startTime + entry.duration - origin;
    };
    const detail = (name: string) =>
      (performance.getEntriesByName(name)[0] as PerformanceMark).detail;
    return {
      asked,
      historyShown: end('stats-history-shown'),
      cardsShown: end('stats-cards-shown'),
      history: detail('stats-history-timings'),
      cards: detail('stats-cards-timings'),
    } as Visit;
  }, deck !== undefined);
}

const ms = (value: number) => `${Math.round(value)} ms`;

function report(label: string, v: Visit, cpu: number): void {
  console.log(
    `${label}: first paint (today, calendar, retention…) ${ms(v.historyShown)}, card charts ${ms(v.cardsShown)}; request sent at ${ms(v.asked)} after navigation; browser CPU ${cpu.toFixed(2)} s, load ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    `  worker: logs ${v.history.fromCache ? 'from the kept aggregate' : 'all folded'}, ${v.history.logsRead} read, load ${ms(v.history.loadMs)}, compute ${ms(v.history.computeMs)}; schedules load ${ms(v.cards.loadMs)} (${v.cards.rowsRead} rows read), compute ${ms(v.cards.computeMs)}`,
  );
}

/**
 * Answers `count` cards of the Bench deck on the study screen by keyboard (Good), so that the
 * logs, schedule rows and schedule journal are written by the app itself.
 */
async function answerOnStudyScreen(page: Page, url: string, count: number): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Study Bench', exact: true }).click();
  const show = page.getByRole('button', { name: 'Show answer' });
  const good = page.getByRole('button', { name: /Good/ });
  for (let i = 0; i < count; i++) {
    await show.waitFor({ timeout: 120_000 });
    await page.keyboard.press('Enter');
    await good.waitFor();
    await page.keyboard.press('3');
  }
  await show.waitFor();
}

async function main() {
  const app = await startWebApp(PORT);
  const profile = mkdtempSync(join(tmpdir(), 'stats-bench-profile-'));
  let context: BrowserContext | undefined;
  try {
    // A profile on disk, as the app has: an incognito context keeps IndexedDB in memory, where
    // reading is several times faster (counting a million logs: milliseconds instead of seconds).
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      locale: 'en-US',
    });
    context = browser;
    // tsx keeps function names with a `__name` helper that the page does not have.
    await browser.addInitScript({ content: 'window.__name = (f) => f;' });
    const page = await browser.newPage();
    await openWhenUp(page, app.url);
    const seconds = await seed(page, CARDS, LOGS);
    console.log(
      `seeded ${CARDS} cards and ${LOGS} review logs in IndexedDB: ${seconds.toFixed(1)} s`,
    );
    await page.close();

    // CPU seconds of the browser's processes per visit: on a machine shared with others the
    // wall time says more about their load than about the screen
    const measure = async (label: string, page: Page, deck?: string) => {
      const cpu = app.cpuSeconds();
      const result = await visit(page, app.url, deck);
      report(label, result, app.cpuSeconds() - cpu);
    };
    const fresh = () => browser.newPage();
    const first = await fresh();
    const reading = first
      .locator('progress')
      .waitFor({ timeout: 600_000 })
      .then(() => first.screenshot({ path: 'test-results/screens/stats-bench-reading.png' }));
    await measure('first visit', first);
    await reading;
    for (let i = 1; i <= 3; i++) {
      await measure(`later visit ${i} (target ≤ 1000 ms)`, await fresh());
    }
    const writer = await fresh();
    await answerOnStudyScreen(writer, app.url, ANSWERS);
    await writer.close();
    await measure(`after ${ANSWERS} answers on the study screen`, await fresh());
    const deckPage = await fresh();
    await measure(
      'switching to the sub-deck Bench::Swift (25,000 cards), from the switch',
      deckPage,
      'Bench::Swift',
    );
    // for a person to look at: the screen with a year of answers behind it
    const shot = 'test-results/screens/stats-bench.png';
    await deckPage.screenshot({ path: shot, fullPage: true });
    console.log(`screenshot of the sub-deck's statistics: ${shot}`);
  } finally {
    await context?.close();
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
