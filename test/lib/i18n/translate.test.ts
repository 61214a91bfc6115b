import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { translate } from '../../../src-renderer/lib/i18n';

describe('translate', () => {
  test('a count takes the word its number needs in English', () => {
    const done = (count: number | string) => translate('en', 'browse.done.suspend', { count });
    expect(done(1)).toBe('Suspended 1 card.');
    expect(done(0)).toBe('Suspended 0 cards.');
    expect(done(3)).toBe('Suspended 3 cards.');
    expect(done('1,000')).toBe('Suspended 1,000 cards.');
    expect(translate('en', 'stats.intervals.summary', { mean: '1.5' })).toBe(
      'Average interval: 1.5 days',
    );
    expect(translate('en', 'result.relearned', { count: 1 })).toBe('1 card is in relearning now.');
    expect(translate('en', 'result.relearned', { count: 2 })).toBe(
      '2 cards are in relearning now.',
    );
  });

  test('Japanese has one form', () => {
    expect(translate('ja', 'browse.done.suspend', { count: 1 })).toBe(
      translate('ja', 'browse.done.suspend', { count: 2 }).replace('2', '1'),
    );
  });

  test('no English message puts a plural noun after a number without choosing its form', () => {
    const dir = 'src-renderer/lib/i18n/catalog';
    const unchosen = readdirSync(dir).flatMap((file) => {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const english = source.slice(0, source.indexOf('\n  ja: {'));
      return [
        ...english.matchAll(
          /\{(\w+)\} (cards|days|reviews|minutes|partitions|devices|replicas|columns|errors|times)\b/g,
        ),
      ]
        .filter(([, param]) => param !== 'kind')
        .map(([whole]) => `${file}: ${whole}`);
    });
    expect(unchosen).toEqual([]);
  });
});
