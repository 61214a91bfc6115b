import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stableCardId } from '../../../src-renderer/lib/cards/id';
import { ParseError, ValidationError } from '../../../src-renderer/lib/errors';
import {
  applyCsvMapping,
  parseCsv,
  sniffCsv,
  writeCsv,
} from '../../../src-renderer/lib/formats/csv';
import { readDeckJson } from '../../../src-renderer/lib/formats/deck-json';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));
const encode = (text: string) => new TextEncoder().encode(text);

describe('sniffCsv on files saved the way Excel saves them', () => {
  test.each([
    ['excel-cp932.csv', 'shift_jis', false, ','],
    ['excel-utf8-bom.csv', 'utf-8', true, ','],
    ['excel-unicode.txt', 'utf-16le', true, '\t'],
  ] as const)(
    '%s: encoding, header row, mapping and quoted fields',
    (name, encoding, bom, delimiter) => {
      const sniff = sniffCsv(fixture(name), name);
      expect(sniff).toMatchObject({ encoding, bom, delimiter, hasHeader: true });
      expect(sniff.headers).toEqual(['表', '裏', 'タグ']);
      expect(sniff.mapping).toEqual({ front: 0, back: 1, tags: 2 });
      expect(sniff.preview).toHaveLength(5);
      const result = applyCsvMapping(sniff, sniff.mapping, 'OPCEL 252');
      expect(result.warnings).toEqual([]);
      expect(result.cards).toHaveLength(5);
      expect(result.cards[1]).toMatchObject({
        front: 'glance-cache-pruner',
        back: 'キャッシュが一定サイズを超えていたら、最近使用されていないキャッシュを捨てる',
        tags: ['glance'],
        deck: 'OPCEL 252',
        id: stableCardId('OPCEL 252', 'glance-cache-pruner'),
      });
      expect(result.cards[3]).toMatchObject({
        front: 'guestfish の "--rw" は?',
        back: '読み書き可能でイメージを開く\n(省略すると読み取り専用)',
      });
      expect(result.cards[0]?.tags).toEqual(['glance', 'cache']);
    },
  );
});

describe('CSV/TSV parsing', () => {
  test('tab delimiter is detected and a headerless file maps column 1 to front', () => {
    const sniff = sniffCsv(
      encode('swift stat\tアカウント情報を表示\nswift list\tコンテナ一覧\n'),
      'x.txt.csv',
    );
    expect(sniff).toMatchObject({
      delimiter: '\t',
      hasHeader: false,
      mapping: { front: 0, back: 1 },
    });
    expect(sniff.headers).toEqual(['1', '2']);
    expect(applyCsvMapping(sniff, sniff.mapping, 'Swift').cards.map((c) => c.front)).toEqual([
      'swift stat',
      'swift list',
    ]);
  });

  test('a mapping chosen by the user (back first, deck column) is applied', () => {
    const table = parseCsv(encode('answer,question,deck\nA1,Q1,X::Y\nA2,Q2,\n'), 'm.csv');
    const result = applyCsvMapping(table, { front: 1, back: 0, deck: 2 }, 'Default');
    expect(result.cards.map((c) => [c.front, c.back, c.deck])).toEqual([
      ['Q1', 'A1', 'X::Y'],
      ['Q2', 'A2', 'Default'],
    ]);
  });

  test('rows with an empty front and repeated questions are skipped with their row numbers', () => {
    const table = parseCsv(encode('front,back\nQ,A\n,orphan\nQ,again\n'), 'd.csv');
    const result = applyCsvMapping(table, { front: 0, back: 1 }, 'D');
    expect(result.cards).toHaveLength(1);
    expect(result.warnings.map((w) => [w.line, w.code])).toEqual([
      [3, 'csv-empty-front'],
      [4, 'csv-duplicate'],
    ]);
  });

  test('an unterminated quote is a ParseError naming the row', () => {
    const error = (() => {
      try {
        parseCsv(encode('front,back\nQ,A\n"unterminated,B\n'), 'q.csv');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).describe()).toMatch(/^q\.csv:\d+: /);
  });

  test('an unknown kind is a ValidationError on its row', () => {
    const table = parseCsv(encode('front,back,kind\nQ,A,basic\nQ2,A2,essay\n'), 'k.csv');
    const run = () => applyCsvMapping(table, { front: 0, back: 1, kind: 2 }, 'D');
    expect(run).toThrow(ValidationError);
    expect(run).toThrow(expect.objectContaining({ location: { file: 'k.csv', line: 3 } }));
  });

  test('binary input is refused', () => {
    expect(() => sniffCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff]), 'b.csv')).toThrow(
      ParseError,
    );
  });
});

describe('CSV round trip', () => {
  test.each([',', '\t'] as const)(
    'writeCsv → parse gives the same cards (delimiter %j)',
    (delimiter) => {
      const deck = readDeckJson(fixture('deck-v1.json'), 'deck-v1.json');
      const content = deck.cards.map(({ schedule: _s, logs: _l, source: _src, ...card }) => card);
      const text = writeCsv({ deckName: deck.deckName, cards: content }, delimiter);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const sniff = sniffCsv(encode(text), delimiter === ',' ? 'r.csv' : 'r.tsv');
      expect(sniff.mapping).toEqual({ front: 0, back: 1, tags: 2, deck: 3, kind: 4, id: 5 });
      const back = applyCsvMapping(sniff, sniff.mapping, deck.deckName);
      expect(back.cards).toEqual(content);
    },
  );
});

// Anki's "Notes in Plain Text" export opens with `#key:value` lines; they were read as cards
// ("#separator:tab" with an empty back) and the note type column as the front.
describe('Anki plain-text exports (file headers)', () => {
  test('every column Anki can add: note type, deck, HTML fields and tags', () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#notetype column:1',
      '#deck column:2',
      '#tags column:5',
      'Basic\tMy Anki::Linux\tWhat does <b>ls -l</b> show?\tLong listing<br>with permissions\tlinux shell',
      'Cloze\tMy Anki::Linux\t{{c1::grep}} searches text for patterns\t\tlinux',
      'Basic\tMy Anki::Linux\t\tno front\tlinux',
    ].join('\n');
    const sniff = sniffCsv(encode(text), 'All Decks.txt');
    expect(sniff).toMatchObject({ delimiter: '\t', hasHeader: false });
    expect(sniff.mapping).toEqual({ front: 2, back: 3, deck: 1, tags: 4 });
    expect(sniff.preview[0]?.[0]).toBe('Basic');
    const result = applyCsvMapping(sniff, sniff.mapping, 'All Decks');
    expect(result.cards.map((c) => [c.front, c.back, c.deck, c.kind, c.tags])).toEqual([
      [
        'What does ls -l show?',
        'Long listing\nwith permissions',
        'My Anki::Linux',
        'basic',
        ['linux', 'shell'],
      ],
      ['{{c1::grep}} searches text for patterns', '', 'My Anki::Linux', 'cloze', ['linux']],
    ]);
    // Row numbers are the file's lines, headers counted.
    expect(result.warnings.map((w) => [w.line, w.code])).toEqual([[8, 'csv-empty-front']]);
  });

  test('the default export (tags only), and headers that name the separator and columns', () => {
    const plain = sniffCsv(
      encode('#separator:tab\n#html:false\n#tags column:3\nswift stat\tアカウント情報\tswift\n'),
      'Swift.txt',
    );
    expect(plain.mapping).toEqual({ front: 0, back: 1, tags: 2 });
    expect(applyCsvMapping(plain, plain.mapping, 'Swift').cards).toMatchObject([
      { front: 'swift stat', back: 'アカウント情報', tags: ['swift'] },
    ]);

    const named = sniffCsv(
      encode('#separator:Semicolon\n#columns:Back;Front\n#tags:opcel cinder\n#deck:Cinder\nA;Q\n'),
      'named.csv',
    );
    expect(named).toMatchObject({ delimiter: ';', headers: ['Back', 'Front'] });
    expect(named.anki).toMatchObject({ lines: 4, deck: 'Cinder' });
    expect(named.mapping).toEqual({ front: 1, back: 0 });
    expect(applyCsvMapping(named, named.mapping, 'Cinder').cards).toMatchObject([
      { front: 'Q', back: 'A', tags: ['opcel', 'cinder'], deck: 'Cinder' },
    ]);
  });
});
