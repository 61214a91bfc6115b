import { expect, test } from '@playwright/test';
import { TOP_DECK, openApp } from './fixtures';

test('the error banner says what failed in the language shown, and switches with it', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('ja');
  const field = page.getByLabel(`${TOP_DECK}: 新規カード/日`, { exact: true });
  await field.fill('1.5');
  await field.press('Enter');
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('エラーが発生しました');
  await expect(banner).toContainText(
    '内容が正しくありません (daily limits must be whole numbers from 0 to 100000)',
  );
  await expect(banner.locator('details')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/settings/error-banner-ja.png', fullPage: true });

  await page.getByLabel('言語').selectOption('en');
  await expect(banner).toContainText('Something went wrong');
  await expect(banner).toContainText(
    'invalid content (daily limits must be whole numbers from 0 to 100000)',
  );
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});
