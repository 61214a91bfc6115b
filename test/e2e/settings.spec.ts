import { expect, test } from '@playwright/test';
import { TOP_DECK, deckCounts, openApp } from './fixtures';

test('language and theme can be switched in settings and stay switched', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('ja');
  await expect(page.getByRole('heading', { name: '設定' })).toBeVisible();
  await page.getByLabel('テーマ').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByRole('link', { name: 'デッキ', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a deck’s new-cards-per-day limit changes what it offers today', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const field = page.getByLabel(`${TOP_DECK}: New cards/day`, { exact: true });
  await field.fill('5');
  await field.press('Enter');
  await field.blur();
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await expect.poll(() => deckCounts(page, TOP_DECK)).toEqual({ new: 5, learn: 0, review: 0 });
  await page.reload();
  expect(await deckCounts(page, TOP_DECK)).toEqual({ new: 5, learn: 0, review: 0 });
});
