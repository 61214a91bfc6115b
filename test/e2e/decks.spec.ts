import { expect, test } from '@playwright/test';
import { TOP_DECK, deckCounts, deckRow, leaveForDecks, openApp } from './fixtures';

const SWIFT = `${TOP_DECK}::オブジェクトストレージ (Swift)`;
const GLANCE = `${TOP_DECK}::イメージサービス (Glance)`;

test('a preset with other learning steps changes the intervals on the study buttons', async ({
  page,
}) => {
  await openApp(page);
  // Steps come from each card's own deck, as in Anki: the preset goes on the sub-deck.
  await deckRow(page, SWIFT).getByLabel('Manage オブジェクトストレージ (Swift)').click();
  await deckRow(page, SWIFT).getByRole('link', { name: 'Options' }).click();
  // The deck's own name, its parent shown beside it, not the `::` path.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^OPCEL 252 ›\s*Options for オブジェクトストレージ \(Swift\)$/);

  await page.getByRole('button', { name: 'Add preset' }).click();
  await page.getByLabel('Preset name').fill('Exam cram');
  await page.getByLabel('Preset name').press('Enter');
  await expect(page.getByLabel('Preset', { exact: true })).toHaveValue(/^preset-/);
  await expect(page.getByLabel('Preset', { exact: true })).toContainText('Exam cram (used by 1)');

  // A bad step is refused next to its field and nothing is saved.
  await page.getByLabel('Learning steps', { exact: true }).fill('5m soon');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Learning steps', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByText('Steps like 1m 10m 1d, each from 1m to 365d.')).toBeVisible();

  await page.getByLabel('Learning steps', { exact: true }).fill('5m 2h');
  await page.getByLabel('New cards/day').fill('7');
  await page.getByRole('button', { name: 'Save' }).click();
  // The optimizer panel below the form has a status of its own.
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(page, SWIFT)).toEqual({ new: 7, learn: 0, review: 0 });
  expect(await deckCounts(page, TOP_DECK)).toEqual({ new: 20, learn: 0, review: 0 });
  await page.getByRole('button', { name: `Study ${SWIFT}`, exact: true }).click();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('button', { name: /Again/ })).toContainText('5m');
  await expect(page.getByRole('button', { name: /Good/ })).toContainText('2h');

  // A deck still on the default preset keeps Anki's 1m 10m.
  await page.goto(`./#/study/${encodeURIComponent(GLANCE)}`);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('button', { name: /Again/ })).toContainText('1m');
  await expect(page.getByRole('button', { name: /Good/ })).toContainText('10m');
});

test('leaving the options with changes not saved asks first, as Anki does', async ({ page }) => {
  await openApp(page);
  await deckRow(page, SWIFT).getByLabel('Manage オブジェクトストレージ (Swift)').click();
  await deckRow(page, SWIFT).getByRole('link', { name: 'Options' }).click();
  await page.getByLabel('New cards/day').fill('7');
  const asked = await leaveForDecks(page, 'dismiss');
  await expect
    .poll(() => asked)
    .toEqual(['Leave the options without saving? Your changes will be lost.']);
  await expect(page.getByLabel('New cards/day')).toHaveValue('7');
  await expect(page).toHaveURL(/#\/options\//);

  await leaveForDecks(page, 'accept');
  expect(await deckCounts(page, SWIFT)).toEqual({ new: 20, learn: 0, review: 0 });

  // Unchanged, or saved: no question.
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await deckRow(page, SWIFT).getByLabel('Manage オブジェクトストレージ (Swift)').click();
  await deckRow(page, SWIFT).getByRole('link', { name: 'Options' }).click();
  await expect(page.getByLabel('New cards/day')).toHaveValue('20');
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await expect(deckRow(page, SWIFT)).toBeVisible();
  expect(asked).toHaveLength(1);
});

test('create, rename, collapse and delete a deck, then undo the delete', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Create deck' }).click();
  await page.getByLabel('Inside').selectOption(TOP_DECK);
  await page.getByLabel('Name', { exact: true }).fill('Neutron');
  await page.getByRole('button', { name: 'Create deck' }).last().click();
  const neutron = deckRow(page, `${TOP_DECK}::Neutron`);
  await expect(neutron).toBeVisible();
  expect(await deckCounts(page, `${TOP_DECK}::Neutron`)).toEqual({ new: 0, learn: 0, review: 0 });

  // Rename a sub-deck that has cards: its counts go with it.
  const before = await deckCounts(page, SWIFT);
  await deckRow(page, SWIFT)
    .getByLabel(/^Manage /)
    .click();
  await deckRow(page, SWIFT).getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Name', { exact: true }).fill(`${TOP_DECK}::Object storage`);
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(deckRow(page, SWIFT)).toHaveCount(0);
  expect(await deckCounts(page, `${TOP_DECK}::Object storage`)).toEqual(before);

  // A taken name is refused in the dialog.
  await neutron.getByLabel(/^Manage /).click();
  await neutron.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Name', { exact: true }).fill(`${TOP_DECK}::Object storage`);
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    `A deck named ${TOP_DECK}::Object storage already exists.`,
  );
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Collapse hides the sub-decks, and stays so after a reload.
  await page.getByRole('button', { name: `Collapse ${TOP_DECK}` }).click();
  await expect(neutron).toHaveCount(0);
  await page.reload();
  await expect(deckRow(page, TOP_DECK)).toBeVisible();
  await expect(neutron).toHaveCount(0);
  await page.getByRole('button', { name: `Expand ${TOP_DECK}` }).click();
  await expect(neutron).toBeVisible();

  // Delete asks first, then can be undone with every card back.
  const top = await deckCounts(page, TOP_DECK);
  await deckRow(page, TOP_DECK)
    .getByLabel(/^Manage /)
    .click();
  await deckRow(page, TOP_DECK).getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${TOP_DECK}?` });
  await expect(dialog).toContainText(/their \d+ cards? are deleted/);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(deckRow(page, TOP_DECK)).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(`Deleted ${TOP_DECK}`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText(`Restored ${TOP_DECK}`);
  expect(await deckCounts(page, TOP_DECK)).toEqual(top);
  await expect(deckRow(page, `${TOP_DECK}::Object storage`)).toBeVisible();
});

// A name with nothing to break at pushed every row's counts and Study link off the panel, and
// widened the statistics and export pages through their deck selects, to thousands of pixels.
test('a long deck name without spaces wraps instead of widening the pages', async ({ page }) => {
  await openApp(page);
  const name = 'x'.repeat(300);
  await page.getByRole('button', { name: 'Create deck' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create deck' }).last().click();
  await expect(deckRow(page, name)).toBeVisible();
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBe(0);
  const study = await deckRow(page, TOP_DECK)
    .getByRole('button', { name: /^Study / })
    .boundingBox();
  const viewport = page.viewportSize();
  expect(study && viewport && study.x + study.width).toBeLessThanOrEqual(viewport?.width ?? 0);
  for (const screen of ['Statistics', 'Import & export', 'Exam']) {
    await page.getByRole('link', { name: screen }).click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await overflow(), screen).toBe(0);
  }
});
