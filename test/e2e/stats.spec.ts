import { expect, test, type Page } from '@playwright/test';
import { TOP_DECK, openApp } from './fixtures';

/**
 * The statistics screen after a few answers: every chart draws on its canvas, the tables hold
 * the counts, and a new learner sees the empty state. Screenshots go to test-results/screens/.
 */

/** Charts draw in the frame after their numbers arrive: poll until each canvas has a pixel. */
async function drawnCharts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-chart]')]
      .filter((section) => {
        const canvas = section.querySelector('canvas');
        if (!canvas || canvas.width === 0 || canvas.height === 0) {
          return false;
        }
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        return pixels.data.some((value, i) => i % 4 === 3 && value > 0);
      })
      .map((section) => section.dataset.chart!)
      .sort(),
  );
}

async function answer(page: Page, keys: string[], show: string) {
  await page.locator(`tr[data-deck="${TOP_DECK}"] a.study`).click();
  for (const key of keys) {
    await expect(page.getByRole('button', { name: show })).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.press(key);
  }
  await expect(page.getByRole('button', { name: show })).toBeVisible();
}

const ALL_CHARTS = [
  'buttons',
  'calendar',
  'counts',
  'difficulty',
  'forecast',
  'hours',
  'retention',
  'retrievability',
  'stability',
  'intervals',
].sort();

test.use({ viewport: { width: 1000, height: 900 } });

test('after three answers the statistics draw every chart and list the counts', async ({
  page,
}) => {
  await openApp(page);
  await answer(page, ['1', '3', '4'], 'Show answer');
  await page.getByRole('link', { name: 'Statistics' }).click();
  await expect(page.getByText('Studied 3 cards in 0 minutes today.')).toBeVisible();
  await expect(page.getByText('Again count: 1 (33.3%).')).toBeVisible();
  // charts off screen are made when the page is idle, before anyone scrolls to them
  await expect.poll(() => drawnCharts(page)).toEqual(ALL_CHARTS);

  // Again and Good leave two cards learning; Easy sends one to review (young)
  const counts = page.getByRole('table', { name: 'Card counts' });
  await expect(counts.getByRole('row', { name: /^Learning/ })).toContainText('2');
  await expect(counts.getByRole('row', { name: /^Young/ })).toContainText('1');
  const buttons = page.getByRole('table', { name: 'Answer buttons' });
  await expect(buttons.getByRole('row', { name: /^Learning/ }).locator('td')).toHaveText([
    '1',
    '0',
    '1',
    '1',
    '66.7%',
  ]);
  // the table is there for screen readers, and on screen on request
  await expect(counts).not.toBeInViewport();
  await page
    .locator('[data-chart="counts"]')
    .getByRole('button', { name: 'Show the numbers as a table' })
    .click();
  await expect(counts).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/stats-en-light.png', fullPage: true });
});

test.describe('ja dark', () => {
  test.use({ locale: 'ja-JP', colorScheme: 'dark' });

  test('a new learner sees the empty state, then charts once cards are studied', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('link', { name: '統計' }).click();
    await expect(page.getByText(/まだ復習の記録がありません/)).toBeVisible();
    await expect.poll(() => drawnCharts(page)).toEqual(['counts', 'forecast']);

    await page.getByRole('link', { name: 'デッキ', exact: true }).click();
    await answer(page, ['3', '3'], '答えを表示');
    await page.getByRole('link', { name: '統計' }).click();
    await expect(page.getByText('今日は 2 枚のカードを 0 分で学習しました。')).toBeVisible();
    await expect
      .poll(() => drawnCharts(page))
      .toEqual(['buttons', 'calendar', 'counts', 'forecast', 'hours', 'retention']);
    await expect(page.getByText('復習段階に進んだカードはまだありません。')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/stats-ja-dark.png', fullPage: true });
  });
});
