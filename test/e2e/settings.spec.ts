import { expect, test } from '@playwright/test';
import { openApp } from './fixtures';

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
