import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { TOP_DECK, deckCounts, openApp, revealByKeyboard } from './fixtures';

const ROOT = join(import.meta.dirname, '../..');
const BACKUP_NAME = 'recall-deck-backup-2026-11-25.json';

async function studyOneCard(page: Page) {
  await page.getByRole('button', { name: `Study ${TOP_DECK}`, exact: true }).click();
  await revealByKeyboard(page);
  await page.keyboard.press('3');
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Studied 1 cards');
}

/** Downloads a backup from the Settings page and returns where Playwright saved it. */
async function downloadBackup(page: Page, folder: string): Promise<string> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = join(folder, (await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}

async function chooseRestoreFile(page: Page, file: string | { name: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from file…' }).click();
  await (
    await chooser
  ).setFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/json' });
}

test('a downloaded backup restores the studied collection in a fresh browser', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  await openApp(page);
  await studyOneCard(page);
  const studied = await deckCounts(page, TOP_DECK);
  expect(studied).toEqual({ new: 19, learn: 1, review: 0 });

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('backup-reminder')).toHaveText(/not downloaded a backup yet/);
  const file = await downloadBackup(page, testInfo.outputDir);
  expect(file.endsWith(BACKUP_NAME)).toBe(true);
  await expect(page.getByTestId('backup-reminder')).toHaveText(/Last backup downloaded on/);
  await expect(page.getByRole('status').last()).toContainText('Backup downloaded');

  const context = await browser.newContext({
    baseURL,
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
  });
  const fresh = await context.newPage();
  await openApp(fresh);
  expect(await deckCounts(fresh, TOP_DECK)).toEqual({ new: 20, learn: 0, review: 0 });
  await fresh.getByRole('link', { name: 'Settings' }).click();
  await chooseRestoreFile(fresh, file);

  const dialog = fresh.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText(`${BACKUP_NAME} holds`);
  await expect(dialog).toContainText('and 1 reviews');
  const before = fresh.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Replace and restore' }).click();
  // The data being replaced leaves as a download first.
  expect((await before).suggestedFilename()).toBe('recall-deck-before-restore-2026-11-25.json');
  await expect(fresh.getByRole('status').last()).toContainText(`Restored ${BACKUP_NAME}`);
  await expect(dialog).toHaveCount(0);

  await fresh.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(fresh, TOP_DECK)).toEqual(studied);
  await expect(fresh.getByRole('status')).toContainText('Studied 1 cards');
  await context.close();
});

test('damaged and foreign files are refused with their names and nothing changes', async ({
  page,
}, testInfo) => {
  await openApp(page);
  await studyOneCard(page);
  const studied = await deckCounts(page, TOP_DECK);
  const backup = await readFile(await downloadBackup(page, testInfo.outputDir));

  const cut = join(testInfo.outputDir, 'cut-in-half.json');
  await writeFile(cut, backup.subarray(0, Math.floor(backup.length / 2)));
  await chooseRestoreFile(page, cut);
  await expect(page.getByRole('alert')).toHaveText(
    'cut-in-half.json is damaged or incomplete, so nothing was restored. Your data is unchanged.',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const deckFile = await readFile(join(ROOT, 'test/fixtures/deck-v1.json'));
  await chooseRestoreFile(page, { name: 'deck-v1.json', buffer: deckFile });
  await expect(page.getByRole('alert')).toHaveText('deck-v1.json is not a Recall Deck backup.');

  const newer = backup.toString('utf8').replace('"databaseVersion":1', '"databaseVersion":2');
  await chooseRestoreFile(page, { name: 'from-the-future.json', buffer: Buffer.from(newer) });
  await expect(page.getByRole('alert')).toContainText(
    'from-the-future.json was made by a newer version of Recall Deck',
  );

  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(page, TOP_DECK)).toEqual(studied);
  await expect(page.getByRole('status')).toContainText('Studied 1 cards');
});
