import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readDeckFolder } from '../../src-main/decks';
import { DAY_ONE, TOP_DECK, deckCounts, openApp, revealByKeyboard } from './fixtures';

const ROOT = join(import.meta.dirname, '../..');
const BACKUP_NAME = 'recall-deck-backup-2026-11-25.json';

async function studyOneCard(page: Page, studiedToday = 1) {
  await page.getByRole('button', { name: `Study ${TOP_DECK}`, exact: true }).click();
  await revealByKeyboard(page);
  await page.keyboard.press('3');
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  const cards = studiedToday === 1 ? 'card' : 'cards';
  await expect(page.getByRole('status')).toContainText(`Studied ${studiedToday} ${cards} `);
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
  await expect(dialog).toContainText('and 1 review.');
  const before = fresh.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Replace and restore' }).click();
  // The data being replaced leaves as a download first.
  expect((await before).suggestedFilename()).toBe('recall-deck-before-restore-2026-11-25.json');
  await expect(fresh.getByRole('status').last()).toContainText(`Restored ${BACKUP_NAME}`);
  await expect(dialog).toHaveCount(0);

  await fresh.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(fresh, TOP_DECK)).toEqual(studied);
  await expect(fresh.getByRole('status')).toContainText('Studied 1 card ');
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

  const newer = backup
    .toString('utf8')
    .replace(/"databaseVersion":(\d+)/, (_, version) => `"databaseVersion":${Number(version) + 1}`);
  await chooseRestoreFile(page, { name: 'from-the-future.json', buffer: Buffer.from(newer) });
  await expect(page.getByRole('alert')).toContainText(
    'from-the-future.json was made by a newer version of Recall Deck',
  );

  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(page, TOP_DECK)).toEqual(studied);
  await expect(page.getByRole('status')).toContainText('Studied 1 card ');
});

test('the web build urges a fresh download a week after the last one', async ({ page }) => {
  const nineDaysBefore = DAY_ONE.getTime() - 9 * 86_400_000;
  await page.addInitScript((time) => {
    localStorage.setItem('recall-deck:last-backup-download', String(time));
  }, nineDaysBefore);
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('backup-reminder')).toHaveText(
    'Your last backup was downloaded 9 days ago, on Nov 16, 2026, 10:00 AM: download a fresh one.',
  );
});

/**
 * Stands in for Electron's preload: the same AppApi with the backups folder kept in page memory
 * (lost on reload, like a new install's folder would not be; each load starts with none).
 */
async function installFakeElectronHost(page: Page) {
  const decks = await readDeckFolder(join(ROOT, 'decks'));
  await page.addInitScript((files) => {
    const folder: { name: string; createdAt: number; size: number; bytes: Uint8Array }[] = [];
    const info = ({ name, createdAt, size }: (typeof folder)[number]) => ({
      name,
      createdAt,
      size,
    });
    (window as unknown as { api: unknown }).api = {
      host: 'electron',
      appVersion: async () => '0.1.0',
      readShippedDecks: async () => files,
      openFiles: async () => [],
      saveFile: async () => true,
      backups: {
        async write(bytes: Uint8Array) {
          const createdAt = Date.now() + folder.length;
          const name = `backup-${new Date(createdAt).toISOString().replace(/[:.]/g, '-')}.json`;
          folder.push({ name, createdAt, size: bytes.byteLength, bytes });
          return info(folder.at(-1)!);
        },
        list: async () => folder.map(info).sort((a, b) => b.createdAt - a.createdAt),
        async read(name: string) {
          const found = folder.find((backup) => backup.name === name);
          if (!found) {
            throw new Error(`No backup named ${name}`);
          }
          return found.bytes;
        },
      },
      onMenuCommand: () => () => {},
    };
  }, decks);
}

const backupRows = (page: Page) => page.locator('#backups tbody tr');

test('Electron: automatic backup at start, back up now, restore an older backup', async ({
  page,
}) => {
  await installFakeElectronHost(page);
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  // A first start has nothing to back up yet.
  await expect(page.getByText('No backups yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download backup' })).toHaveCount(0);

  await page.reload();
  await expect(backupRows(page)).toHaveCount(1);
  await expect(backupRows(page).first()).toContainText(/Nov 25, 2026, 10:00:\d\d AM/);

  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await studyOneCard(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').last()).toContainText(/Backup saved \(\d/);
  await expect(backupRows(page)).toHaveCount(2);

  await page
    .getByRole('button', { name: /^Restore the backup of/ })
    .last()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('and 0 reviews');
  await expect(dialog).toContainText('The current data is saved as a new backup first.');
  await dialog.getByRole('button', { name: 'Replace and restore' }).click();
  await expect(page.getByRole('status').last()).toContainText('Restored backup-2026-11-25T01');
  await expect(backupRows(page)).toHaveCount(3);

  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(page, TOP_DECK)).toEqual({ new: 20, learn: 0, review: 0 });
  await expect(page.getByText(/Studied \d+ cards?/)).toHaveCount(0);
});

test('Electron: automatic backups follow 30 minutes of use, only when something changed', async ({
  page,
}) => {
  /** A backup that should not come: give one the time to land, then count. */
  const expectStill = async (rows: number) => {
    await page.waitForTimeout(1500);
    expect(await backupRows(page).count()).toBe(rows);
  };
  const studyAndComeBack = async (studiedToday: number) => {
    await page.getByRole('link', { name: 'Decks', exact: true }).click();
    await studyOneCard(page, studiedToday);
    await page.getByRole('link', { name: 'Settings' }).click();
  };
  await installFakeElectronHost(page);
  await openApp(page);
  await page.reload();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(backupRows(page)).toHaveCount(1);
  await page.clock.runFor('45:00');
  await expectStill(1);

  // Over 30 minutes of use already: the first change is backed up at the next tick.
  await studyAndComeBack(1);
  await page.clock.runFor('01:00');
  await expect(backupRows(page)).toHaveCount(2);

  // Then the next one needs another 30 minutes of use.
  await studyAndComeBack(2);
  await page.clock.runFor('28:00');
  await expectStill(2);
  await page.clock.runFor('03:00');
  await expect(backupRows(page)).toHaveCount(3);
});

test('Electron: cancelling the confirmation restores nothing', async ({ page }) => {
  await installFakeElectronHost(page);
  await openApp(page);
  await page.reload();
  await studyOneCard(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: /^Restore the backup of/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(backupRows(page)).toHaveCount(1);
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Studied 1 card ');
});

const VARIANTS = [
  { locale: 'en-US', scheme: 'light', settings: 'Settings' },
  { locale: 'en-US', scheme: 'dark', settings: 'Settings' },
  { locale: 'ja-JP', scheme: 'light', settings: '設定' },
  { locale: 'ja-JP', scheme: 'dark', settings: '設定' },
] as const;

for (const variant of VARIANTS) {
  test.describe(`screenshots ${variant.locale} ${variant.scheme}`, () => {
    test.use({
      locale: variant.locale,
      colorScheme: variant.scheme,
      viewport: { width: 1100, height: 900 },
    });

    test('Backups section, Electron and web', async ({ page, browser, baseURL }) => {
      const name = `${variant.locale}-${variant.scheme}`;
      await installFakeElectronHost(page);
      await openApp(page);
      await page.reload();
      await page.getByRole('link', { name: variant.settings }).click();
      await page.locator('#backups button.primary').click();
      await expect(backupRows(page)).toHaveCount(2);
      await page.locator('#backups').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/backups-electron-${name}.png` });
      await page
        .getByRole('button', { name: /^(Restore the backup of|.*を復元$)/ })
        .last()
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.screenshot({ path: `test-results/screens/backups-confirm-${name}.png` });

      const web = await browser.newContext({
        baseURL,
        locale: variant.locale,
        colorScheme: variant.scheme,
        timezoneId: 'Asia/Tokyo',
        viewport: { width: 1100, height: 900 },
      });
      const webPage = await web.newPage();
      await openApp(webPage);
      await webPage.getByRole('link', { name: variant.settings }).click();
      await webPage.locator('#backups').scrollIntoViewIfNeeded();
      await expect(webPage.getByTestId('backup-reminder')).toBeVisible();
      await webPage.screenshot({ path: `test-results/screens/backups-web-${name}.png` });
      await web.close();
    });
  });
}
