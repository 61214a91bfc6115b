import { expect, test, type Page } from '@playwright/test';
import { TOP_DECK, deckCounts, deckRow, leaveForDecks, openApp } from './fixtures';

const TOPICS = 5;

/** Opens the Exam screen and sets an exam date (3–4 weeks after DAY_ONE) with the exam schedule. */
async function setExam(
  page: Page,
  names: { exam: string; date: string; schedule: string; save: string },
) {
  await page.getByRole('link', { name: names.exam, exact: true }).click();
  await page.getByLabel(names.date, { exact: true }).fill('2026-12-20');
  await page.getByLabel(names.schedule, { exact: true }).check();
  await page.getByRole('button', { name: names.save, exact: true }).click();
}

/** Answers each question by keyboard: the first left blank (a sure miss), then 2 or "x". */
/** A fresh profile's Exam screen, with a mock exam of `questions` started. */
async function startMockExam(page: Page, questions: number) {
  await openApp(page);
  await page.getByRole('link', { name: 'Exam', exact: true }).click();
  await page.getByLabel('Questions', { exact: true }).fill(String(questions));
  await page.getByRole('button', { name: 'Start mock exam' }).click();
}

async function takeMockExam(page: Page, questions: number) {
  for (let n = 1; n <= questions; n++) {
    await expect(page.getByText(new RegExp(`\\b${n} / ${questions}\\b`))).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText(/\d\d:\d\d/);
    if (n > 1) {
      const typed = page.locator('textarea.answer-input');
      const keys = page.locator('.actions .keys');
      if (await typed.isVisible()) {
        // No options to choose by number on a typed question.
        await expect(keys).not.toContainText('1');
        await page.keyboard.type('x');
      } else {
        await expect(keys).toContainText(/1[–〜]4/);
        await page.keyboard.press('2');
        await expect(page.getByRole('radio').nth(1)).toHaveAttribute('aria-checked', 'true');
      }
    }
    await page.keyboard.press('Enter');
  }
}

test('set an exam date and see readiness per topic, on the exam screen and the deck list', async ({
  page,
}) => {
  await openApp(page);
  await setExam(page, { exam: 'Exam', date: 'Exam date', schedule: 'Exam schedule', save: 'Save' });
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByText('25 days to the exam on Dec 20, 2026.')).toBeVisible();
  const readiness = page.getByRole('table', { name: 'Readiness' });
  await expect(readiness.locator('tbody tr')).toHaveCount(TOPICS);
  await expect(readiness.locator('tbody tr').first()).toContainText('イメージサービス (Glance)');
  await expect(readiness.locator('tbody td.share').first()).toHaveText('0%');
  await expect(readiness.getByRole('img').first()).toHaveAccessibleName(/now: 0%/);
  await expect(page.getByText(/new cards a day for \d+ days \(509 not seen yet\)/)).toBeVisible();
  await expect(page.getByText(/limit is 20 new cards a day/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/exam-en-US-light.png', fullPage: true });

  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  await expect(deckRow(page, TOP_DECK).getByLabel(/0 of 509 cards ready/)).toHaveText('Ready 0%');
  await page.screenshot({ path: 'test-results/screens/exam-decks-en-US-light.png' });
});

test('leaving a mock exam half way asks first, since its answers are not kept', async ({
  page,
}) => {
  await startMockExam(page, 5);
  await expect(page.getByRole('timer')).toBeVisible();
  const asked = await leaveForDecks(page, 'dismiss');
  await expect
    .poll(() => asked)
    .toEqual(['Leave the mock exam? It is not finished, and its answers are not kept.']);
  await expect(page.getByRole('timer')).toBeVisible();
  await leaveForDecks(page, 'accept');
  await expect(deckRow(page, TOP_DECK)).toBeVisible();
});

test('take a 5-question mock exam by keyboard, see the score by topic, send the misses to relearning', async ({
  page,
}) => {
  await startMockExam(page, 5);
  await expect(page.getByRole('timer')).toHaveText(/(60:00|59:5\d)/);
  await page.screenshot({ path: 'test-results/screens/exam-session-en-US-light.png' });
  await takeMockExam(page, 5);

  await expect(page.getByRole('heading', { name: 'Mock exam result' })).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText(/\d of \d right/);
  const byTopic = page.getByRole('table', { name: 'Score by topic' });
  await expect(byTopic.locator('tbody tr').first()).toBeVisible();
  const misses = page.getByRole('list', { name: 'Missed questions' }).getByRole('listitem');
  const missed = await misses.count();
  expect(missed).toBeGreaterThanOrEqual(1);
  await expect(misses.first()).toContainText('(no answer)');
  await expect(misses.first()).toContainText('Right answer');
  await page.screenshot({
    path: 'test-results/screens/exam-result-en-US-light.png',
    fullPage: true,
  });

  const relearn = page.getByRole('button', { name: /^Put the \d+ missed cards into relearning$/ });
  await relearn.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${missed} cards are in relearning now.`)).toBeVisible();

  // Kept: the exam screen lists it. The missed cards (all new here) are the only schedule change:
  // they are learning now, and count among today's new cards, as an Again in study would.
  await page.getByRole('button', { name: 'Back to the exam' }).click();
  await expect(page.getByRole('heading', { name: 'Past mock exams' })).toBeVisible();
  await expect(page.locator('table.history tbody tr')).toHaveCount(1);
  await page.getByRole('link', { name: 'Decks', exact: true }).click();
  expect(await deckCounts(page, TOP_DECK)).toEqual({
    new: 20 - missed,
    learn: missed,
    review: 0,
  });
});

test.describe('ja dark', () => {
  test.use({ locale: 'ja-JP', colorScheme: 'dark', viewport: { width: 1100, height: 900 } });

  test('the exam screen and a mock exam result, in Japanese', async ({ page }) => {
    await openApp(page);
    await setExam(page, {
      exam: '試験',
      date: '試験日',
      schedule: '試験スケジュール',
      save: '保存',
    });
    await expect(page.getByText('2026/12/20 の試験まであと 25 日です。')).toBeVisible();
    await expect(page.getByRole('table', { name: '準備状況' }).locator('tbody tr')).toHaveCount(
      TOPICS,
    );
    await page.screenshot({ path: 'test-results/screens/exam-ja-JP-dark.png', fullPage: true });
    await page.getByLabel('問題数', { exact: true }).fill('3');
    await page.getByRole('button', { name: '模擬試験を開始' }).click();
    await takeMockExam(page, 3);
    await expect(page.getByRole('heading', { name: '模擬試験の結果' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'トピック別の得点' })).toBeVisible();
    await page.screenshot({
      path: 'test-results/screens/exam-result-ja-JP-dark.png',
      fullPage: true,
    });
  });
});
