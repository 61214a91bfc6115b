import { expect, test, type Page } from '@playwright/test';
import { TOP_DECK, openApp, revealByKeyboard } from './fixtures';

/**
 * Screenshots of the main screens in both themes and both languages, written to
 * test-results/screens/ for a person to look at; the assertions check the UI language.
 */
const VARIANTS = [
  { locale: 'en-US', scheme: 'light', study: 'Study', show: 'Show answer' },
  { locale: 'en-US', scheme: 'dark', study: 'Study', show: 'Show answer' },
  { locale: 'ja-JP', scheme: 'light', study: '学習', show: '答えを表示' },
  { locale: 'ja-JP', scheme: 'dark', study: '学習', show: '答えを表示' },
] as const;

for (const variant of VARIANTS) {
  test.describe(`${variant.locale} ${variant.scheme}`, () => {
    test.use({
      locale: variant.locale,
      colorScheme: variant.scheme,
      viewport: { width: 1100, height: 760 },
    });

    test('deck list and study screen', async ({ page }) => {
      await openApp(page);
      const name = `${variant.locale}-${variant.scheme}`;
      await page.screenshot({ path: `test-results/screens/decks-${name}.png` });
      await page.locator(`tr[data-deck="${TOP_DECK}"] a.study`).click();
      await expect(page.getByRole('button', { name: variant.show })).toBeVisible();
      await revealByKeyboardIn(page, variant.locale);
      await page.screenshot({ path: `test-results/screens/study-${name}.png` });
      await expect(page.locator('html')).toHaveAttribute('lang', variant.locale.slice(0, 2));
      await expect(
        page.getByRole('link', {
          name: variant.study === 'Study' ? 'Decks' : 'デッキ',
          exact: true,
        }),
      ).toBeVisible();
    });
  });
}

async function revealByKeyboardIn(page: Page, locale: string) {
  if (locale.startsWith('en')) {
    await revealByKeyboard(page);
  } else {
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /普通/ })).toBeVisible();
  }
}
