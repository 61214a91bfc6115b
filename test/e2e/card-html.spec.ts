import { expect, test } from '@playwright/test';
import { openApp } from './fixtures';

const HOSTILE_FRONT =
  'Which tag is this? <img src=x onerror="window.__pwned = 1"> <script>window.__pwned = 2</script>';
const HOSTILE_BACK = '**bold** and <a href="javascript:window.__pwned=3">a link</a>';

/**
 * Puts a card with hostile HTML straight into IndexedDB, as a malicious deck file would after
 * any import path, and checks the study screen shows it as text and runs nothing.
 */
test('card text with <img onerror> and <script> renders as text and runs nothing', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openApp(page);
  await page.evaluate(
    ({ front, back }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('recall-deck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['decks', 'cards', 'schedules'], 'readwrite');
          tx.objectStore('decks').put({
            name: 'Hostile',
            ord: 1000,
            newPerDay: 20,
            reviewsPerDay: 200,
            createdAt: 0,
          });
          tx.objectStore('cards').put({
            id: 'hostile-1',
            deck: 'Hostile',
            front,
            back,
            kind: 'basic',
            tags: [],
            position: 1_000_000,
            createdAt: 0,
            updatedAt: 0,
          });
          tx.objectStore('schedules').put({
            cardId: 'hostile-1',
            deck: 'Hostile',
            queue: 'new',
            state: 'new',
            due: 1_000_000,
            stability: 0,
            difficulty: 0,
            scheduledDays: 0,
            learningSteps: 0,
            reps: 0,
            lapses: 0,
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { front: HOSTILE_FRONT, back: HOSTILE_BACK },
  );
  await page.reload();
  await page.getByRole('button', { name: 'Study Hostile' }).click();
  const card = page.locator('article.card');
  await expect(card).toContainText('<img src=x onerror="window.__pwned = 1">');
  await expect(card).toContainText('<script>window.__pwned = 2</script>');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(card.locator('strong')).toHaveText('bold');
  expect(await card.locator('img, script, a[href^="javascript"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
