import { describe, expect, it } from 'vitest';
import {
  NO_SELECTION,
  clickSelect,
  keepShown,
  selectAll,
  type Selection,
} from '../../../src-renderer/ui/browse/selection';

const shown = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const plain = { shift: false, toggle: false };
const ids = (selection: Selection) => [...selection.ids].sort();

describe('clickSelect', () => {
  it('a click selects only that card', () => {
    const one = clickSelect(NO_SELECTION, shown, 1, plain);
    expect(ids(one)).toEqual(['b']);
    expect(ids(clickSelect(one, shown, 3, plain))).toEqual(['d']);
  });

  it('Shift+click selects the range from the last clicked card, either way', () => {
    const start = clickSelect(NO_SELECTION, shown, 1, plain);
    const range = clickSelect(start, shown, 3, { shift: true, toggle: false });
    expect(ids(range)).toEqual(['b', 'c', 'd']);
    expect(range.anchor).toBe('b');
    expect(range.cursor).toBe('d');
    expect(ids(clickSelect(range, shown, 0, { shift: true, toggle: false }))).toEqual(['a', 'b']);
  });

  it('Ctrl+click adds or removes one card; Ctrl+Shift+click adds a range', () => {
    const start = clickSelect(NO_SELECTION, shown, 0, plain);
    const two = clickSelect(start, shown, 2, { shift: false, toggle: true });
    expect(ids(two)).toEqual(['a', 'c']);
    expect(ids(clickSelect(two, shown, 0, { shift: false, toggle: true }))).toEqual(['c']);
    expect(ids(clickSelect(two, shown, 4, { shift: true, toggle: true }))).toEqual([
      'a',
      'c',
      'd',
      'e',
    ]);
  });

  it('Shift+click with nothing clicked before selects just that card', () => {
    expect(ids(clickSelect(NO_SELECTION, shown, 2, { shift: true, toggle: false }))).toEqual(['c']);
  });
});

describe('selectAll and keepShown', () => {
  it('selects every card shown, and a narrower list keeps only the cards it still shows', () => {
    const all = selectAll(shown, clickSelect(NO_SELECTION, shown, 1, plain));
    expect(all.ids.size).toBe(5);
    const narrowed = keepShown(all, shown.slice(2));
    expect(ids(narrowed)).toEqual(['c', 'd', 'e']);
    expect(narrowed.anchor).toBeNull();
    expect(narrowed.cursor).toBeNull();
    expect(keepShown(narrowed, shown)).toBe(narrowed);
  });
});
