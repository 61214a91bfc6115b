/**
 * Hostile files through the web build's import and restore screens: each is refused (or, for a
 * merely wide CSV, shown in part) with a message naming it, within a time bound and a JS heap
 * bound, with the page still answering and the collection unchanged.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { emphasisRun, hollowCards, wideCsv } from '../lib/formats/hostile-files';
import { TOP_DECK, deckCounts, deckRow, openApp } from './fixtures';

const HEAP_LIMIT_MB = 300;

async function heapUsedMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Infinity) / 1024 / 1024;
}

/**
 * Picks a generated file on the import screen, written to the test's folder first (Playwright
 * takes no buffer over 50 MB); returns when it was picked.
 */
async function chooseImport(page: Page, name: string, content: string): Promise<number> {
  const path = test.info().outputPath(name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  await page.getByRole('link', { name: 'Import & export' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const started = Date.now();
  await (await chooser).setFiles(path);
  return started;
}

/** The page still answers: it navigates and shows the collection as it was. */
async function unchanged(page: Page, before: Awaited<ReturnType<typeof deckCounts>>, deck: string) {
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(page, TOP_DECK)).toEqual(before);
  await expect(deckRow(page, deck)).toHaveCount(0);
}

test('a CSV of a million columns is refused in seconds, naming the file and row', async ({
  page,
}) => {
  await openApp(page);
  const before = await deckCounts(page, TOP_DECK);
  const started = await chooseImport(page, 'million.csv', wideCsv(1_000_000));
  await expect(page.getByRole('alert')).toHaveText(
    'million.csv:1: the file is too large (row 1 has more than 1000 columns; the limit is 1000)',
    { timeout: 20_000 },
  );
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(await heapUsedMb(page)).toBeLessThan(HEAP_LIMIT_MB);
  await unchanged(page, before, 'million');
});

test('a CSV wider than the mapping shows lists its first 50 columns and says so', async ({
  page,
}) => {
  await openApp(page);
  const header = ['front', 'back', ...Array.from({ length: 898 }, (_, i) => `extra ${i}`)];
  const rows = [header, ...Array.from({ length: 3 }, (_, r) => header.map((h) => `${h} ${r}`))];
  await chooseImport(page, 'wide.csv', rows.map((row) => row.join(',')).join('\n'));
  await expect(page.getByTestId('hidden-columns')).toHaveText(
    'Only the first 50 of 900 columns are shown and can be mapped; 850 are left out.',
  );
  await expect(page.locator('thead th')).toHaveCount(50);
  await expect(page.getByRole('combobox', { name: 'Front' }).locator('option')).toHaveCount(50);
  expect(await heapUsedMb(page)).toBeLessThan(HEAP_LIMIT_MB);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.summary')).toHaveText('3 added, 0 updated, 0 skipped, 0 errors');
});

test('50 MB of `*_` as notes is refused by the worker, the page answering meanwhile', async ({
  page,
}) => {
  await openApp(page);
  const before = await deckCounts(page, TOP_DECK);
  const started = await chooseImport(page, 'stars.md', emphasisRun(50));
  // The notes are read off the main thread: the page answers while they are.
  await expect(page.getByRole('link', { name: 'Decks', exact: true })).toBeEnabled();
  await expect(page.getByRole('alert')).toHaveText(
    'stars.md: the file is too large (50.0 M characters of notes; the limit is 4 M)',
    { timeout: 20_000 },
  );
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(await heapUsedMb(page)).toBeLessThan(HEAP_LIMIT_MB);
  await unchanged(page, before, 'stars');
});

test('a line of 1 MB of `*_` in notes is refused at its line', async ({ page }) => {
  await openApp(page);
  const before = await deckCounts(page, TOP_DECK);
  await chooseImport(page, 'line.md', `# Line\n\n${emphasisRun(1)}\n`);
  await expect(page.getByRole('alert')).toHaveText(
    /^line\.md:3: the file is too large \(a line with more than 1000 Markdown marks/,
  );
  expect(await heapUsedMb(page)).toBeLessThan(HEAP_LIMIT_MB);
  await unchanged(page, before, 'line');
});

test('a backup with hollow card rows is refused before anything is replaced', async ({
  page,
}, testInfo) => {
  await openApp(page);
  const before = await deckCounts(page, TOP_DECK);
  await page.getByRole('link', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const saved = join(testInfo.outputDir, 'backup.json');
  await (await download).saveAs(saved);
  const hollow = hollowCards(await readFile(saved, 'utf8'));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from file…' }).click();
  const started = Date.now();
  await (
    await chooser
  ).setFiles({ name: 'hollow.json', mimeType: 'application/json', buffer: Buffer.from(hollow) });
  await expect(page.getByRole('alert')).toHaveText(
    'hollow.json is damaged or incomplete, so nothing was restored. Your data is unchanged.',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(await heapUsedMb(page)).toBeLessThan(HEAP_LIMIT_MB);
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(page, TOP_DECK)).toEqual(before);
  // The study screen still opens on the collection as it was.
  await page.getByRole('button', { name: `Study ${TOP_DECK}`, exact: true }).click();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
});
