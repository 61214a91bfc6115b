import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stableCardId } from '../../../src-renderer/lib/cards/id';
import {
  ParseError,
  UnsupportedVersionError,
  ValidationError,
} from '../../../src-renderer/lib/errors';
import {
  cardContentOf,
  parseDeckJson,
  readDeckJson,
  writeDeckJson,
} from '../../../src-renderer/lib/formats/deck-json';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));
const caught = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
};

describe('deck JSON', () => {
  test('round trip keeps cards, schedules and review logs exactly', () => {
    const first = readDeckJson(fixture('deck-v1.json'), 'deck-v1.json');
    expect(first.cards.filter((c) => c.schedule).length).toBeGreaterThan(10);
    expect(first.cards.some((c) => (c.logs?.length ?? 0) >= 3)).toBe(true);
    const again = readDeckJson(new TextEncoder().encode(writeDeckJson(first)), 'again.json');
    expect(again.cards).toEqual(first.cards);
    expect(again.deckName).toBe('OPCEL 252');
  });

  test('a version-0 (pre-release) file is migrated: ids, kinds, decks, split tags', () => {
    const deck = readDeckJson(fixture('deck-v0.json'), 'deck-v0.json');
    expect(deck.cards).toEqual([
      {
        id: stableCardId('OPCEL 252 (pre-release)', 'glance-cache-pruner'),
        deck: 'OPCEL 252 (pre-release)',
        front: 'glance-cache-pruner',
        back: 'キャッシュが一定サイズを超えていたら最近使用されていないキャッシュを捨てる',
        kind: 'basic',
        tags: ['glance', 'cache'],
      },
      expect.objectContaining({
        deck: 'OPCEL 252::イメージの作成',
        back: 'virt-sysprep',
        tags: [],
      }),
    ]);
  });

  test('a broken version-0 file names the card', () => {
    const text =
      '{"format":"recall-deck","version":0,"name":"x","cards":[{"question":"q","answer":"a"},{"question":1}]}';
    const error = caught(() => parseDeckJson(text, 'old.json'));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).location).toEqual({ file: 'old.json', line: 2 });
  });

  test('a newer version is refused with a message saying to update', () => {
    const error = caught(() =>
      parseDeckJson('{"format":"recall-deck","version":7,"name":"x","cards":[]}', 'new.json'),
    );
    expect(error).toBeInstanceOf(UnsupportedVersionError);
    expect((error as UnsupportedVersionError).describe()).toMatch(
      /^new\.json: .*version 7 .*update the app/,
    );
  });

  test('invalid JSON, another format and a fractional version are ParseErrors', () => {
    expect(caught(() => parseDeckJson('{"format":', 'a.json'))).toBeInstanceOf(ParseError);
    expect(caught(() => parseDeckJson('{"format":"anki","version":1}', 'b.json'))).toBeInstanceOf(
      ParseError,
    );
    expect(
      caught(() => parseDeckJson('{"format":"recall-deck","version":0.5}', 'c.json')),
    ).toBeInstanceOf(ParseError);
  });

  test('a bad card names its record number and field', () => {
    const deck = JSON.parse(readFileSync('test/fixtures/deck-v1.json', 'utf8')) as {
      cards: Array<Record<string, unknown>>;
    };
    (deck.cards[4] as Record<string, unknown>)['kind'] = 'essay';
    const error = caught(() => parseDeckJson(JSON.stringify(deck), 'bad.json'));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).describe()).toMatch(/^bad\.json:5: cards\.4\.kind: /);
  });

  test('a suspension and a flag ride along; a flag Anki does not have is refused', () => {
    const first = readDeckJson(fixture('deck-v1.json'), 'deck-v1.json');
    const cards = first.cards.map((card, i) =>
      i === 0 ? { ...card, marks: { suspended: true as const, flag: 6 as const } } : card,
    );
    const again = readDeckJson(
      new TextEncoder().encode(writeDeckJson({ ...first, cards })),
      'again.json',
    );
    expect(again.cards[0]?.marks).toEqual({ suspended: true, flag: 6 });
    expect(again.cards.slice(1).every((card) => card.marks === undefined)).toBe(true);
    const deck = JSON.parse(writeDeckJson({ ...first, cards })) as {
      cards: Array<Record<string, unknown>>;
    };
    deck.cards[0]!['marks'] = { flag: 8 };
    const error = caught(() => parseDeckJson(JSON.stringify(deck), 'bad.json'));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).describe()).toMatch(/cards\.0\.marks\.flag/);
  });

  test('cardContentOf drops scheduling, keeps content', () => {
    const [card] = readDeckJson(fixture('deck-v1.json'), 'd.json').cards;
    expect(card && Object.keys(cardContentOf(card)).sort()).toEqual([
      'back',
      'deck',
      'front',
      'id',
      'kind',
      'source',
      'tags',
    ]);
  });
});
