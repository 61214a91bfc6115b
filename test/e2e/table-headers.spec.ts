import { expect, test, type Page } from '@playwright/test';
import { openApp } from './fixtures';

/**
 * Japanese has no spaces to break at, so a narrow column used to stack its header one character
 * a line. At 1024 px, and at 200 % zoom, every header of every table keeps each run of Japanese on one line.
 */
test.use({ locale: 'ja-JP' });

/** Per header: its text and how many lines it takes, from the text's own line boxes. */
async function headerLines(page: Page) {
  return page.locator('th').evaluateAll((cells) =>
    cells
      .filter(
        (cell) =>
          cell.textContent?.trim() &&
          cell.checkVisibility() &&
          !cell.querySelector('.visually-hidden'),
      )
      .map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { text: cell.textContent!.trim(), lines: tops.size };
      }),
  );
}

async function command(page: Page, line: string): Promise<void> {
  const input = page.locator('#ring-command');
  await input.fill(line);
  await input.press('Enter');
  await expect(page.getByTestId('ring-transcript')).toContainText(line.split(' ').at(-1)!);
}

const SCREENS: Record<string, (page: Page) => Promise<void>> = {
  'the deck list': async () => undefined,
  'the ring calculator after a rebalance': async (page) => {
    await page.goto('./#/calculator');
    await command(page, 'create 8 3 1');
    await command(
      page,
      'add r1z1-10.0.0.1:6200/sdb1 100 r1z2-10.0.0.2:6200/sdb1 100 r2z1-10.0.1.1:6200/sdb1 200 r2z2-10.0.1.2:6200/sdb1 300',
    );
    await command(page, 'rebalance --seed 2');
    await expect(page.getByTestId('ring-tiers')).toBeVisible();
  },
};

// 512 px wide is a 1024 px window at 200 % zoom.
for (const width of [1024, 512]) {
  for (const [screen, open] of Object.entries(SCREENS)) {
    test(`${width} px: headers of ${screen} keep Japanese words whole`, async ({ page }) => {
      await page.setViewportSize({ width, height: 768 });
      await openApp(page);
      await open(page);
      await expect(page.locator('th').first()).toBeVisible();
      const headers = await headerLines(page);
      expect(headers.length).toBeGreaterThan(0);
      // A header with spaces may wrap at them; one without may not wrap at all.
      const broken = headers.filter((h) => h.lines > h.text.split(/\s+/).length);
      expect(broken).toEqual([]);
      await page.screenshot({
        path: `test-results/table-headers/${width}-${screen.replace(/\W+/g, '-')}.png`,
        fullPage: true,
      });
    });
  }
}
