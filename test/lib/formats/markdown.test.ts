import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CardContent } from '../../../src-renderer/lib/cards/card';
import { ParseError } from '../../../src-renderer/lib/errors';
import { readMarkdown, writeMarkdown } from '../../../src-renderer/lib/formats/markdown';
import { generateFromNotes } from '../../../src-renderer/lib/notes/generate';

const folder = 'decks/opcel-252/';
const shipped = readdirSync(folder)
  // README.md describes the deck; the deck loaders skip it.
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
  .map((name) => ({ path: name, text: readFileSync(folder + name, 'utf8') }));
const content = ({ source: _source, ...card }: CardContent) => card;
/** The export groups cards by deck and writes pairs together, so compare in id order. */
const sorted = (cards: CardContent[]) =>
  cards.map(content).sort((a, b) => a.id.localeCompare(b.id));
const reimport = (text: string) =>
  readMarkdown([{ path: 'export.md', bytes: new TextEncoder().encode(text) }], 'unused').cards;

describe('Markdown export', () => {
  test.each(shipped.map((file) => [file.path, file] as const))(
    'the cards of the shipped %s re-import with the same ids, decks, sides, kinds and tags',
    (_, file) => {
      const { cards } = generateFromNotes([file]);
      expect(cards.length).toBeGreaterThan(10);
      const text = writeMarkdown({ deckName: 'OPCEL 252', cards });
      expect(text.startsWith('---\ndeck: OPCEL 252')).toBe(true);
      expect(sorted(reimport(text))).toEqual(sorted(cards));
    },
  );

  test('the whole OPCEL 252 deck in one file, with type-in command cards', () => {
    const { cards } = generateFromNotes(shipped);
    expect(cards.filter((c) => c.kind === 'type-in').length).toBeGreaterThan(20);
    const back = reimport(writeMarkdown({ deckName: 'OPCEL 252', cards }));
    expect(sorted(back)).toEqual(sorted(cards));
  });

  test('clozes (numbered, highlighted, with hints) and two-way cards keep their ids', () => {
    const notes = [
      '---',
      'deck: OPCEL 252::Swift',
      'tags: [swift]',
      '---',
      '',
      'レプリカ数は {{c2::3}}、パーティション数は {{c1::2^10::指数}}',
      '',
      'リングファイルは ==object.builder== から作る',
      '',
      'swift-ring-builder:::リングの作成・管理を行うコマンド',
      '',
      'account.builder を作る',
      '?',
      'swift-ring-builder account.builder create 10 3 1',
      '(part_power replicas min_part_hours)',
    ].join('\n');
    const { cards } = generateFromNotes([{ path: 'swift.md', text: notes }]);
    expect(cards.map((c) => c.kind)).toEqual([
      'cloze',
      'cloze',
      'cloze',
      'basic',
      'basic',
      'basic',
    ]);
    const text = writeMarkdown({ deckName: 'OPCEL 252', cards });
    expect(text).toContain('{{c2::3}}');
    expect(text).toContain(':::');
    expect(sorted(reimport(text))).toEqual(sorted(cards));
  });

  test('cards from elsewhere (CSV, Anki) are written as question/answer pairs', () => {
    const cards: CardContent[] = [
      {
        id: 'x1',
        deck: 'Imported::Sub',
        front: 'a::b in a question',
        back: 'two\nlines',
        kind: 'basic',
        tags: [],
      },
    ];
    const back = reimport(writeMarkdown({ deckName: 'Imported', cards }));
    expect(back.map((c) => [c.deck, c.front, c.back])).toEqual([
      ['Imported::Sub', 'a::b in a question', 'two\nlines'],
    ]);
  });

  // An edited command-mapping card (or an Anki note of two paragraphs) was written as
  // `para 1\n\npara 2\n\n**openstack:** ?\n?\nanswer`: it came back as `**openstack:** ?` alone,
  // the first paragraphs dropped with a warning each.
  test('a side of several paragraphs comes back whole, as lines of one paragraph', () => {
    const cards: CardContent[] = [
      {
        id: 'c0edited0mapping',
        deck: 'OPCEL 252::Cinder',
        front: '**cinder:** `cinder list`\n\nボリュームの一覧を表示する\n\n**openstack:** ?',
        back: 'openstack volume list --long\n\n(--long: more columns)',
        kind: 'basic',
        tags: [],
      },
    ];
    const text = writeMarkdown({ deckName: 'OPCEL 252', cards });
    const { cards: back, warnings } = readMarkdown(
      [{ path: 'export.md', bytes: new TextEncoder().encode(text) }],
      'unused',
    );
    expect(warnings).toEqual([]);
    expect(back.map((c) => [c.front.split(/ *\n/), c.back.split(/ *\n/)])).toEqual([
      [
        ['**cinder:** `cinder list`', 'ボリュームの一覧を表示する', '**openstack:** ?'],
        ['openstack volume list --long', '(--long: more columns)'],
      ],
    ]);
  });

  test('non-UTF-8 bytes are a ParseError with the file and line', () => {
    const bytes = new Uint8Array([0x51, 0x3a, 0x3a, 0x41, 0x0a, 0x95, 0x5c]);
    expect(() => readMarkdown([{ path: 'sjis.md', bytes }], 'D')).toThrow(ParseError);
    expect(() => readMarkdown([{ path: 'sjis.md', bytes }], 'D')).toThrow(
      expect.objectContaining({ location: { file: 'sjis.md', line: 2 } }),
    );
  });
});
