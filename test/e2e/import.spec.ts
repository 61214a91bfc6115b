import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { nodeHtmlSanitizer } from '../../src-main/cli/html-sanitizer';
import { stableCardId } from '../../src-renderer/lib/cards/id';
import { readApkg } from '../../src-renderer/lib/formats/anki-read';
import { writeApkg } from '../../src-renderer/lib/formats/anki-write';
import { loadSql } from '../../src-renderer/lib/formats/sql';
import type { ImportedCard } from '../../src-renderer/lib/formats/types';
import { chooseImportFile, deckCounts, deckRow, openApp, revealByKeyboard } from './fixtures';

const CSV = 'test/fixtures/excel-cp932.csv';
const CSV_DECK = 'excel-cp932';
const APKG = 'test/fixtures/anki-apkg-export.apkg';
const APKG_DECK = 'OPCEL 252 (anki-apkg-export)';
const shots = 'test-results/import';
const importStatus = (page: Page) =>
  page.getByRole('region', { name: 'Import', exact: true }).getByRole('status');

async function importFile(page: Page, path: string, options: { keepScheduling?: boolean } = {}) {
  await chooseImportFile(page, path);
  if (path.endsWith('.csv')) {
    await expect(
      page.getByText('Detected: Shift_JIS (CP932), delimiter ",", first row is a header.'),
    ).toBeVisible();
    await page.screenshot({ path: `${shots}/csv-mapping.png`, fullPage: true });
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { name: /^Ready to import/ })).toBeVisible();
  if (options.keepScheduling) {
    await page.getByLabel('Keep the scheduling and review history in the file').check();
  }
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importStatus(page)).toContainText(
    /\d+ added, \d+ updated, \d+ skipped, \d+ errors?/,
  );
}

async function studyOne(page: Page, deck: string) {
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await page.getByRole('button', { name: `Study ${deck}`, exact: true }).click();
  await revealByKeyboard(page);
  await page.keyboard.press('3');
  await expect(page.getByLabel('Remaining today')).toHaveText(/\d+\D*1\D*0/);
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
}

async function exportDeck(page: Page, deck: string, format: string): Promise<string> {
  await page.getByRole('link', { name: 'Import & export' }).click();
  await page.getByRole('combobox', { name: 'Deck', exact: true }).selectOption(deck);
  await page.getByRole('combobox', { name: 'Format' }).selectOption(format);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'export-')), (await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}

test('CSV and .apkg imports, studied, exported and re-imported into a fresh profile', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await importFile(page, CSV);
  await expect(importStatus(page)).toHaveText('5 added, 0 updated, 0 skipped, 0 errors');
  await page.screenshot({ path: `${shots}/csv-summary.png`, fullPage: true });
  await importFile(page, APKG);
  await expect(importStatus(page)).toHaveText('7 added, 0 updated, 0 skipped, 0 errors');

  await studyOne(page, CSV_DECK);
  await studyOne(page, APKG_DECK);
  const csvCounts = await deckCounts(page, CSV_DECK);
  const apkgCounts = await deckCounts(page, APKG_DECK);
  expect(csvCounts).toEqual({ new: 4, learn: 1, review: 0 });
  expect(apkgCounts).toEqual({ new: 6, learn: 1, review: 0 });
  await page.screenshot({ path: `${shots}/decks-after-import.png`, fullPage: true });

  const json = await exportDeck(page, CSV_DECK, 'json');
  const apkg = await exportDeck(page, APKG_DECK, 'apkg');
  await page.screenshot({ path: `${shots}/export.png`, fullPage: true });

  // Importing the same file again: every card is already there.
  await importFile(page, APKG);
  await expect(importStatus(page)).toHaveText(
    '0 added, 0 updated, 0 skipped, 0 errors · 7 unchanged',
  );

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await importFile(other, json);
  await importFile(other, apkg, { keepScheduling: true });
  await other.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(other, CSV_DECK)).toEqual(csvCounts);
  expect(await deckCounts(other, APKG_DECK)).toEqual(apkgCounts);
  await fresh.close();
});

test('Markdown notes with a command: studied by typing the command', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'notes-'));
  const notes = join(dir, 'swift-cli.md');
  writeFileSync(
    notes,
    [
      '---',
      'deck: Swift CLI',
      '---',
      '',
      '```',
      '# コンテナの一覧を表示する',
      'swift list',
      '```',
      '',
    ].join('\n'),
  );
  await openApp(page);
  await importFile(page, notes);
  await expect(importStatus(page)).toHaveText('1 added, 0 updated, 0 skipped, 0 errors');
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await expect(deckRow(page, 'Swift CLI')).toBeVisible();
  await page.getByRole('button', { name: 'Study Swift CLI', exact: true }).click();
  await expect(page.getByText('コンテナの一覧を表示する')).toBeVisible();
  await page.getByLabel('Type your answer').fill('swift list');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Correct')).toBeVisible();
  await page.screenshot({ path: `${shots}/typed-command.png`, fullPage: true });
  await page.keyboard.press('3');
  await expect(page.getByLabel('Remaining today')).toHaveText(/0\D*1\D*0/);
});

test('re-importing edited notes updates cards in place and retires the removed ones', async ({
  page,
}) => {
  const notes = join(mkdtempSync(join(tmpdir(), 'notes-')), 'my-notes.md');
  const write = (lines: string[]) =>
    writeFileSync(notes, ['---', 'deck: My notes', '---', '', ...lines, ''].join('\n'));
  write([
    'Glance API の既定ポートは？::9292',
    '',
    'Cinder::ブロックストレージ',
    '',
    'Swift::オブジェクトストレージ',
  ]);
  await openApp(page);
  await importFile(page, notes);
  await expect(importStatus(page)).toHaveText('3 added, 0 updated, 0 skipped, 0 errors');
  await studyOne(page, 'My notes');
  expect(await deckCounts(page, 'My notes')).toEqual({ new: 2, learn: 1, review: 0 });

  write([
    'Glance API の既定ポートは？::9292（glance-api）',
    '',
    'Cinder::ブロックストレージ',
    '',
    'Keystone::認証サービス',
  ]);
  await importFile(page, notes);
  await expect(importStatus(page)).toHaveText(
    '1 added, 1 updated, 0 skipped, 0 errors · 1 unchanged · 1 retired (their history is kept)',
  );
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  // The edited card kept its learning step; Swift left study; Keystone is new.
  expect(await deckCounts(page, 'My notes')).toEqual({ new: 2, learn: 1, review: 0 });
});

test('a broken file: the error names the file and nothing is imported', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'broken-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{"format":"recall-deck","version":1,"name":"x","cards":[{"id":"a"}]}');
  await openApp(page);
  await page.getByRole('link', { name: 'Import & export' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('alert')).toHaveText(
    /^broken\.json:1: invalid content \(cards\.0\.deck: /,
  );
  await page.screenshot({ path: `${shots}/error.png`, fullPage: true });
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await expect(deckRow(page, 'x')).toHaveCount(0);
});

test('a TSV dropped on the import panel goes through the column mapping', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Import & export' }).click();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'swift.tsv', { type: 'text/tab-separated-values' }));
    return transfer;
  }, 'question\tanswer\tdeck\nswift stat\tアカウントの情報を表示する\tDropped::Swift\n');
  await page
    .getByRole('region', { name: 'Import', exact: true })
    .dispatchEvent('drop', { dataTransfer });
  await expect(
    page.getByText('Detected: UTF-8, delimiter TAB, first row is a header.'),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Deck', exact: true }).first()).toHaveValue('2');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importStatus(page)).toHaveText('1 added, 0 updated, 0 skipped, 0 errors');
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(page, 'Dropped::Swift')).toEqual({ new: 1, learn: 0, review: 0 });
});

test('a deck’s Export link opens the export form for that deck', async ({ page }) => {
  const cinder = 'OPCEL 252::ブロックストレージ (Cinder)';
  await openApp(page);
  await page.getByRole('link', { name: `Export ${cinder}`, exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Deck', exact: true })).toHaveValue(cinder);
  await page.getByRole('combobox', { name: 'Format' }).selectOption('md');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  expect((await download).suggestedFilename()).toBe('OPCEL 252 - ブロックストレージ (Cinder).md');
});

/** Opens the preview of a CSV of `rows` numbered cards, in deck "large". */
async function previewLargeCsv(page: Page, rows: number) {
  const file = join(mkdtempSync(join(tmpdir(), 'large-')), 'large.csv');
  writeFileSync(
    file,
    ['question,answer', ...Array.from({ length: rows }, (_, i) => `glance image-show #${i},${i}`)]
      .join('\n')
      .concat('\n'),
  );
  await openApp(page);
  await page.getByRole('link', { name: 'Import & export' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: /^Ready to import/ })).toBeVisible();
}

test('a large import shows a determinate progress bar that moves', async ({ page }) => {
  const rows = 5000;
  await previewLargeCsv(page, rows);
  // Every frame's "value/max text" of the bar; an indeterminate bar (position -1) records nothing.
  await page.evaluate(() => {
    const shown: string[] = [];
    (window as unknown as { shown: string[] }).shown = shown;
    function sample() {
      const bar = document.querySelector('progress');
      const entry = `${bar?.value}/${bar?.max} ${bar?.parentElement?.textContent?.replace(/\s+/g, ' ').trim()}`;
      if (bar && bar.position >= 0 && shown.at(-1) !== entry) {
        shown.push(entry);
      }
      requestAnimationFrame(sample);
    }
    requestAnimationFrame(sample);
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importStatus(page)).toHaveText(`${rows} added, 0 updated, 0 skipped, 0 errors`);
  const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
  const values = shown.map((entry) => Number(entry.split('/')[0]));
  for (const entry of shown) {
    const [, value, max, written] = /^(\d+)\/(\d+) .* (\d+) of (?:\d+) written$/.exec(entry) ?? [];
    expect([max, written]).toEqual([`${rows}`, value]);
  }
  expect(new Set(values.filter((value) => value > 0 && value < rows)).size).toBeGreaterThan(0);
  expect(values).toEqual([...values].sort((a, b) => a - b));
});

test('Cancel in the middle of a large write leaves the collection untouched', async ({ page }) => {
  await previewLargeCsv(page, 20_000);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForFunction(() => (document.querySelector('progress')?.value ?? 0) > 0);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toHaveText('Import cancelled; nothing was changed.');
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await expect(deckRow(page, 'OPCEL 252')).toBeVisible();
  await expect(deckRow(page, 'large')).toHaveCount(0);
});

test("an Anki package's suspended and flagged cards keep their marks, in and out again", async ({
  page,
}) => {
  const deckName = 'Marked in Anki';
  const card = (front: string, back: string, marks?: ImportedCard['marks']): ImportedCard => ({
    id: stableCardId(deckName, front),
    deck: deckName,
    front,
    back,
    kind: 'basic',
    tags: [],
    ...(marks ? { marks } : {}),
  });
  const cards = [
    card('Glance API の既定ポートは？', '9292', { suspended: true }),
    card('Cinder のボリューム一覧を表示するコマンドは？', 'openstack volume list', { flag: 4 }),
    card('Swift の既定レプリカ数は？', '3', { suspended: true, flag: 1 }),
    card('qemu-img で形式を変換するサブコマンドは？', 'convert'),
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'marked-')), 'marked.apkg');
  const { bytes } = await writeApkg(
    { deckName, cards },
    { sql: await loadSql(), sanitizeHtml: await nodeHtmlSanitizer() },
  );
  writeFileSync(file, bytes);
  await openApp(page);
  await importFile(page, file, { keepScheduling: true });
  await expect(importStatus(page)).toHaveText('4 added, 0 updated, 0 skipped, 0 errors');
  await page.getByRole('link', { name: 'Browse' }).click();
  const found = page.locator('.browse .count');
  const search = (query: string) => page.getByLabel('Search', { exact: true }).fill(query);
  await search(`"deck:${deckName}" is:suspended`);
  await expect(found).toContainText(/^2 of/);
  await search(`"deck:${deckName}" flag:4`);
  await expect(found).toContainText(/^1 of/);
  await search(`"deck:${deckName}" flag:1 is:suspended`);
  await expect(found).toContainText(/^1 of/);

  const exported = await exportDeck(page, deckName, 'apkg');
  const back = await readApkg(new Uint8Array(readFileSync(exported)), 'back.apkg', {
    keepScheduling: true,
  });
  const marksOf = new Map(back.cards.map((c) => [c.front, c.marks]));
  expect(cards.map((c) => marksOf.get(c.front))).toEqual(cards.map((c) => c.marks));
});
