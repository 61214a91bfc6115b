import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * WCAG AA for the theme's text colours: every text/background pair the screens use has a
 * contrast ratio of at least 4.5:1, in light and in dark, read from theme.css itself.
 */
const css = readFileSync(new URL('../../src-renderer/ui/theme.css', import.meta.url), 'utf8');
const THEMES = ['light', 'dark'] as const;

function variables(): Map<string, Record<(typeof THEMES)[number], string>> {
  const found = new Map<string, Record<(typeof THEMES)[number], string>>();
  for (const m of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    found.set(m[1]!, { light: m[2]!, dark: m[3]! });
  }
  return found;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour on background, as the screens combine them. */
const PAIRS: [string, string][] = [
  ...['text', 'muted', 'accent', 'again', 'hard', 'good', 'easy'].flatMap(
    (fg): [string, string][] => [
      [fg, 'bg'],
      [fg, 'surface'],
    ],
  ),
  ['accent-text', 'accent'],
  ['text', 'missing-bg'],
  ['text', 'extra-bg'],
];

describe('theme contrast', () => {
  const vars = variables();

  it('computes the WCAG ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('reads every colour the pairs use', () => {
    for (const name of PAIRS.flat()) {
      expect(vars.has(name), name).toBe(true);
    }
  });

  for (const theme of THEMES) {
    it.each(PAIRS)(`${theme}: --%s on --%s is at least 4.5:1`, (fg, bg) => {
      const ratio = contrast(vars.get(fg)![theme], vars.get(bg)![theme]);
      expect(ratio, `${fg} on ${bg}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
    });
  }
});
