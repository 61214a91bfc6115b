import { expect, test } from '@playwright/test';
import { DAY_ONE, TOP_DECK, deckCounts, openApp, revealByKeyboard } from './fixtures';

test('the OPCEL deck shows today’s cards', async ({ page }) => {
  await openApp(page);
  expect(await deckCounts(page, TOP_DECK)).toEqual({ new: 20, learn: 0, review: 0 });
  await expect(page.getByRole('heading', { name: 'Decks' })).toBeVisible();
});

test('study five cards by keyboard and by clicking; the schedule survives a reload and a new day', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: `Study ${TOP_DECK}`, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Study: ${TOP_DECK}` })).toBeVisible();
  const remaining = page.getByLabel('Remaining today');
  // Each count is named for screen readers, not only by its colour.
  await expect(remaining).toHaveText(/New\s*20\s*Learning\s*0\s*Review\s*0/);

  // Keyboard: Enter shows the answer, digits grade.
  await revealByKeyboard(page);
  await page.keyboard.press('3');
  await expect(remaining).toHaveText(/19\D*1\D*0/);
  await revealByKeyboard(page);
  await page.keyboard.press('3');
  await revealByKeyboard(page);
  await page.keyboard.press('1');
  await expect(remaining).toHaveText(/17\D*3\D*0/);

  // Mouse: buttons found by their accessible names; each shows the interval it would give.
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('button', { name: /Again/ })).toContainText('1m');
  await expect(page.getByRole('button', { name: /Good/ })).toContainText('10m');
  await page.getByRole('button', { name: /Good/ }).click();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /Easy/ }).click();
  await expect(remaining).toHaveText(/15\D*4\D*0/);

  await page.reload();
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(page, TOP_DECK)).toEqual({ new: 15, learn: 4, review: 0 });
  await expect(page.getByRole('status')).toContainText('Studied 5 cards');

  // The next morning: a fresh allowance of new cards; yesterday's learning cards are due.
  await page.clock.setSystemTime(new Date(DAY_ONE.getTime() + 86_400_000));
  await page.reload();
  expect(await deckCounts(page, TOP_DECK)).toEqual({ new: 20, learn: 4, review: 0 });
  await expect(page.getByText(/Studied \d+ cards?/)).toHaveCount(0);
});

test('the app makes no request outside its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      foreign.push(url);
    }
  });
  await openApp(page);
  await page.getByRole('button', { name: `Study ${TOP_DECK}`, exact: true }).click();
  await revealByKeyboard(page);
  await page.keyboard.press('3');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  expect(foreign).toEqual([]);
});

test('U twice takes back two grades: the first card is back and the counts are restored', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: `Study ${TOP_DECK}`, exact: true }).click();
  const remaining = page.getByLabel('Remaining today');
  const card = page.locator('article.card');
  await expect(remaining).toHaveText(/20\D*0\D*0/);
  const first = await card.innerText();

  await revealByKeyboard(page);
  await page.keyboard.press('3');
  await expect(remaining).toHaveText(/19\D*1\D*0/);
  const second = await card.innerText();
  expect(second).not.toBe(first);
  await revealByKeyboard(page);
  await page.keyboard.press('1');
  await expect(remaining).toHaveText(/18\D*2\D*0/);

  await page.keyboard.press('u');
  await expect(remaining).toHaveText(/19\D*1\D*0/);
  await expect(card).toHaveText(second);
  await page.keyboard.press('u');
  await expect(remaining).toHaveText(/20\D*0\D*0/);
  await expect(card).toHaveText(first);

  // Redo, then leave the screen and come back: the history is still there.
  await page.keyboard.press('Control+Shift+Z');
  await expect(remaining).toHaveText(/19\D*1\D*0/);
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(page, TOP_DECK)).toEqual({ new: 19, learn: 1, review: 0 });
  await page.getByRole('button', { name: `Study ${TOP_DECK}`, exact: true }).click();
  await expect(remaining).toHaveText(/19\D*1\D*0/);
  await page.keyboard.press('Control+z');
  await expect(remaining).toHaveText(/20\D*0\D*0/);
  await expect(card).toHaveText(first);
  await page.screenshot({ path: 'test-results/screens/study-undo-en-US-light.png' });
});
