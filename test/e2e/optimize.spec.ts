import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeDeckJson } from '../../src-renderer/lib/formats/deck-json';
import { generateFromNotes } from '../../src-renderer/lib/notes/generate';
import { KNOWN_WEIGHTS, simulateCards } from '../lib/scheduler/optimize-sim';
import { TOP_DECK, chooseImportFile, openApp } from './fixtures';

const shots = 'test-results/screens';

/**
 * The shipped OPCEL 252 cards with eight months of reviews, studied under known FSRS parameters
 * (test/lib/scheduler/optimize-sim.ts): the file a learner moving their history in would import.
 */
function historyFile(): string {
  const notes = join(import.meta.dirname, '../../decks/opcel-252');
  const files = readdirSync(notes)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ path: `opcel-252/${name}`, text: readFileSync(join(notes, name), 'utf8') }));
  const cards = generateFromNotes(files).cards.slice(0, 100);
  const studied = simulateCards({
    weights: KNOWN_WEIGHTS,
    cardIds: cards.map((card) => card.id),
    days: 240,
    seed: 21,
  });
  const file = join(mkdtempSync(join(tmpdir(), 'optimize-')), 'opcel-252-history.json');
  writeFileSync(
    file,
    writeDeckJson({
      deckName: TOP_DECK,
      cards: cards.map((card, i) => ({ ...card, ...studied[i] })),
    }),
  );
  return file;
}

const figure = async (page: Page, id: string) => Number(await page.getByTestId(id).innerText());

test('Optimize fits FSRS parameters to an imported review history, and Apply keeps them', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1100, height: 1300 });
  await openApp(page);
  const panel = page.getByTestId('optimize-panel');
  // the shipped deck, never studied: nothing to fit yet
  await page.goto(`./#/options/${encodeURIComponent(TOP_DECK)}`);
  await panel.getByRole('button', { name: 'Optimize', exact: true }).click();
  await expect(panel.getByTestId('optimize-refused')).toHaveText(
    /^Not enough reviews to optimize: 0 reviews .* the optimizer needs at least 64\./,
  );

  await chooseImportFile(page, historyFile());
  await page.getByLabel('Keep the scheduling and review history in the file').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    page.getByRole('region', { name: 'Import', exact: true }).getByRole('status'),
  ).toContainText(/0 errors/);

  await page.goto(`./#/options/${encodeURIComponent(TOP_DECK)}`);
  await expect(panel.getByTestId('optimize-weights')).toHaveText(
    'Default parameters (not yet optimized)',
  );
  await panel.getByRole('button', { name: 'Optimize', exact: true }).click();
  await expect(panel.getByTestId('optimize-status')).toContainText(/Training|Evaluating|Reading/);
  await expect(panel.getByTestId('optimize-figures')).toBeVisible({ timeout: 60_000 });
  const current = await figure(page, 'logloss-current');
  const fitted = await figure(page, 'logloss-fitted');
  expect(fitted).toBeLessThan(current);
  expect(await figure(page, 'rmse-fitted')).toBeLessThan(await figure(page, 'rmse-current'));
  const shown = (await panel.getByTestId('optimize-weights').innerText()).split(', ');
  expect(shown).toHaveLength(21);
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/optimize-en-US-light.png`, fullPage: true });

  await panel.getByRole('button', { name: 'Apply' }).click();
  await expect(panel.getByTestId('optimize-status')).toHaveText(
    'The optimized parameters now schedule this preset’s decks.',
  );
  await expect(page.getByText('FSRS parameters: optimised (21 values)')).toBeVisible();

  // Kept: after a reload the preset has them, and evaluating them gives the fitted log loss.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('ja');
  await page.getByLabel('テーマ').selectOption('dark');
  await page.goto(`./#/options/${encodeURIComponent(TOP_DECK)}`);
  await page.reload();
  await expect(panel.getByTestId('optimize-weights')).toHaveText(shown.join(', '));
  await panel.getByRole('button', { name: '評価', exact: true }).click();
  await expect(panel.getByTestId('logloss-current')).toHaveText(fitted.toFixed(4));
  await page.screenshot({ path: `${shots}/optimize-ja-JP-dark.png`, fullPage: true });
});
