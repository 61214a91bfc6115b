import { expect, test, type Page } from '@playwright/test';
import { openApp } from './fixtures';

const CINDER = 'OPCEL 252::ブロックストレージ (Cinder)';

/** The "N of M cards" line, as numbers. */
async function counts(page: Page): Promise<{ found: number; total: number }> {
  const text = await page.locator('.browse .count').innerText();
  const match = /([\d,]+) of ([\d,]+) cards?/.exec(text);
  expect(match, text).not.toBeNull();
  const number = (s: string) => Number(s.replace(/,/g, ''));
  return { found: number(match![1]!), total: number(match![2]!) };
}

async function search(page: Page, query: string) {
  await page.getByLabel('Search', { exact: true }).fill(query);
}

const rows = (page: Page) => page.locator('.browse [role="row"][data-id]');

test('search with Anki queries, select a range, suspend, undo', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Browse' }).click();
  await expect(page.locator('.browse .count')).toContainText('of');
  const all = await counts(page);
  expect(all.found).toBe(all.total);

  await search(page, '"cinder snapshot-list"');
  await expect(rows(page).first()).toContainText('snapshot-list');
  expect((await counts(page)).found).toBeLessThan(10);

  await search(page, '(glance');
  await expect(page.getByRole('alert')).toContainText('never closed');

  await search(page, `"deck:${CINDER}" is:new -is:suspended`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const cinder = await counts(page);
  expect(cinder.found).toBeGreaterThan(10);
  expect(cinder.found).toBeLessThan(all.total);
  await expect(rows(page).first().locator('.deck')).toHaveText('ブロックストレージ (Cinder)');

  await rows(page).nth(0).click();
  await rows(page)
    .nth(2)
    .click({ modifiers: ['Shift'] });
  await expect(page.locator('.browse .count')).toContainText('3 selected');
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(page.getByText('Suspended 3 cards.')).toBeVisible();
  await expect.poll(async () => (await counts(page)).found).toBe(cinder.found - 3);

  await search(page, 'is:suspended');
  await expect.poll(async () => (await counts(page)).found).toBe(3);
  await page.getByRole('grid').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undone.')).toBeVisible();
  await expect.poll(async () => (await counts(page)).found).toBe(0);

  await search(page, `"deck:${CINDER}" is:new -is:suspended`);
  await expect.poll(async () => (await counts(page)).found).toBe(cinder.found);
});

/** en light and ja dark in one page load: the language and theme change in Settings. */
test.describe('screenshots', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('browse screen with the editor pane, en light and ja dark', async ({ page }) => {
    await openApp(page);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Theme').selectOption('light');
    await page.getByRole('link', { name: 'Browse' }).click();
    await search(page, 'glance or swift*ring');
    await rows(page).nth(1).click();
    await expect(page.locator('.card-editor')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/browse-en-light.png' });

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('ja');
    await page.getByLabel('テーマ').selectOption('dark');
    await page.getByRole('link', { name: 'ブラウズ' }).click();
    await page.getByLabel('検索', { exact: true }).fill('deck:*swift* prop:ivl<1');
    await rows(page).nth(1).click();
    await expect(page.getByRole('heading', { name: 'カードを編集' })).toBeVisible();
    await expect(page.locator('.browse .count')).toContainText('枚中');
    await page.screenshot({ path: 'test-results/screens/browse-ja-dark.png' });
  });
});
