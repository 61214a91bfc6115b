import { describe, expect, test } from 'vitest';
import {
  MARKDOWN_BUDGET_CHARS,
  PLAIN_SHOWN_CHARS,
  renderCardText,
} from '../../../src-renderer/lib/render/markdown';

const line = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('card text within a time and size budget', () => {
  test('a 5 MB line of `*_` (72 s through markdown-it) is shown plain and cut, at once', () => {
    const start = performance.now();
    const rendered = renderCardText(line('*_', 5 * 1024 * 1024));
    expect(performance.now() - start).toBeLessThan(200);
    expect(rendered).toMatchObject({ plain: true, truncated: true });
    expect(rendered.html).toBe(`<p class="plain-text">${line('*_', PLAIN_SHOWN_CHARS)}</p>`);
  });

  test('plain text is escaped', () => {
    const rendered = renderCardText(
      `<img src=x onerror=alert(1)> & "q" 'a' ${line('x', MARKDOWN_BUDGET_CHARS)}`,
    );
    expect(rendered.html).toMatch(
      /^<p class="plain-text">&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;q&quot; &#39;a&#39; x+<\/p>$/,
    );
  });

  test.each(['*_', '[', '**a', '`a'])(
    'text of `%s` just within the budget is formatted in well under a second',
    (unit) => {
      renderCardText(line(unit, 1000));
      const start = performance.now();
      const rendered = renderCardText(line(unit, MARKDOWN_BUDGET_CHARS));
      expect(rendered.plain).toBe(false);
      expect(performance.now() - start).toBeLessThan(1000);
    },
  );

  test('inline image data does not count towards the budget', () => {
    const image = `![](data:image/png;base64,${'A'.repeat(2 * MARKDOWN_BUDGET_CHARS)})`;
    const rendered = renderCardText(`**virt-df**\n\n${image}`);
    expect(rendered.plain).toBe(false);
    expect(rendered.html).toContain('<strong>virt-df</strong>');
    expect(rendered.html).toContain('<img src="data:image/png;base64,AAAA');
  });
});
