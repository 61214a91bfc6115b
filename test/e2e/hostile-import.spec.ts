/**
 * Hostile files through the import screen: each ends in a message naming the file, in bounded
 * time, with the renderer's memory bounded (its processes' resident size, sampled from /proc
 * while the import runs: the file is read in a worker of the same renderer process), the page
 * still answering, and the collection as it was.
 */
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readDeckJson, writeDeckJson } from '../../src-renderer/lib/formats/deck-json';
import * as hostile from '../fixtures/hostile-files';
import {
  TOP_DECK,
  chooseImportFile,
  deckCounts,
  deckRow,
  openApp,
  revealByKeyboard,
} from './fixtures';

test.describe.configure({ mode: 'serial' });

/** The renderer's growth while reading one file; the bombs used to take it to 12.7 GB. */
const RENDERER_GROWTH_MB = 800;
const ERROR_WITHIN_MS = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));

async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  await cdp.detach();
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

function residentMb(pids: readonly number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // The process ended (a crashed renderer): its memory is no longer anyone's.
    }
  }
  return kb / 1024;
}

/** Samples the renderers' resident size every 20 ms until stopped; returns the peak growth. */
function sampleGrowth(pids: readonly number[]): () => number {
  const baseline = residentMb(pids);
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, residentMb(pids));
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, residentMb(pids)) - baseline;
  };
}

async function allDeckCounts(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await expect(deckRow(page, TOP_DECK)).toBeVisible();
  return page.locator('tr[data-deck]').allInnerTexts();
}

const refused: Array<[string, () => Promise<Uint8Array> | Uint8Array, RegExp]> = [
  ['zstd-bomb-declared.apkg', hostile.zstdBombDeclared, /unpacks to more than 150 MB/],
  ['zstd-bomb-streamed.apkg', hostile.zstdBombStreamed, /unpacks to more than 150 MB/],
  ['zstd-bomb-media.apkg', hostile.zstdBombMedia, /media file ring\.svg unpacks to more/],
  ['zstd-bomb-media-index.apkg', hostile.zstdBombMediaIndex, /media index unpacks to more/],
  ['recursive-view.apkg', hostile.recursiveView, /defines a view \(cards\)/],
  ['join-explosion.apkg', hostile.joinExplosion, /more than 500,000 cards/],
  [
    'huge-field.apkg',
    () => hostile.hugeField(20 * 1024 * 1024),
    /note \d+: its fields have 20,971,\d+ characters; a card may have at most 16,777,216/,
  ],
  [
    'star-underscore.apkg',
    () => hostile.hugeField(5 * 1024 * 1024, '*_'),
    /its answer has 5,242,880 characters of text; a card side may have at most 65,536/,
  ],
  ['malformed-models.apkg', hostile.malformedModels, /col\.models is not laid out as Anki/],
];

test('hostile files are refused with the file named, in bounded time and memory', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  await openApp(page);
  const before = await allDeckCounts(page);
  const pids = await rendererPids(browser);
  expect(pids.length).toBeGreaterThan(0);
  for (const [name, build, message] of refused) {
    const file = join(dir, name);
    writeFileSync(file, await build());
    const stop = sampleGrowth(pids);
    const start = Date.now();
    await chooseImportFile(page, file);
    await expect(page.getByRole('alert')).toContainText(name, { timeout: ERROR_WITHIN_MS });
    const elapsed = Date.now() - start;
    const growth = stop();
    await expect(page.getByRole('alert')).toContainText(message);
    test.info().annotations.push({
      type: name,
      description: `error after ${elapsed} ms, renderer grew ${Math.round(growth)} MB`,
    });
    expect(elapsed).toBeLessThan(ERROR_WITHIN_MS);
    expect(growth).toBeLessThan(RENDERER_GROWTH_MB);
    // Responsive: the page answers at once.
    const asked = Date.now();
    expect(await page.evaluate(() => document.title.length)).toBeGreaterThan(0);
    expect(Date.now() - asked).toBeLessThan(1000);
  }
  await page.screenshot({ path: 'test-results/import/hostile-error.png', fullPage: true });
  expect(await allDeckCounts(page)).toEqual(before);
});

/** The deck's cards as the app exports them (the decks screen caps new cards at 20 a day). */
async function exportedCards(page: Page, deck: string): Promise<unknown[]> {
  await page.getByRole('link', { name: 'Import & export' }).click();
  await page.getByRole('combobox', { name: 'Deck', exact: true }).selectOption(deck);
  await page.getByRole('combobox', { name: 'Format' }).selectOption('json');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(dir, `${deck}.json`);
  await (await download).saveAs(file);
  return (JSON.parse(readFileSync(file, 'utf8')) as { cards: unknown[] }).cards;
}

test('out-of-range scheduling and duplicate cards: warned, and counted as they are', async ({
  page,
}) => {
  await openApp(page);
  const status = page.getByRole('region', { name: 'Import', exact: true }).getByRole('status');
  const file = join(dir, 'duplicate-cards.apkg');
  writeFileSync(file, await hostile.duplicateCards());
  await chooseImportFile(page, file);
  await expect(page.getByRole('heading', { name: /^Ready to import/ })).toBeVisible();
  await page.locator('summary').click();
  await expect(
    page.getByText(/The same card twice in the package; one skipped: note \d+/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(status).toHaveText('39 added, 0 updated, 0 skipped, 1 error');
  expect(await exportedCards(page, 'Duplicates')).toHaveLength(39);

  const deck = readDeckJson(readFileSync('test/fixtures/deck-v1.json'), 'deck-v1.json');
  const [a, b] = deck.cards.map(({ schedule: _s, logs: _l, ...card }) => ({
    ...card,
    deck: 'Twice',
  }));
  if (!a || !b) {
    throw new Error('deck-v1.json has fewer than two cards');
  }
  const twice = join(dir, 'twice.json');
  const id = 'c00000000000000aa';
  writeFileSync(
    twice,
    writeDeckJson({
      deckName: 'Twice',
      cards: [
        { ...a, id },
        { ...b, id },
      ],
    }),
  );
  await chooseImportFile(page, twice);
  await page.locator('summary').click();
  await expect(page.getByText('Card 2: the same card as an earlier one; skipped.')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(status).toHaveText('1 added, 0 updated, 0 skipped, 1 error');
  expect(await exportedCards(page, 'Twice')).toHaveLength(1);

  const infinite = join(dir, 'infinite-due.apkg');
  writeFileSync(infinite, await hostile.infiniteDue());
  await chooseImportFile(page, infinite);
  await expect(page.getByRole('heading', { name: /^Ready to import/ })).toBeVisible();
  await page.getByLabel('Keep the scheduling and review history in the file').check();
  await page.locator('summary').click();
  await expect(
    page.getByText(
      /Scheduling values out of range; the card is imported as new: note \d+: due is Infinity/,
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(status).toHaveText('40 added, 0 updated, 0 skipped, 0 errors');
  // What was written reads back: every card, every due date a number.
  const cards = (await exportedCards(page, 'Infinite due')) as Array<{
    schedule?: { due: unknown };
  }>;
  expect(cards).toHaveLength(40);
  expect(cards.every((card) => !card.schedule || typeof card.schedule.due === 'number')).toBe(true);
});

test('a card with 60,000 characters of `*_`: imported, and revealed at once as plain text', async ({
  page,
}) => {
  const deck = readDeckJson(readFileSync('test/fixtures/deck-v1.json'), 'deck-v1.json');
  const [first] = deck.cards;
  if (!first) {
    throw new Error('deck-v1.json has no cards');
  }
  const { schedule: _schedule, logs: _logs, ...card } = first;
  const long = { ...card, id: 'c0123456789abcdef', deck: 'Long text', back: '*_'.repeat(30_000) };
  const file = join(dir, 'long-text.json');
  writeFileSync(file, writeDeckJson({ deckName: 'Long text', cards: [long] }));
  await openApp(page);
  await chooseImportFile(page, file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(page, 'Long text')).toEqual({ new: 1, learn: 0, review: 0 });
  await deckRow(page, 'Long text')
    .getByRole('button', { name: 'Study Long text', exact: true })
    .click();
  const start = Date.now();
  await revealByKeyboard(page);
  await expect(page.getByRole('note')).toHaveText(
    'This text is too long to format; its first 16,384 characters are shown as plain text.',
  );
  expect(Date.now() - start).toBeLessThan(3000);
  await page.screenshot({ path: 'test-results/import/long-text.png', fullPage: true });
});
