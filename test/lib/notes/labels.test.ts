/**
 * A card's context label (parent bullet, table column, tool) is plain text set in bold: the
 * characters Markdown reads as syntax must not change how it renders (`**virt-* の使い方**`
 * rendered as nested emphasis with a stray `*`).
 */
import { describe, expect, it } from 'vitest';
import { readMarkdown, writeMarkdown } from '../../../src-renderer/lib/formats/markdown';
import { boldText } from '../../../src-renderer/lib/notes/markdown';
import { renderMarkdown } from '../../../src-renderer/lib/render/markdown';
import { generate } from './helpers';

const strongOf = (markdown: string): string | undefined =>
  /^<p><strong>(.*?)<\/strong>/.exec(renderMarkdown(markdown))?.[1];

describe('context labels', () => {
  it('render a parent bullet with `*` in it as the bold text the notes have', () => {
    const { cards } = generate(
      [
        '- virt-* の使い方',
        '    - イメージ内のファイルを編集する: `virt-edit -a <イメージ> <ファイル>`',
      ].join('\n'),
    );
    const [card] = cards;
    expect(card?.kind).toBe('type-in');
    expect(renderMarkdown(card!.front).trim()).toBe(
      '<p><strong>virt-* の使い方</strong> — イメージ内のファイルを編集する</p>',
    );
  });

  it('render every Markdown-special character of a label as itself', () => {
    for (const label of [
      'virt-*',
      'glance-cache-* ツール',
      'a `b` c',
      'x\\y',
      '_x_ y',
      '~~s~~',
      '**bold**',
    ]) {
      expect(strongOf(`${boldText(label)} — q`)).toBe(label);
    }
  });

  it('leave ordinary labels as they were, so their cards keep their ids', () => {
    for (const label of ['swift のサブコマンド', 'min_part_hours', 'create の引数', 'qemu-img']) {
      expect(boldText(label)).toBe(`**${label}**`);
    }
  });

  it('survive a Markdown export and re-import with the same card ids', () => {
    const { cards } = generate(
      ['- virt-* の使い方', '    - イメージ内の空き容量を表示する: `virt-df -a <イメージ>`'].join(
        '\n',
      ),
    );
    expect(cards[0]?.front).toBe('**virt-\\* の使い方** — イメージ内の空き容量を表示する');
    const text = writeMarkdown({ deckName: 'Root', cards });
    const back = readMarkdown([{ path: 'x.md', bytes: new TextEncoder().encode(text) }], 'x').cards;
    expect(back.map((card) => card.id)).toEqual(cards.map((card) => card.id));
  });
});
