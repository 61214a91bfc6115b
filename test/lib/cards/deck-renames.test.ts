import { describe, expect, it } from 'vitest';
import {
  renamedPath,
  withoutRename,
  withRename,
} from '../../../src-renderer/lib/cards/deck-renames';
import { deckPathOf, DeckNameError } from '../../../src-renderer/lib/cards/deck-name';

describe('deck renames', () => {
  it('sends a renamed deck and its sub-decks to the new path, the longest rename first', () => {
    const renames = withRename(withRename({}, 'OPCEL 252::Cinder', 'Block'), 'OPCEL 252', 'Exam');
    expect(renamedPath('OPCEL 252::Cinder', renames)).toBe('Block');
    expect(renamedPath('OPCEL 252::Cinder::Volumes', renames)).toBe('Block::Volumes');
    expect(renamedPath('OPCEL 252::Swift', renames)).toBe('Exam::Swift');
    expect(renamedPath('OPCEL 2520', renames)).toBe('OPCEL 2520');
  });

  it('follows a chain of renames, and forgets one renamed back', () => {
    const once = withRename({}, 'A', 'B');
    const twice = withRename(once, 'B', 'C');
    expect(renamedPath('A::x', twice)).toBe('C::x');
    expect(withRename(twice, 'C', 'A')).toEqual({ B: 'A', C: 'A' });
    expect(withoutRename(twice, 'A')).toEqual({ B: 'C' });
  });
});

describe('deckPathOf', () => {
  it('trims each part of a typed path', () => {
    expect(deckPathOf(' OPCEL 252 ::  Cinder ')).toBe('OPCEL 252::Cinder');
  });

  it.each(['', '   ', 'A::', '::A', 'A::  ::B'])('refuses %j', (input) => {
    expect(() => deckPathOf(input)).toThrow(DeckNameError);
  });
});
