import { describe, expect, it } from 'vitest';
import { deckLabel } from '../../../src-renderer/lib/cards/deck-name';

describe('deckLabel', () => {
  it('shows a sub-deck by its own name, with its parent as context', () => {
    expect(deckLabel('OPCEL 252::イメージサービス (Glance)')).toEqual({
      name: 'イメージサービス (Glance)',
      parents: ['OPCEL 252'],
    });
  });

  it('keeps every ancestor of a deeply nested deck, outermost first', () => {
    expect(deckLabel('A::B::C')).toEqual({ name: 'C', parents: ['A', 'B'] });
  });

  it('shows a top-level deck as it is', () => {
    expect(deckLabel('OPCEL 252')).toEqual({ name: 'OPCEL 252', parents: [] });
  });

  it('keeps a single colon, which is part of a name, not a separator', () => {
    expect(deckLabel('Ports: 9292')).toEqual({ name: 'Ports: 9292', parents: [] });
  });

  it('ignores empty segments and the spaces around separators', () => {
    expect(deckLabel('A :: ::B::')).toEqual({ name: 'B', parents: ['A'] });
  });

  it('falls back to the raw text when no segment has a name', () => {
    expect(deckLabel('::')).toEqual({ name: '::', parents: [] });
  });
});
