import { expect, test, type Page } from '@playwright/test';
import { DAY_ONE, TOP_DECK, openApp, revealByKeyboard } from './fixtures';

/** The shipped Glance notes in deck order: line 10 and 11 are each a `:::` pair (two cards). */
const GLANCE = 'Glance';
const GLANCE_API = 'glance-api';
const GLANCE_API_REVERSE = 'Glance の REST API を提供するサーバプロセス（既定ポート 9292）';
const DISK_FORMAT = 'ディスク形式 (--disk-format)';

async function study(page: Page) {
  await page.getByRole('button', { name: `Study ${TOP_DECK}`, exact: true }).click();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
}

/** The question of the card on screen (the card also says which deck it is from). */
const question = (page: Page) => page.locator('article.card .card-text').first();

test('bury a note, suspend and bury cards by key; the next study day brings buried cards back', async ({
  page,
}) => {
  await openApp(page);
  await study(page);
  const status = page.locator('p.status');
  await expect(question(page)).toHaveText(GLANCE);
  await expect(page.locator('article.card .from')).toContainText('イメージサービス (Glance)');

  await page.keyboard.press('=');
  await expect(status).toHaveText('Note buried until tomorrow (2 cards).');
  await expect(question(page)).toHaveText(GLANCE_API);
  await page.keyboard.press('@');
  await expect(status).toHaveText('Card suspended.');
  // Suspending a card leaves its note's other card in study, as in Anki. It asks for a typed
  // answer: the keys are characters there, until the field is left.
  await expect(question(page)).toHaveText(GLANCE_API_REVERSE);
  await page.keyboard.press('-');
  await expect(page.getByLabel('Type your answer')).toHaveValue('-');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await page.keyboard.press('-');
  await expect(status).toHaveText('Card buried until tomorrow.');
  await expect(question(page)).toHaveText(DISK_FORMAT);

  await page.clock.setSystemTime(new Date(DAY_ONE.getTime() + 86_400_000));
  // The reload stays on the study screen, which reads the new day's queue.
  await page.reload();
  await expect(question(page)).toHaveText(GLANCE);
  await revealByKeyboard(page);
  await page.keyboard.press('3');
  // Glance's own reverse card is its sibling: buried for today. glance-api stays suspended.
  await expect(question(page)).toHaveText(GLANCE_API_REVERSE);
});

test('undo takes back a bury and a grade in turn, and redo does the bury again', async ({
  page,
}) => {
  await openApp(page);
  await study(page);
  const remaining = page.getByLabel('Remaining today');
  await expect(remaining).toHaveText(/New\s*20\s*Learning\s*0\s*Review\s*0/);
  await revealByKeyboard(page);
  await page.keyboard.press('3');
  await expect(remaining).toHaveText(/19\D*1\D*0/);
  await expect(question(page)).toHaveText(GLANCE_API);
  await page.keyboard.press('Control+2');
  await expect(page.locator('article.card .from')).toContainText('Flag: Orange');
  await page.keyboard.press('-');
  await expect(question(page)).toHaveText(GLANCE_API_REVERSE);

  // That card asks for a typed answer: in its empty field Ctrl+Z is the app's undo, U a letter.
  await page.keyboard.press('Control+z');
  await expect(page.locator('p.status')).toHaveText('Undone.');
  await expect(question(page)).toHaveText(GLANCE_API);
  await expect(page.locator('article.card .from')).toContainText('Flag: Orange');
  await page.keyboard.press('u');
  await expect(page.locator('article.card .from')).not.toContainText('Flag');
  await page.keyboard.press('Control+z');
  await expect(question(page)).toHaveText(GLANCE);
  await expect(remaining).toHaveText(/20\D*0\D*0/);
  await page.keyboard.press('Control+Shift+Z');
  await expect(remaining).toHaveText(/19\D*1\D*0/);
});

test('the shortcut sheet, the More menu and card info', async ({ page }) => {
  await openApp(page);
  await study(page);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /Suspend note/ })).toContainText('!');
  await expect(sheet.getByRole('row', { name: /Bury card/ })).toContainText('-');
  // Keys go to the sheet while it is open: Enter closes it and does not show the answer.
  await page.keyboard.press('Enter');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();

  await page.getByRole('button', { name: 'More' }).click();
  const menu = page.getByRole('menu', { name: 'More' });
  await expect(menu.getByRole('menuitem', { name: /Undo/ })).toBeDisabled();
  await expect(menu.getByRole('menuitem', { name: /Suspend card/ })).toContainText('@');
  await menu.getByRole('menuitem', { name: /Mark note/ }).click();
  await expect(page.locator('article.card .from')).toContainText('Marked');

  // E opens the editor in place of the card; the tag the mark added is one of its tags.
  await page.keyboard.press('e');
  const editor = page.getByRole('region', { name: 'Edit card' });
  await expect(editor.getByLabel(/^Tags/)).toHaveValue(/marked/);
  await editor.getByLabel('Front').fill('Glance (OpenStack)');
  await page.keyboard.press('Control+Enter');
  await expect(question(page)).toHaveText('Glance (OpenStack)');
  await page.keyboard.press('u');
  await expect(question(page)).toHaveText(GLANCE);

  await revealByKeyboard(page);
  await page.keyboard.press('1');
  await expect(question(page)).toHaveText(GLANCE_API);
  await page.keyboard.press('i');
  const info = page.getByRole('dialog', { name: 'Card info' });
  await expect(info).toContainText('Not studied yet.');
  await page.keyboard.press('Escape');
  await expect(info).toBeHidden();

  // Two minutes on, the card graded Again is due again and shows its one review.
  await page.clock.fastForward('02:00');
  await revealByKeyboard(page);
  await page.keyboard.press('3');
  await expect(question(page)).toHaveText(GLANCE);
  await page.getByRole('button', { name: 'More' }).click();
  await menu.getByRole('menuitem', { name: /Card info/ }).click();
  await expect(info.locator('tbody tr')).toHaveCount(1);
  await expect(info.locator('tbody tr')).toContainText('Again');
  await expect(info).toContainText('Retrievability');
  // Difficulty as Anki and the browser show it, 0–100 %, not FSRS's 1–10.
  await expect(info.locator('tbody tr td').last()).toHaveText(/^\d+(\.\d)?%$/);
});
