import { describe, expect, it } from 'vitest';
import { generateFromNotes } from '../../../src-renderer/lib/notes/generate';
import { generate } from './helpers';

describe('tables', () => {
  it('reads a GFM command-mapping table both ways, with the description asked as type-in', () => {
    const text = [
      '| cinder | openstack | 説明 |',
      '| --- | --- | --- |',
      '| `cinder list` | `openstack volume list` | ボリュームの一覧を表示する |',
    ].join('\n');
    const { cards, pairs } = generate(text);
    expect(pairs).toEqual([
      [
        'type-in',
        '**cinder:** `cinder list`\n\nボリュームの一覧を表示する\n\n**openstack:** ?',
        'openstack volume list',
      ],
      [
        'type-in',
        '**openstack:** `openstack volume list`\n\nボリュームの一覧を表示する\n\n**cinder:** ?',
        'cinder list',
      ],
      ['type-in', '**cinder** — ボリュームの一覧を表示する', 'cinder list'],
    ]);
    expect(cards.every((c) => c.source?.line === 3)).toBe(true);
  });

  it('reads a term | description table, rows shorter than the header included', () => {
    const text = [
      '| 用語 | 説明 | 備考 |',
      '|---|---|---|',
      '| part_power | パーティション数の指数 |',
      '| replicas | 複製の数 | 3 が多い |',
    ].join('\n');
    const { pairs } = generate(text);
    expect(pairs).toEqual([
      ['basic', 'part_power', 'パーティション数の指数'],
      ['type-in', 'パーティション数の指数', 'part_power'],
      ['basic', 'replicas', '**説明:** 複製の数\n\n**備考:** 3 が多い'],
    ]);
  });

  it('reads a table without a delimiter row; a one-cell row is a warning', () => {
    const text = '| a | b |\n| swift list | コンテナの一覧\n| 単独 |';
    const { pairs, warnings } = generate(text);
    expect(pairs).toEqual([
      ['type-in', 'コンテナの一覧', 'swift list'],
      ['basic', '`swift list`', 'コンテナの一覧'],
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({ line: 3, code: 'table-row-without-card' }),
    ]);
  });
});

describe('bullets', () => {
  it('splits term: description, term : description and full-width colons', () => {
    const { pairs } = generate(
      '- virt-df: 空き容量を表示\n- virt-edit : ファイルを編集\n- ボリューム：永続的なブロックデバイス',
    );
    expect(pairs).toEqual([
      ['basic', 'virt-df', '空き容量を表示'],
      ['type-in', '空き容量を表示', 'virt-df'],
      ['basic', 'virt-edit', 'ファイルを編集'],
      ['type-in', 'ファイルを編集', 'virt-edit'],
      ['basic', 'ボリューム', '永続的なブロックデバイス'],
      ['basic', '永続的なブロックデバイス', 'ボリューム'],
    ]);
  });

  it('adds nested bullets to a definition', () => {
    const { pairs } = generate(
      '- cloud-init: 初期設定\n    - 公開鍵を入れる\n    - ホスト名を設定する',
    );
    expect(pairs[0]).toEqual([
      'basic',
      'cloud-init',
      '- 初期設定\n- 公開鍵を入れる\n- ホスト名を設定する',
    ]);
  });

  it('warns about a nested command when nothing says what it does', () => {
    const { cards, warnings } = generate('- qemu-nbd\n    - qemu-nbd -c /dev/nbd0 image.qcow2');
    expect(cards).toEqual([]);
    expect(warnings.map((w) => [w.line, w.code])).toEqual([
      [2, 'command-without-description'],
      [1, 'no-cards'],
    ]);
  });

  it('does not split a colon inside quotes or a URL', () => {
    const { pairs, warnings } = generate(
      "- see http://example.com/x for more\n- swift post -m 'a: b' c",
    );
    expect(pairs.map(([kind, , back]) => [kind, back])).toEqual([
      ['type-in', "swift post -m 'a: b' c"],
    ]);
    expect(warnings.map((w) => [w.line, w.code])).toEqual([[1, 'prose-without-card']]);
  });
});

describe('paragraphs and code blocks', () => {
  it('takes a lead-in line before a code block as the prompt, and # comments inside it', () => {
    const text =
      'コンテナの一覧を表示するには:\n\n```sh\nswift list\n# オブジェクトをアップロードする\nswift upload <container> <file>\nswift stat  # アカウントの状態\n```';
    const { pairs, warnings } = generate(text);
    expect(pairs).toEqual([
      ['type-in', 'コンテナの一覧を表示するには:', 'swift list'],
      ['type-in', 'オブジェクトをアップロードする', 'swift upload <container> <file>'],
      ['type-in', 'アカウントの状態', 'swift stat'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('strips a shell prompt from the expected answer', () => {
    const { pairs } = generate('一覧:\n$ cinder list');
    expect(pairs).toEqual([['type-in', '一覧:', 'cinder list']]);
  });

  it('reports prose that gives no card, once per run of lines, with its first line', () => {
    const { warnings } = generate('# T\n\n一行目。\n二行目。\n\n三行目。');
    expect(warnings.map((w) => [w.line, w.code])).toEqual([
      [3, 'prose-without-card'],
      [6, 'prose-without-card'],
      [1, 'no-cards'],
    ]);
  });

  it('does not take English prose for a command', () => {
    const { warnings } = generate(
      'swift is an object store\n\nthe ring maps partitions to devices',
    );
    expect(warnings.map((w) => w.code)).toEqual([
      'prose-without-card',
      'prose-without-card',
      'no-cards',
    ]);
  });
});

describe('decks and tags', () => {
  it('gives sub-decks and topic tags from the top heading level only', () => {
    const text = '# 252.3 ブロックストレージ (Cinder)\n## コマンド\na::b\n# 252.4 Swift\nc::d';
    const { cards } = generate(text);
    expect(cards.map((c) => [c.deck, c.tags])).toEqual([
      ['Root::ブロックストレージ (Cinder)', ['252.3']],
      ['Root::Swift', ['252.4']],
    ]);
  });

  it('takes the deck and tags from front-matter, skipping a heading that repeats the deck name', () => {
    const text =
      '---\ndeck: OPCEL 252\ntags: [opcel, "exam"]\n---\n# OPCEL 252\n# 252.1 Glance\nq::a';
    const { cards } = generate(text);
    expect(cards[0]).toMatchObject({
      deck: 'OPCEL 252::Glance',
      tags: ['opcel', 'exam', '252.1'],
      source: { line: 7 },
    });
  });

  it('reads a YAML list of tags', () => {
    const { cards } = generate('---\ntags:\n  - one\n  - two\n---\nq::a');
    expect(cards[0]?.tags).toEqual(['one', 'two']);
  });

  it('takes the deck from a #flashcards/… tag', () => {
    const { cards, warnings } = generate('#flashcards/opcel/cinder\n\nq::a');
    expect(cards[0]?.deck).toBe('opcel::cinder');
    expect(warnings).toEqual([]);
  });

  it('uses the file name when nothing sets the deck', () => {
    const { cards } = generateFromNotes([{ path: 'dir/252.3-cinder.md', text: 'q::a' }]);
    expect(cards[0]?.deck).toBe('252.3-cinder');
  });
});

describe('less common Markdown', () => {
  it('reads ordered lists and block quotes like bullets and paragraphs', () => {
    expect(generate('1. cinder list: ボリューム一覧\n2. virt-df: 空き容量').pairs).toEqual([
      ['type-in', 'ボリューム一覧', 'cinder list'],
      ['basic', '`cinder list`', 'ボリューム一覧'],
      ['basic', 'virt-df', '空き容量'],
      ['type-in', '空き容量', 'virt-df'],
    ]);
    expect(generate('> swift stat: アカウントの状態\n> Q::A').pairs).toContainEqual([
      'basic',
      'Q',
      'A',
    ]);
  });

  it('reads a later paragraph of a list item as a description, not as lost text', () => {
    const { cards, warnings } = generate('- term\n\n  continuation paragraph\n\n  - nested desc');
    expect(cards.map((c) => [c.front, c.back])).toEqual([
      ['term', '- continuation paragraph\n- nested desc'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('takes setext headings and CRLF front-matter', () => {
    const { cards } = generate('---\r\ndeck: X\r\n---\r\nSwift\r\n=====\r\n\r\nq::a\r\n');
    expect(cards[0]).toMatchObject({ deck: 'X::Swift', source: { line: 7 } });
  });

  it('does not take two plain English words for a command', () => {
    const { pairs } = generate('- see also: description here');
    expect(pairs).toEqual([
      ['basic', 'see also', 'description here'],
      ['basic', 'description here', 'see also'],
    ]);
  });

  it('reports HTML blocks as text that gives no card', () => {
    expect(generate('<div>html</div>\n\nq::a').warnings).toEqual([
      expect.objectContaining({ line: 1, code: 'prose-without-card' }),
    ]);
  });
});

describe('code blocks', () => {
  it('warns once about lines that are not commands, such as output or a config file', () => {
    const { cards, warnings } = generate(
      '```\n# 設定を確認する\ncat /etc/cloud/cloud.cfg\nusers:\n  - default\n```',
    );
    expect(cards.map((c) => [c.front, c.back])).toEqual([
      ['設定を確認する', 'cat /etc/cloud/cloud.cfg'],
    ]);
    expect(warnings.map((w) => [w.line, w.code])).toEqual([[4, 'code-without-card']]);
  });

  it('keeps Markdown in a prompt taken from the line above a command', () => {
    const { pairs } = generate('**ボリューム**の一覧:\ncinder list');
    expect(pairs).toEqual([['type-in', '**ボリューム**の一覧:', 'cinder list']]);
  });
});

describe('two commands in one bullet', () => {
  it('pairs them like a mapping table, each tool asked for the other', () => {
    const { pairs } = generate('- `glance image-list`: `openstack image list`');
    expect(pairs).toEqual([
      ['type-in', '**glance:** `glance image-list`\n\n**openstack:** ?', 'openstack image list'],
      ['type-in', '**openstack:** `openstack image list`\n\n**glance:** ?', 'glance image-list'],
    ]);
  });
});

describe('pipe tables without outer pipes or delimiter row', () => {
  it('takes a first row of column names as the header', () => {
    const { pairs } = generate('glance | openstack\nglance image-list | openstack image list');
    expect(pairs).toEqual([
      ['type-in', '**glance:** `glance image-list`\n\n**openstack:** ?', 'openstack image list'],
      ['type-in', '**openstack:** `openstack image list`\n\n**glance:** ?', 'glance image-list'],
    ]);
  });

  it('keeps a first row of data as data', () => {
    const { cards } = generate('part_power | パーティション数の指数\nreplicas | 複製の数');
    expect(cards.filter((c) => c.kind === 'basic').map((c) => [c.front, c.back])).toEqual([
      ['part_power', 'パーティション数の指数'],
      ['replicas', '複製の数'],
    ]);
  });
});
