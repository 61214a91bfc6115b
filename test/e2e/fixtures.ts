import { expect, type Page } from '@playwright/test';

export const TOP_DECK = 'OPCEL 252';

/** A morning in Tokyo (the tests' time zone), well after the 04:00 rollover. */
export const DAY_ONE = new Date('2026-11-25T10:00:00+09:00');

export async function openApp(page: Page, at = DAY_ONE): Promise<void> {
  await page.clock.install({ time: at });
  await page.goto('./');
  await expect(deckRow(page, TOP_DECK)).toBeVisible();
}

export function deckRow(page: Page, deck: string) {
  return page.locator(`tr[data-deck="${deck}"]`);
}

export async function deckCounts(page: Page, deck: string) {
  const row = deckRow(page, deck);
  const read = async (cls: string) => Number(await row.locator(`td.${cls}`).innerText());
  return { new: await read('new'), learn: await read('learn'), review: await read('review') };
}

/** Shows the answer of the current card: Enter works whether or not the card asks for typing. */
export async function revealByKeyboard(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Good/ })).toBeVisible();
}

/** Opens Import & export (ready for a new file) and picks `path` in the browser's file chooser. */
export async function chooseImportFile(page: Page, path: string): Promise<void> {
  await page.getByRole('link', { name: 'Import & export' }).click();
  const again = page.getByRole('button', { name: 'Import another file' });
  if (await again.isVisible()) {
    await again.click();
  }
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(path);
}

/**
 * Clicks the Decks link, answering a question the page asks before it is left (`dismiss` stays).
 * The question, once asked, is in the returned list.
 */
export async function leaveForDecks(page: Page, answer: 'accept' | 'dismiss'): Promise<string[]> {
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog[answer]();
  });
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  return asked;
}
