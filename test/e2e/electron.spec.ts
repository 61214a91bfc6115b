import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary } from '../../src-main/start/electron-binary';
import { TOP_DECK, deckRow } from './fixtures';

/**
 * The packaged shape of the app: the electron-vite build (`npm run build`) started by the real
 * Electron binary. electron is an optional dependency: where its download failed (or was
 * skipped) there is no binary, and this file then skips, saying so.
 */
const ROOT = join(import.meta.dirname, '../..');

const binary = electronBinary(import.meta.url);
const SKIP_REASON =
  'Electron binary not installed (optional dependency; its download failed or was skipped) — skipping';

test.describe('Electron app', () => {
  if (binary === null) {
    console.log(SKIP_REASON);
  }
  // Skipped only without the Electron binary (an install where its download failed, as CI's):
  // there is nothing to launch then, and the web build's specs cover the same screens.
  test.skip(binary === null, SKIP_REASON); // reason: no Electron binary on this machine
  // One app for the whole file: a second instance would lose the single-instance lock and quit.
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;

  test.beforeAll(async () => {
    if (!existsSync(join(ROOT, 'out/main/index.js'))) {
      throw new Error('out/main/index.js is missing: run `npm run build` before this test');
    }
    app = await electron.launch({
      executablePath: binary ?? undefined,
      // Chromium refuses to start as root without --no-sandbox (CI containers run as root).
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        // A fresh profile: no backups or decks of the person running the tests, and no lock held.
        `--user-data-dir=${mkdtempSync(join(tmpdir(), 'recall-e2e-'))}`,
        ROOT,
      ],
      env: { ...process.env, ELECTRON_RENDERER_URL: '', NODE_ENV: 'production' },
    });
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one window on the app origin, with the bridge and without Node', async () => {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Recall Deck/);
    expect(page.url()).toMatch(/^app:\/\/renderer\//);
    const globals = await page.evaluate(() => ({
      api: typeof window.api,
      host: window.api?.host,
      keys: Object.keys(window.api ?? {}).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(globals).toEqual({
      api: 'object',
      host: 'electron',
      keys: [
        'appVersion',
        'backups',
        'host',
        'onMenuCommand',
        'openFiles',
        'readShippedDecks',
        'saveFile',
      ],
      require: 'undefined',
      process: 'undefined',
    });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await page.evaluate(() => window.api?.appVersion())).toBe(pkg.version);
  });

  test('renders the deck list from the shipped decks', async () => {
    const page = await app.firstWindow();
    await expect(deckRow(page, TOP_DECK)).toBeVisible({ timeout: 30_000 });
  });

  test('refuses new windows and navigation away from the app', async () => {
    const page = await app.firstWindow();
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/renderer\//);
    expect(app.windows()).toHaveLength(1);
  });

  test('refuses a backup name that leaves the backups folder', async () => {
    const page = await app.firstWindow();
    const message = await page.evaluate(() =>
      window.api?.backups?.read('../../Preferences').then(
        () => 'read',
        (error: Error) => error.message,
      ),
    );
    expect(message).toMatch(/Refused backups:read/);
  });
});
