import { describe, expect, it } from 'vitest';
import { orderNewCards } from '../../../src-renderer/lib/scheduler/new-card-order';

const cards = Array.from({ length: 50 }, (_, i) => ({ cardId: `c${i}` }));

describe('orderNewCards', () => {
  it('keeps the notes order', () => {
    expect(orderNewCards(cards, 'notes', 1)).toEqual(cards);
  });

  it('shuffles the same way all day and differently the next day', () => {
    const today = orderNewCards(cards, 'random', 1_000);
    expect(orderNewCards(cards, 'random', 1_000)).toEqual(today);
    expect(today).not.toEqual(cards);
    expect(
      [...today].sort((a, b) => Number(a.cardId.slice(1)) - Number(b.cardId.slice(1))),
    ).toEqual(cards);
    expect(orderNewCards(cards, 'random', 2_000)).not.toEqual(today);
  });
});
