/**
 * What the browser benches share: the web build served by the e2e static server, Debian's
 * Chromium, and a collection seeded straight into IndexedDB with rows shaped like the app's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');

export interface WebApp {
  browser: Browser;
  url: string;
  /**
   * CPU seconds used so far by the browser and all its processes (renderer, storage, GPU): on a
   * machine shared by others the wall time says more about their load than about the app.
   */
  cpuSeconds(): number;
  close(): Promise<void>;
}

const CLOCK_TICKS = 100;

/** utime + stime of the descendants of `root` outside `except`'s tree, from /proc (Linux). */
function descendantsCpuSeconds(root: number, except: number): number {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        // The command name is in parentheses and may hold spaces: fields follow the last ')'.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return [
          {
            pid: Number(pid),
            ppid: Number(fields[1]),
            ticks: Number(fields[11]) + Number(fields[12]),
          },
        ];
      } catch {
        return [];
      }
    });
  const inTree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const { pid, ppid } of stats) {
      if (inTree.has(ppid) && !inTree.has(pid) && pid !== except) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  return (
    stats
      .filter(({ pid }) => pid !== root && inTree.has(pid))
      .reduce((sum, s) => sum + s.ticks, 0) / CLOCK_TICKS
  );
}

export async function startWebApp(port: number): Promise<WebApp> {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) {
    spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  }
  // One process (no npx/tsx wrapper in between) so that kill() really stops the server.
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/e2e/static-server.ts', String(port), '/bench/'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    browser,
    url: `http://127.0.0.1:${port}/bench/`,
    // Playwright starts Chromium as a child of this process; the static server is the other child.
    cpuSeconds: () => descendantsCpuSeconds(process.pid, server.pid ?? -1),
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

/** Opens the app, waiting for the server to come up, and for the shipped deck to load. */
export async function openWhenUp(page: Page, url: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await page.goto(url);
      break;
    } catch (error) {
      if (i > 50) {
        throw error;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.locator('tr[data-deck="OPCEL 252"]').waitFor();
}

/** A card's text for seedCollection; its front is shown after the card's number (`17. …`). */
export interface SeedContent {
  front: string;
  back: string;
  kind: 'basic' | 'type-in';
}

/**
 * Puts `cards` cards (2 in 5 due reviews, the rest new) and `logs` review logs into a deck
 * "Bench" in one IndexedDB transaction, their text taken in turn from `contents` when given.
 * Returns how long the writes took.
 */
export async function seedCollection(
  page: Page,
  cards: number,
  logs = 0,
  contents: SeedContent[] = [],
): Promise<number> {
  return page.evaluate(
    async ([total, logTotal, given]) => {
      const started = performance.now();
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
        const content = given[i % given.length];
        tx.objectStore('cards').put({
          id,
          deck: 'Bench',
          front: content
            ? `${i}. ${content.front}`
            : `Question ${i}: what does \`swift-ring-builder object.builder rebalance\` do?`,
          back: content?.back ?? `Answer ${i}`,
          kind: content?.kind ?? 'basic',
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
      return performance.now() - started;
    },
    [cards, logs, contents] as const,
  );
}
