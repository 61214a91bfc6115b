import { expect, test } from '@playwright/test';
import { TOP_DECK, openApp } from './fixtures';

test('the error banner says what failed in the language shown, and switches with it', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('ja');
  await page.goto(`./#/options/${encodeURIComponent(TOP_DECK)}`);
  await page.getByRole('button', { name: '名前を変更' }).click();
  const field = page.getByLabel('プリセット名', { exact: true });
  await field.fill('  ');
  await field.press('Enter');
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('エラーが発生しました');
  await expect(banner).toContainText(
    '内容が正しくありません (a preset name has 1 to 100 characters)',
  );
  await expect(banner.locator('details')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/settings/error-banner-ja.png', fullPage: true });

  // The banner stays while the learner goes to the settings to switch the language.
  await page.getByRole('link', { name: '設定' }).click();
  await page.getByLabel('言語').selectOption('en');
  await expect(banner).toContainText('Something went wrong');
  await expect(banner).toContainText('invalid content (a preset name has 1 to 100 characters)');
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});
