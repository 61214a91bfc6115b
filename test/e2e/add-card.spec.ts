import { expect, test, type Page } from '@playwright/test';
import { deckCounts, deckRow, openApp, revealByKeyboard } from './fixtures';

const shots = 'test-results/add-card';
const DECK = 'Glance cache';
// The seed notes' glance-cache rows (decks/opcel-252, 252.1).
const CLEANER = { front: 'glance-cache-cleaner', back: 'glanceキャッシュのクリーンアップ' };
const PRUNER = {
  front: 'glance-cache-pruner',
  back: 'キャッシュが一定サイズを超えていたら最近使用されていないキャッシュを捨てる',
};

async function usePrefs(page: Page, prefs: { locale: 'en' | 'ja'; theme: 'light' | 'dark' }) {
  await page.addInitScript((value) => {
    localStorage.setItem('recall-deck:prefs', value);
  }, JSON.stringify(prefs));
}

function addDialog(page: Page, title = 'Add cards') {
  return page.getByRole('dialog', { name: title });
}

test('add two cards to a new deck, see them in Browse, study one', async ({ page }) => {
  await usePrefs(page, { locale: 'en', theme: 'light' });
  await openApp(page);
  await page.getByRole('button', { name: 'Add cards', exact: true }).click();
  const dialog = addDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Front', { exact: true })).toBeFocused();

  await dialog.getByLabel('Deck', { exact: true }).fill(DECK);
  await expect(dialog.getByText(`A new deck “${DECK}” will be made.`)).toBeVisible();
  await dialog.getByLabel('Front', { exact: true }).focus();
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('alert')).toHaveText('The front cannot be empty.');

  await dialog.getByLabel('Front', { exact: true }).fill(CLEANER.front);
  await dialog.getByLabel('Back', { exact: true }).fill(`**${CLEANER.back}**`);
  await dialog.getByLabel(/^Tags/).fill('glance 252.1');
  await expect(dialog.getByRole('region', { name: 'Preview' }).locator('strong')).toHaveText(
    CLEANER.back,
  );
  await page.screenshot({ path: `${shots}/dialog-en-light.png` });
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('status')).toHaveText(`Added 1 card to ${DECK}.`);
  // Anki's Add: the next note starts empty, in the same deck, kind and tags.
  await expect(dialog.getByLabel('Front', { exact: true })).toHaveValue('');
  await expect(dialog.getByLabel('Back', { exact: true })).toHaveValue('');
  await expect(dialog.getByLabel('Deck', { exact: true })).toHaveValue(DECK);
  await expect(dialog.getByLabel(/^Tags/)).toHaveValue('glance 252.1');
  await expect(dialog.getByText(/will be made/)).toHaveCount(0);

  // The same front again is refused: its id is the first card's.
  await dialog.getByLabel('Front', { exact: true }).fill(CLEANER.front);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('already has a card with this front');

  await dialog.getByLabel('Front', { exact: true }).fill(PRUNER.front);
  await dialog.getByLabel('Back', { exact: true }).fill(PRUNER.back);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Added 1 card to ${DECK}.`);
  await expect(dialog.getByRole('alert')).toHaveText('');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // The deck list is a live query: it follows the adds a moment later.
  await expect.poll(() => deckCounts(page, DECK)).toEqual({ new: 2, learn: 0, review: 0 });

  await page.getByRole('link', { name: 'Browse' }).click();
  await page.getByLabel('Search', { exact: true }).fill(`"deck:${DECK}"`);
  const rows = page.locator('.browse [role="row"][data-id]');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(CLEANER.front);
  await expect(rows.nth(1)).toContainText(PRUNER.front);

  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await deckRow(page, DECK)
    .getByRole('button', { name: `Study ${DECK}` })
    .click();
  await expect(page.getByRole('article')).toContainText(CLEANER.front);
  await revealByKeyboard(page);
  await expect(page.getByRole('article').locator('strong')).toHaveText(CLEANER.back);
  await page.keyboard.press('3');
  await expect(page.getByRole('article')).toContainText(PRUNER.front);
});

test('an empty deck says it has no cards; A adds one there, and it is studied at once', async ({
  page,
}) => {
  await usePrefs(page, { locale: 'en', theme: 'light' });
  await openApp(page);
  await page.getByRole('button', { name: 'Create deck' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Neutron');
  await page.getByRole('button', { name: 'Create deck' }).last().click();
  await deckRow(page, 'Neutron').getByRole('button', { name: 'Study Neutron' }).click();
  await expect(page.getByRole('heading', { name: 'This deck has no cards yet.' })).toBeVisible();
  await expect(page.getByText('Congratulations')).toHaveCount(0);
  await page.screenshot({ path: `${shots}/empty-deck-en-light.png` });

  await page.keyboard.press('a');
  const dialog = addDialog(page);
  await expect(dialog.getByLabel('Deck', { exact: true })).toHaveValue('Neutron');
  await dialog.getByLabel('Type', { exact: true }).selectOption('Basic (and reversed card)');
  await dialog.getByLabel('Front', { exact: true }).fill('neutron net-list');
  await dialog.getByLabel('Back', { exact: true }).fill('openstack network list');
  await expect(dialog.getByText('This note makes 2 cards:')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('status')).toHaveText('Added 2 cards to Neutron.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('article')).toContainText('neutron net-list');
  await revealByKeyboard(page);
  // The reverse is its sibling: buried for today once the first is studied (the default preset).
  await page.keyboard.press('4');
  await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();

  // An add is undone like any other action: U takes back the grade, then the add.
  await page.keyboard.press('u');
  await expect(page.getByRole('article')).toContainText('neutron net-list');

  // The More menu has it too, by mouse.
  await page.getByRole('button', { name: 'More' }).click();
  await page
    .getByRole('menu', { name: 'More' })
    .getByRole('menuitem', { name: /Add cards/ })
    .click();
  await expect(addDialog(page).getByLabel('Deck', { exact: true })).toHaveValue('Neutron');
});

test('opens on a deck from its menu, and from Browse, where the card joins the results', async ({
  page,
}) => {
  const glance = 'OPCEL 252::イメージサービス (Glance)';
  await openApp(page);
  await deckRow(page, glance)
    .getByLabel(/^Manage /)
    .click();
  await deckRow(page, glance).getByRole('button', { name: 'Add cards' }).click();
  await expect(addDialog(page).getByLabel('Deck', { exact: true })).toHaveValue(glance);
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Browse' }).click();
  await page.getByLabel('Search', { exact: true }).fill('glance-cache-manage');
  // "14 of 510 cards": the search runs a frame after typing.
  const counts = async () => {
    const [found = NaN, total = NaN] = (
      (await page.locator('.browse .count').innerText()).match(/\d[\d,]*/g) ?? []
    ).map((n) => Number(n.replaceAll(',', '')));
    return { found, total };
  };
  await expect
    .poll(async () => {
      const { found, total } = await counts();
      return found < total;
    })
    .toBe(true);
  const before = await counts();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const dialog = addDialog(page);
  await dialog.getByLabel('Deck', { exact: true }).fill(glance);
  // The deck's own line 72 (252.1-glance.md), asked the other way round.
  await dialog
    .getByLabel('Front', { exact: true })
    .fill('glance-cache-manage queue-image <IMAGE_ID>');
  await dialog
    .getByLabel('Back', { exact: true })
    .fill('指定したイメージをキャッシュ予約キューに入れる');
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('status')).toHaveText(/^Added 1 card to /);
  await page.keyboard.press('Escape');
  await expect.poll(counts).toEqual({ found: before.found + 1, total: before.total + 1 });
  await page.getByLabel('Search', { exact: true }).fill('指定したイメージ');
  await expect(page.locator('.browse [role="row"][data-id]')).toHaveCount(1);
  await page.screenshot({ path: `${shots}/browse-after-add-en-light.png` });
});

test('the dialog in Japanese and dark, with a cloze preview', async ({ page }) => {
  await usePrefs(page, { locale: 'ja', theme: 'dark' });
  await openApp(page);
  await page.getByRole('button', { name: 'カードを追加', exact: true }).click();
  const dialog = addDialog(page, 'カードを追加');
  await dialog.getByLabel('種類', { exact: true }).selectOption('穴埋め');
  await dialog.getByLabel('テキスト', { exact: true }).fill('glance-cache-prefetcher');
  await expect(dialog.getByRole('alert')).toContainText('{{c1::テキスト}}');
  await dialog
    .getByLabel('テキスト', { exact: true })
    .fill(
      '{{c1::glance-cache-prefetcher}} はキャッシュ予約キューに入っているイメージの{{c2::キャッシング::何を}}を実施する',
    );
  await dialog.getByLabel('裏面の補足', { exact: true }).fill('252.1 イメージサービス (Glance)');
  await expect(dialog.getByText('このノートから 2 枚のカードができます:')).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'プレビュー' })).toContainText('[何を]');
  await page.screenshot({ path: `${shots}/dialog-ja-dark.png` });
});
