/**
 * inlineInfo skips the inline parser for runs that cannot contain inline Markdown: check that
 * shortcut against markdown-it itself, on real lines and on random ones built from the characters
 * that matter.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useFastTokens } from '../../../src-renderer/lib/notes/fast-tokens';
import { inlineInfo, pipeCount, splitPipeRow } from '../../../src-renderer/lib/notes/markdown';

const md = new MarkdownIt();

function parserPlain(text: string): string {
  const tokens = md.parseInline(text.trim(), {})[0]?.children ?? [];
  return tokens
    .map((t) =>
      ['text', 'code_inline', 'html_inline'].includes(t.type)
        ? t.content
        : t.type === 'softbreak'
          ? '\n'
          : '',
    )
    .join('')
    .trim();
}

function realLines(): string[] {
  const deck = new URL('../../../decks/opcel-252/', import.meta.url);
  const texts = [
    readFileSync(new URL('../../data/notes/000_3af3aa1cc6fa0faa.txt', import.meta.url), 'utf8'),
  ];
  for (const name of readdirSync(deck)) {
    texts.push(readFileSync(new URL(name, deck), 'utf8'));
  }
  return texts.flatMap((text) => text.split('\n')).flatMap((line) => [line, ...splitPipeRow(line)]);
}

describe('inlineInfo', () => {
  it('gives the same plain text as markdown-it on every line of the seed and the shipped deck', () => {
    const lines = realLines();
    expect(lines.length).toBeGreaterThan(500);
    for (const line of lines) {
      expect(inlineInfo(line).plain, line).toBe(parserPlain(line));
    }
  });

  it('gives the same plain text as markdown-it on random runs of Markdown-ish characters', () => {
    const piece = fc.constantFrom(
      'a',
      'b_c',
      ' ',
      '`',
      '``',
      '*',
      '_',
      '[x]',
      '](u)',
      '<c>',
      '\\',
      '&amp;',
      'コ',
      ':',
      '~~',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(inlineInfo(text).plain).toBe(parserPlain(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('tells a link alone from a link in text', () => {
    expect(inlineInfo('[glance-cache](http://docs.openstack.org/)')).toEqual({
      plain: 'glance-cache',
      linkOnly: true,
    });
    expect(inlineInfo('see [docs](http://x)').linkOnly).toBe(false);
  });
});

describe('pipe rows', () => {
  it('splits the seed rows, with or without outer pipes, keeping pipes in code and escaped', () => {
    expect(splitPipeRow('| glance-cache-cleaner    | glanceキャッシュのクリーンアップ')).toEqual([
      'glance-cache-cleaner',
      'glanceキャッシュのクリーンアップ',
    ]);
    expect(splitPipeRow('| [glance-cache](http://x) | | |')).toEqual([
      '[glance-cache](http://x)',
      '',
      '',
    ]);
    expect(splitPipeRow('a | `x | y` | b \\| c')).toEqual(['a', '`x | y`', 'b | c']);
    expect(pipeCount('builder_file | account.builder')).toBe(1);
    expect(pipeCount('`a | b`')).toBe(0);
  });
});

describe('inlineInfo code spans', () => {
  it.each(['`a``b`', '``a`b``', '` a `', '`a` and `b`', 'x `` y'])(
    'reads %s as markdown-it does',
    (text) => {
      expect(inlineInfo(text).plain).toBe(parserPlain(text));
    },
  );
});

describe('useFastTokens', () => {
  it('gives the same block tokens as markdown-it itself on the seed and the shipped deck', () => {
    const plain = new MarkdownIt();
    const fast = new MarkdownIt();
    useFastTokens(fast);
    const deck = new URL('../../../decks/opcel-252/', import.meta.url);
    const texts = [
      readFileSync(new URL('../../data/notes/000_3af3aa1cc6fa0faa.txt', import.meta.url), 'utf8'),
    ];
    texts.push(...readdirSync(deck).map((name) => readFileSync(new URL(name, deck), 'utf8')));
    for (const text of texts) {
      const expected = plain.parse(text, {});
      const actual = fast.parse(text, {});
      expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(actual.every((token) => token instanceof expected[0]!.constructor)).toBe(true);
      expect(fast.renderer.render(actual, fast.options, {})).toBe(
        plain.renderer.render(expected, plain.options, {}),
      );
    }
  });
});
