/**
 * The shipped OPCEL 252 deck exported to .apkg from the web build, then opened with sql.js as
 * Anki would: the summary names the pairs and the drawn ring questions, and the package holds them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { openApp, TOP_DECK } from './fixtures';

const RING_DECK = 'OPCEL 252::252.4 Swift リングビルダー計算';

test('an .apkg export of the shipped deck: pairs as one note, ring cards drawn, HTML fields', async ({
  page,
}, testInfo) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Import & export' }).click();
  await page.getByRole('combobox', { name: 'Deck', exact: true }).selectOption(TOP_DECK);
  await page.getByRole('combobox', { name: 'Format' }).selectOption('apkg');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(testInfo.outputDir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  const summary = page.getByRole('region', { name: 'Export' }).getByRole('status');
  await expect(summary).toContainText(/\d+ cards exported to OPCEL 252\.apkg\./);
  await expect(summary).toContainText(
    /(\d+) reverse pairs are one Anki note with two cards, and the deck options bury the other card of a pair until the next day\./,
  );
  await expect(summary).toContainText('6 ring cards went to Anki as one drawn question each');
  await page.screenshot({ path: 'test-results/import/anki-export.png', fullPage: true });

  const SQL = await initSqlJs();
  const db = new SQL.Database(unzipSync(new Uint8Array(await readFile(file)))['collection.anki2']);
  const one = (sql: string) => db.exec(sql)[0]?.values[0]?.[0];
  const pairs = Number(/(\d+) reverse pairs/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(pairs).toBeGreaterThan(0);
  expect(one('select count(*) from cards where ord = 1')).toBe(pairs);
  expect(
    Number(one('select count(*) from cards')) - Number(one('select count(*) from notes')),
  ).toBe(pairs);
  const decks = JSON.parse(String(one('select decks from col'))) as Record<
    string,
    { name: string }
  >;
  const ringDeck = Object.values(decks).find((deck) => deck.name === RING_DECK) as unknown as {
    id: number;
  };
  const ringFronts = db
    .exec(`select n.flds from notes n join cards c on c.nid = n.id where c.did = ${ringDeck.id}`)[0]
    ?.values.map(([flds]) => String(flds).split('\u001f'));
  expect(ringFronts).toHaveLength(6);
  for (const [front = '', back = '', template = ''] of ringFronts ?? []) {
    expect(template).toMatch(/^ring-[a-z-]+$/);
    expect(front).not.toContain(template);
    // Rendered HTML: a paragraph, or the ring's command block first.
    expect(front).toMatch(/^<(p|pre)>/);
    expect(back).not.toBe('');
  }
  const shown = db
    .exec('select flds from notes')[0]
    ?.values.flatMap(([flds]) => String(flds).split('\u001f').slice(0, 2));
  expect(shown?.filter((field) => field.includes('`'))).toEqual([]);
  expect(shown?.some((field) => field.includes('<code>'))).toBe(true);
  db.close();
});
