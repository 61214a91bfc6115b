/**
 * Golden test on a real user's notes (test/data/notes/000_3af3aa1cc6fa0faa.txt, the seed as-is):
 * counts by kind and deck, a hand-checked sample of cards, and every warning with its line.
 */
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { CardContent } from '../../../src-renderer/lib/cards/card';
import { generateFromNotes } from '../../../src-renderer/lib/notes/generate';

const path = '000_3af3aa1cc6fa0faa.txt';
const text = readFileSync(new URL(`../../data/notes/${path}`, import.meta.url), 'utf8');
const { cards, warnings } = generateFromNotes([{ path, text }], { rootDeck: 'OPCEL 252' });

function card(front: string): CardContent {
  const found = cards.find((c) => c.front === front);
  if (!found) {
    throw new Error(`no card with front ${front}`);
  }
  return found;
}

function countBy(key: (c: CardContent) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of cards) {
    counts[key(c)] = (counts[key(c)] ?? 0) + 1;
  }
  return counts;
}

describe('the seed notes', () => {
  it('give the expected number of cards by kind and deck', () => {
    expect(cards).toHaveLength(103);
    expect(countBy((c) => c.kind)).toEqual({ 'type-in': 71, basic: 32 });
    expect(countBy((c) => c.deck)).toEqual({
      'OPCEL 252::イメージサービス (Glance)': 21,
      'OPCEL 252::イメージの作成': 43,
      'OPCEL 252::ブロックストレージ (Cinder)': 13,
      'OPCEL 252::オブジェクトストレージ (Swift)': 26,
    });
  });

  it('reads the table without a delimiter row as glance ↔ openstack cards both ways', () => {
    const forward = card('**glance:** `glance image-show [image]`\n\n**openstack:** ?');
    expect(forward).toMatchObject({
      kind: 'type-in',
      back: 'openstack image show [image]',
      deck: 'OPCEL 252::イメージサービス (Glance)',
      tags: ['252.1'],
      source: { file: path, line: 9 },
    });
    expect(card('**openstack:** `openstack image show [image]`\n\n**glance:** ?').back).toBe(
      'glance image-show [image]',
    );
  });

  it('uses the link-only row as a sub-heading for the short rows below it', () => {
    expect(card('**glance-cache** — glance-cache-pruner')).toMatchObject({
      kind: 'basic',
      back: 'キャッシュが一定サイズを超えていたら最近使用されていないキャッシュを捨てる',
      source: { file: path, line: 14 },
    });
    expect(card('**glance-cache** — glanceキャッシュの管理')).toMatchObject({
      kind: 'type-in',
      back: 'glance-cache-manager',
    });
  });

  it('turns a plain list under a heading into one card', () => {
    expect(card('イメージサービス (Glance) › 設定ファイル').back).toBe(
      '- glance-api.conf\n- glance-cache.conf\n- glance-registry.conf\n- glance-scrubber.conf\n- schema-image.json',
    );
  });

  it('describes a bullet by its nested bullets and asks its nested command as type-in', () => {
    expect(card('guestfish')).toMatchObject({
      kind: 'basic',
      back: '- 仮想マシンイメージ内のファイルを編集できる\n- 専用のシェル上で操作する',
      tags: ['252.2'],
      source: { file: path, line: 28 },
    });
    expect(
      card('**guestfish** — 仮想マシンイメージ内のファイルを編集できる; 専用のシェル上で操作する'),
    ).toMatchObject({
      kind: 'type-in',
      back: 'guestfish --rw -a centos63_desktop.img',
      source: { file: path, line: 30 },
    });
  });

  it('splits `term: description` bullets, with the command side typed in', () => {
    expect(card('**libguestfs tools (virt-\\*)** — virt-df').back).toBe(
      'イメージ内の空き容量を表示',
    );
    expect(card('**losetup, kpartx** — 未使用のloopデバイスを見つける')).toMatchObject({
      kind: 'type-in',
      back: 'losetup -f',
    });
    expect(card('**qemu-img** — rawからqcow2へのコンバート').back).toBe(
      'qemu-image convert -c -f raw -O qcow2 original.img resize.qcow2',
    );
    expect(card('**losetup, kpartx** — クリーンアップ').back).toBe(
      'umount /mnt/image; rmdir /mnt/image; kpartx -d /dev/loop0; losetup -d /dev/loop0',
    );
  });

  it('asks a command with the prose line just above it as the prompt', () => {
    expect(card('webサーバのディレクトリインデックス表示ができる')).toMatchObject({
      kind: 'type-in',
      back: "swift post -m 'web-listings: true' public",
      tags: ['252.4'],
      source: { file: path, line: 95 },
    });
    expect(card('デバイスを追加・削除したあとは、').back).toBe(
      'swift-ring-builder <builder-file> rebalance',
    );
  });

  it('asks the parameters defined under a command syntax line in its context', () => {
    const syntax =
      '`swift-ring-builder <builder_file> create <part_power> <replicas> <min_part_hours>`';
    expect(card(`**${syntax}** — replicas`).back).toBe('1つのオブジェクトの複製を作る数');
    expect(card(`**${syntax}** — builder_file`).back).toBe(
      'account.builder, container.builder, object.builder',
    );
  });

  it("asks bare command lines with what their tool's help says they do, in the notes' Japanese", () => {
    expect(card('**cinder** — すべてのボリュームを一覧表示する。')).toMatchObject({
      kind: 'type-in',
      back: 'cinder list',
      deck: 'OPCEL 252::ブロックストレージ (Cinder)',
      tags: ['252.3'],
      source: { file: path, line: 76 },
    });
    // The arguments are the hint that tells `swift list` from `swift list <container>`.
    const list = 'アカウントのコンテナ、またはコンテナのオブジェクトを一覧表示する。';
    expect(card(`**swift** — ${list}`).back).toBe('swift list');
    expect(card(`**swift** — ${list}（\`<container>\`）`).back).toBe('swift list <container>');
    expect(card('**nova** — ボリュームをサーバにアタッチする。（`vm volume`）').back).toBe(
      'nova volume-attach vm volume',
    );
  });

  it('warns, with the line, about every command and paragraph that gives no card', () => {
    const lines = (code: string): number[] =>
      warnings.filter((w) => w.code === code).map((w) => w.line);
    expect(lines('command-without-description')).toEqual([66, 67, 75, 106, 107]);
    expect(lines('unknown-subcommand')).toEqual([75]);
    expect(lines('prose-without-card')).toEqual([110, 114, 117, 137, 145, 148]);
    expect(warnings).toHaveLength(12);
    expect(warnings.every((w) => w.file === path && w.message.length > 0)).toBe(true);
  });

  it('keeps placeholders like <builder_file> inside code, so a Markdown renderer shows them', () => {
    const md = new MarkdownIt({ html: true });
    const htmlIn = (markdown: string): string[] =>
      md
        .parseInline(markdown, {})
        .flatMap((token) => token.children ?? [])
        .filter((token) => token.type === 'html_inline')
        .map((token) => token.content);
    for (const c of cards) {
      expect(htmlIn(c.front)).toEqual([]);
      if (c.kind !== 'type-in') {
        expect(htmlIn(c.back)).toEqual([]);
      }
    }
  });

  it('gives every card a distinct stable id', () => {
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    expect(cards.every((c) => /^c[0-9a-f]{16}$/.test(c.id))).toBe(true);
  });
});
