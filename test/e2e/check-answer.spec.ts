import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { deckRow, openApp } from './fixtures';

/**
 * Type-in command cards judged with the tools' grammars: an option typed by its alias is
 * correct, a value of the wrong type is wrong and the screen says why, in the UI language.
 * Screenshots (en light, ja dark) go to test-results/check-answer/.
 */
const DECK = 'Grammar check';
const shots = 'test-results/check-answer';

const LABELS = {
  'en-US': {
    nav: 'Import & export',
    choose: 'Choose files…',
    run: 'Import',
    again: 'Import another file',
    decks: 'Decks',
    study: `Study ${DECK}`,
    type: 'Type your answer',
    correct: 'Correct',
    close: 'Not quite',
    incorrect: 'Incorrect',
    reason: 'new_size must be an integer, not vol1.',
    typo: 'cinder has no sub-command “dleete”. Did you mean delete?',
    why: 'Why',
    cannotTell: 'Cannot tell',
    pickGrade: 'The checker could not tell: pick a grade (1–4).',
    unknown:
      'The options of vgchange are not known to the checker: compare with the answer yourself.',
  },
  'ja-JP': {
    nav: 'インポート・エクスポート',
    choose: 'ファイルを選択…',
    run: 'インポート',
    again: '別のファイルをインポート',
    decks: 'デッキ',
    study: `${DECK} を学習`,
    type: '答えを入力',
    correct: '正解です',
    close: '惜しい',
    incorrect: '不正解',
    reason: 'new_size は整数です（vol1 ではありません）。',
    typo: 'cinder にサブコマンド「dleete」はありません。 delete のことですか？',
    why: '理由',
    cannotTell: '判定できません',
    pickGrade: 'チェッカーには正誤が分からないため、評価（1〜4）を選んでください。',
    unknown: 'チェッカーは vgchange のオプションを知りません。正答とご自身で見比べてください。',
  },
} as const;

function notesFile(): string {
  const notes = join(mkdtempSync(join(tmpdir(), 'notes-')), 'grammar.md');
  writeFileSync(
    notes,
    [
      '---',
      `deck: ${DECK}`,
      '---',
      '',
      '```',
      '# コンテナを中のオブジェクトごと削除する',
      'openstack container delete --recursive <container>',
      '```',
      '',
      '```',
      '# ボリュームを拡張する',
      'cinder extend <volume> <新しいサイズ>',
      '```',
      '',
      '```',
      '# ボリュームをスナップショットごと削除する',
      'cinder delete --cascade <volume>',
      '```',
      '',
      '```',
      '# ボリュームグループを活性化する',
      'vgchange -ay',
      '```',
      '',
    ].join('\n'),
  );
  return notes;
}

async function studyImported(page: Page, labels: (typeof LABELS)[keyof typeof LABELS]) {
  await openApp(page);
  await page.getByRole('link', { name: labels.nav }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: labels.choose }).click();
  await (await chooser).setFiles(notesFile());
  await page.getByRole('button', { name: labels.run, exact: true }).click();
  await expect(page.getByRole('button', { name: labels.again })).toBeVisible();
  await page.getByRole('link', { name: labels.decks, exact: true }).click();
  await expect(deckRow(page, DECK)).toBeVisible();
  await page.getByRole('button', { name: labels.study, exact: true }).click();
}

async function answer(page: Page, labels: (typeof LABELS)[keyof typeof LABELS], typed: string) {
  await page.getByLabel(labels.type).fill(typed);
  await page.keyboard.press('Enter');
}

for (const [locale, scheme] of [
  ['en-US', 'light'],
  ['ja-JP', 'dark'],
] as const) {
  test.describe(`${locale} ${scheme}`, () => {
    test.use({ locale, colorScheme: scheme, viewport: { width: 1100, height: 760 } });

    test('an aliased option is correct; a wrong-type value is wrong, with the reason', async ({
      page,
    }) => {
      const labels = LABELS[locale];
      const loaded: string[] = [];
      page.on('request', (request) => loaded.push(request.url()));
      await studyImported(page, labels);
      await expect(page.getByText('コンテナを中のオブジェクトごと削除する')).toBeVisible();

      await answer(page, labels, 'openstack container delete -r c1');
      const verdict = page.getByRole('status').filter({ hasText: labels.correct });
      await expect(verdict).toBeVisible();
      await expect(verdict).not.toContainText(labels.incorrect);
      expect(loaded.some((url) => /grammar-data-[\w-]+\.js$/.test(url))).toBe(true);
      await page.keyboard.press('3');

      await expect(page.getByText('ボリュームを拡張する')).toBeVisible();
      await answer(page, labels, 'cinder extend 20 vol1');
      const wrong = page.getByRole('status').filter({ hasText: labels.incorrect });
      await expect(wrong).toBeVisible();
      await expect(wrong).not.toContainText(labels.close);
      await expect(wrong.getByRole('list', { name: labels.why })).toHaveText(labels.reason);
      await expect(wrong.locator('.diff .extra')).toHaveText('vol1');
      await page.screenshot({ path: `${shots}/wrong-type-${locale}-${scheme}.png` });
      await page.keyboard.press('3');

      await expect(page.getByText('ボリュームをスナップショットごと削除する')).toBeVisible();
      await answer(page, labels, 'cinder dleete --cascade vol1');
      // A misspelt sub-command is a near miss; the wrong-type value above was not.
      const typo = page.getByRole('status').filter({ hasText: labels.close });
      await expect(typo.getByRole('list', { name: labels.why })).toHaveText(labels.typo);
      // The misspelt word is marked by its characters, not as a whole.
      await expect(typo.locator('.diff .changed')).toHaveCount(1);
      await expect(typo.locator('.diff .changed .missing')).toHaveCount(1);
      await expect(typo.locator('.diff .changed .extra')).toHaveCount(1);
      await page.screenshot({ path: `${shots}/typo-${locale}-${scheme}.png` });
      await page.keyboard.press('3');

      // No grammar covers vgchange; `-a y` is `-ay` (vgchange --help: -a|--activate y|n|ay).
      await expect(page.getByText('ボリュームグループを活性化する')).toBeVisible();
      await answer(page, labels, 'vgchange -a y');
      const unsure = page.getByRole('status').filter({ hasText: labels.cannotTell });
      await expect(unsure).toBeVisible();
      await expect(unsure).not.toContainText(labels.incorrect);
      await expect(unsure.getByRole('list', { name: labels.why })).toHaveText(labels.unknown);
      // Shown as typed, beside the answer: no word struck out as if it were wrong.
      await expect(unsure.locator('.diff')).toHaveCount(0);
      await expect(unsure.locator('code').first()).toHaveText('vgchange -a y');
      // It suggests no grade: none is marked, and Enter does not grade for the learner.
      await expect(page.locator('.grade.suggested')).toHaveCount(0);
      await page.keyboard.press('Enter');
      await expect(unsure).toBeVisible();
      await expect(page.getByText(labels.pickGrade)).toBeVisible();
      await page.screenshot({ path: `${shots}/cannot-tell-${locale}-${scheme}.png` });
    });
  });
}

test('the grammar data is not loaded at start', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(request.url()));
  await openApp(page);
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((url) => url.includes('grammar-data'))).toEqual([]);
});
