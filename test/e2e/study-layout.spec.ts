import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './fixtures';

/**
 * What a new learner sees at 1024 px and at 200 % zoom (512 px): the study heading names the
 * deck, not its `::` path; a command in the answer wraps between its words, never inside
 * `--file` or `<名前>`; a long typed answer stays in view; the navigation keeps デッキ and 設定
 * whole; the deck table stays inside its panel. Screenshots go to test-results/study-layout/.
 */
const shots = 'test-results/study-layout';
const LONG_ANSWER =
  'glance image-create --disk-format qcow2 --container-format bare --name <名前> --file <ファイル> --visibility public';

/** How many lines each element's text takes, from the text's own line boxes. */
async function linesOf(elements: Locator) {
  return elements.evaluateAll((nodes) =>
    nodes.map((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      const box = node.getBoundingClientRect();
      const line = node.closest('p, div')!.getBoundingClientRect();
      return { text: node.textContent ?? '', lines: tops.size, fits: box.width < line.width - 1 };
    }),
  );
}

/** Studies the Glance deck until a type-in card shows, answers it with a long command, reveals. */
async function revealLongAnswer(page: Page): Promise<void> {
  const glance = page.locator('tr[data-deck*="Glance"]').first();
  await glance.locator('a.study').click();
  const field = page.getByRole('textbox');
  const show = page.locator('.actions button.primary');
  for (let card = 0; card < 60; card++) {
    await expect(show).toBeVisible();
    if (await field.isVisible()) {
      break;
    }
    await show.click();
    await page.locator('.actions .grade-3').click();
  }
  await field.fill(LONG_ANSWER);
  const fits = await field.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
  expect(fits, 'the whole typed answer stays in view').toBe(true);
  await field.press('Enter');
  await expect(page.locator('.check')).toBeVisible();
}

for (const { locale, scheme } of [
  { locale: 'en-US', scheme: 'light' },
  { locale: 'ja-JP', scheme: 'dark' },
] as const) {
  test.describe(`${locale} ${scheme}`, () => {
    test.use({ locale, colorScheme: scheme });

    for (const width of [1024, 512]) {
      test(`${width} px: deck list and study screen keep words whole`, async ({ page }) => {
        await page.setViewportSize({ width, height: 768 });
        await openApp(page);

        const nav = await linesOf(page.locator('nav a'));
        expect(nav.filter((item) => item.lines > item.text.split(/\s+/).length)).toEqual([]);
        const overflow = await page.evaluate(() => {
          const panel = document.querySelector('section.panel')!.getBoundingClientRect();
          const actions = [...document.querySelectorAll('section.panel a.study')];
          return {
            page: document.documentElement.scrollWidth - window.innerWidth,
            table: Math.max(...actions.map((a) => a.getBoundingClientRect().right)) - panel.right,
          };
        });
        expect(overflow.page, 'the page does not scroll sideways').toBeLessThanOrEqual(0);
        expect(overflow.table, 'the Study buttons stay inside the panel').toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${shots}/${locale}-${scheme}-${width}-decks.png` });

        await revealLongAnswer(page);
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toContainText('Glance');
        await expect(heading).not.toContainText('::');
        const words = await linesOf(page.locator('.check .word, .check .token'));
        expect(words.length).toBeGreaterThan(3);
        expect(words.filter((word) => word.fits && word.lines > 1)).toEqual([]);
        await page.screenshot({
          path: `${shots}/${locale}-${scheme}-${width}-study.png`,
          fullPage: true,
        });
      });
    }
  });
}
