import { expect, test, type Page } from '@playwright/test';
import { chooseImportFile, openApp } from './fixtures';

const shots = 'test-results/card-edit';
// The first new card of the shipped deck, from its Glance notes.
const NOTES = 'decks/opcel-252/252.1-glance.md';
const NOTE_BACK =
  '仮想マシンイメージの登録・検索・取得（ダウンロード）を提供する OpenStack のイメージサービス';
const EDITED_BACK = 'OpenStack のイメージサービス: 仮想マシンイメージの登録・検索・取得';

async function usePrefs(page: Page, prefs: { locale: 'en' | 'ja'; theme: 'light' | 'dark' }) {
  await page.addInitScript((value) => {
    localStorage.setItem('recall-deck:prefs', value);
  }, JSON.stringify(prefs));
}

async function studyTopDeck(page: Page, studyLabel: string) {
  await page.getByRole('button', { name: studyLabel, exact: true }).click();
  await expect(page.getByRole('article').getByText('Glance', { exact: true })).toBeVisible();
}

test('an edit on the study screen survives re-importing its notes, shows that it differs, and reverts', async ({
  page,
}) => {
  await usePrefs(page, { locale: 'en', theme: 'light' });
  await openApp(page);
  await studyTopDeck(page, 'Study OPCEL 252');

  await page.keyboard.press('e');
  const editor = page.getByRole('region', { name: 'Edit card' });
  const back = editor.getByRole('textbox', { name: 'Back', exact: true });
  await expect(back).toHaveValue(NOTE_BACK);
  await back.fill(`**${EDITED_BACK}**`);
  const preview = editor.getByRole('region', { name: 'Preview' });
  await expect(preview.locator('strong')).toHaveText(EDITED_BACK);
  await page.screenshot({ path: `${shots}/editor-en-light.png`, fullPage: true });
  await page.keyboard.press('Control+Enter');
  await expect(editor).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').locator('strong')).toHaveText(EDITED_BACK);
  await page.screenshot({ path: `${shots}/study-after-edit-en-light.png`, fullPage: true });

  await chooseImportFile(page, NOTES);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    page.getByRole('region', { name: 'Import', exact: true }).getByRole('status'),
  ).toContainText('0 added, 0 updated, 0 skipped, 0 errors');

  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await studyTopDeck(page, 'Study OPCEL 252');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').locator('strong')).toHaveText(EDITED_BACK);
  await page.keyboard.press('e');
  await expect(editor.getByRole('status')).toHaveText(/Edited — differs from its note: back\./);
  await editor.getByText('The note’s version').click();
  await expect(editor.getByText(NOTE_BACK)).toBeVisible();
  await page.screenshot({ path: `${shots}/editor-differs-en-light.png`, fullPage: true });
  await editor.getByRole('button', { name: 'Revert to the note' }).click();
  await expect(page.getByRole('article').getByText(NOTE_BACK)).toBeVisible();
  await page.keyboard.press('e');
  await expect(back).toHaveValue(NOTE_BACK);
  await expect(editor.getByText(/differs from its note/)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
});

test('in Japanese and dark: the editor saves with Ctrl+Enter, refuses an empty front, and an undo takes the edit back', async ({
  page,
}) => {
  await usePrefs(page, { locale: 'ja', theme: 'dark' });
  await openApp(page);
  await studyTopDeck(page, 'OPCEL 252 を学習');
  await page.keyboard.press('e');
  const editor = page.getByRole('region', { name: 'カードを編集' });
  const front = editor.getByRole('textbox', { name: '表面', exact: true });
  await front.fill(' ');
  await expect(editor.getByRole('alert')).toHaveText('表面を空にはできません。');
  await expect(editor.getByRole('button', { name: '保存' })).toBeDisabled();
  await front.fill('Glance とは？');
  await editor.getByRole('textbox', { name: /^タグ/ }).fill('opcel 252.1 glance');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('article').getByText('Glance とは？')).toBeVisible();
  await page.keyboard.press('e');
  await expect(editor.getByRole('status')).toHaveText(
    '編集済み — ノートの内容と異なります: 表面、タグ。',
  );
  await editor.getByText('ノートの内容', { exact: true }).click();
  await page.screenshot({ path: `${shots}/editor-ja-dark.png`, fullPage: true });
  await page.keyboard.press('Escape');
  await page.keyboard.press('u');
  await expect(page.getByRole('article').getByText('Glance', { exact: true })).toBeVisible();
});
