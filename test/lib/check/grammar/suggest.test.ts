import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../../../src-renderer/lib/check/grammar/suggest';

describe('editDistance', () => {
  it.each([
    ['list', 'list', 0],
    ['lsit', 'list', 1],
    ['exnted', 'extend', 2],
    ['', 'abc', 3],
    ['volume', 'vol', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('stops early past a bound, saying only that it is more', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('nearest', () => {
  const names = ['list', 'show', 'delete', 'extend', 'image delete', 'image create'];

  it('suggests a name a typo away', () => {
    expect(nearest('lsit', names)).toBe('list');
    expect(nearest('image delte', names)).toBe('image delete');
  });

  it('suggests nothing for an unrelated word', () => {
    expect(nearest('foo', names)).toBeUndefined();
  });

  it('never suggests the word itself', () => {
    expect(nearest('list', ['list'])).toBeUndefined();
  });
});
