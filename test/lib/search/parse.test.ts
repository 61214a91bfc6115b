import { describe, expect, it } from 'vitest';
import { SearchError, type SearchErrorReason } from '../../../src-renderer/lib/search/errors';
import { MAX_QUERY_LENGTH, parseSearch } from '../../../src-renderer/lib/search/parse';

const text = (pattern: string) => ({ kind: 'text', pattern });

function failure(query: string): { reason: SearchErrorReason; position: number; message: string } {
  try {
    parseSearch(query);
  } catch (error) {
    if (error instanceof SearchError) {
      return { reason: error.reason, position: error.position, message: error.message };
    }
    throw error;
  }
  throw new Error(`"${query}" parsed without an error`);
}

describe('parseSearch', () => {
  it('reads an empty or blank query as every card', () => {
    expect(parseSearch('')).toEqual({ kind: 'all' });
    expect(parseSearch('   ')).toEqual({ kind: 'all' });
  });

  it('reads plain words side by side as an AND, and an exact phrase as one term', () => {
    expect(parseSearch('glance  image')).toEqual({
      kind: 'and',
      children: [text('glance'), text('image')],
    });
    expect(parseSearch('"cinder snapshot-list"')).toEqual(text('cinder snapshot-list'));
    expect(parseSearch('glance and image')).toEqual(parseSearch('glance image'));
  });

  it('binds implicit AND tighter than or, as Anki does', () => {
    expect(parseSearch('a b or c')).toEqual({
      kind: 'or',
      children: [{ kind: 'and', children: [text('a'), text('b')] }, text('c')],
    });
    expect(parseSearch('a OR b c')).toEqual({
      kind: 'or',
      children: [text('a'), { kind: 'and', children: [text('b'), text('c')] }],
    });
  });

  it('groups with parentheses, with or without spaces around them', () => {
    const grouped = {
      kind: 'and',
      children: [text('dog'), { kind: 'or', children: [text('cat'), text('mouse')] }],
    };
    expect(parseSearch('dog (cat or mouse)')).toEqual(grouped);
    expect(parseSearch('dog(cat or mouse)')).toEqual(grouped);
  });

  it('negates the next term or group with a leading -, but not a - inside a word', () => {
    expect(parseSearch('-cat')).toEqual({ kind: 'not', child: text('cat') });
    expect(parseSearch('-(cat or mouse)')).toEqual({
      kind: 'not',
      child: { kind: 'or', children: [text('cat'), text('mouse')] },
    });
    expect(parseSearch('-"a dog"')).toEqual({ kind: 'not', child: text('a dog') });
    expect(parseSearch('swift-ring-builder')).toEqual(text('swift-ring-builder'));
    expect(parseSearch('-deck:a')).toEqual({ kind: 'not', child: { kind: 'deck', pattern: 'a' } });
  });

  it('reads a quoted or, and, or dash as text', () => {
    expect(parseSearch('"or"')).toEqual(text('or'));
    expect(parseSearch('"-"')).toEqual(text('-'));
  });

  it('reads deck: and tag: with quotes around the term or the value', () => {
    const deck = { kind: 'deck', pattern: 'OPCEL 252::ブロックストレージ (Cinder)' };
    expect(parseSearch('"deck:OPCEL 252::ブロックストレージ (Cinder)"')).toEqual(deck);
    expect(parseSearch('deck:"OPCEL 252::ブロックストレージ (Cinder)"')).toEqual(deck);
    expect(parseSearch('deck:OPCEL*')).toEqual({ kind: 'deck', pattern: 'OPCEL*' });
    expect(parseSearch('tag:252.3')).toEqual({ kind: 'tag', pattern: '252.3' });
    expect(parseSearch('tag:none')).toEqual({ kind: 'tag', pattern: '' });
  });

  it('reads is:, flag:, prop:, rated:, added: and edited:, in any case', () => {
    expect(parseSearch('is:Due')).toEqual({ kind: 'is', state: 'due' });
    expect(parseSearch('flag:3')).toEqual({ kind: 'flag', flag: 3 });
    expect(parseSearch('prop:ivl>10')).toEqual({
      kind: 'prop',
      property: 'ivl',
      op: '>',
      value: 10,
    });
    expect(parseSearch('prop:due<=1')).toEqual({
      kind: 'prop',
      property: 'due',
      op: '<=',
      value: 1,
    });
    expect(parseSearch('prop:due=-1')).toEqual({
      kind: 'prop',
      property: 'due',
      op: '=',
      value: -1,
    });
    expect(parseSearch('prop:d>0.5')).toEqual({ kind: 'prop', property: 'd', op: '>', value: 0.5 });
    expect(parseSearch('rated:7')).toEqual({ kind: 'rated', days: 7 });
    expect(parseSearch('ADDED:1')).toEqual({ kind: 'added', days: 1 });
    expect(parseSearch('front:glance')).toEqual({
      kind: 'field',
      side: 'question',
      pattern: 'glance',
    });
  });

  it('keeps escapes in patterns and reads an escaped colon as text', () => {
    expect(parseSearch('a\\*b')).toEqual(text('a\\*b'));
    expect(parseSearch('127.0.0.1\\:6200')).toEqual(text('127.0.0.1\\:6200'));
    expect(parseSearch('"say \\"hi\\""')).toEqual(text('say \\"hi\\"'));
  });

  it.each<[string, SearchErrorReason, number]>([
    ['(glance or image', 'unclosed-paren', 0],
    ['glance (a (b)', 'unclosed-paren', 7],
    ['glance)', 'unmatched-close', 6],
    ['()', 'empty-group', 0],
    ['"a dog', 'unclosed-quote', 0],
    ['or glance', 'dangling-operator', 0],
    ['glance or', 'dangling-operator', 7],
    ['a or or b', 'dangling-operator', 2],
    ['and a', 'dangling-operator', 0],
    ['a - b', 'dangling-negation', 2],
    ['a -', 'dangling-negation', 2],
    ['is:dew', 'unknown-is', 3],
    ['flag:8', 'bad-flag', 5],
    ['flag:red', 'bad-flag', 5],
    ['prop:ivl', 'bad-prop', 5],
    ['prop:ease>2', 'unknown-prop', 5],
    ['rated:0', 'bad-days', 6],
    ['rated:7:1', 'rated-ease', 6],
    ['deck:', 'empty-value', 5],
    ['10.0.0.1:6200', 'unknown-field', 0],
    ['a\\', 'trailing-escape', 1],
  ])('refuses %s (%s at %i)', (query, reason, position) => {
    expect(failure(query)).toMatchObject({ reason, position });
  });

  it('says which is: values exist', () => {
    expect(failure('is:dew').message).toContain('is:new, is:learn, is:review, is:due');
  });

  it('refuses a query longer than the limit without reading it', () => {
    expect(failure('a '.repeat(MAX_QUERY_LENGTH)).reason).toBe('too-long');
  });

  it('reads a deeply nested query without running out of stack', () => {
    const depth = 400;
    expect(parseSearch('('.repeat(depth) + 'glance' + ')'.repeat(depth))).toEqual(text('glance'));
  });
});
