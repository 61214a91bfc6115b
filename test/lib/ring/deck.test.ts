import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stableCardId } from '../../../src-renderer/lib/cards/id';
import { parseDeckJson } from '../../../src-renderer/lib/formats/deck-json';
import { RING_TEMPLATES, ringQuestion } from '../../../src-renderer/lib/ring/cards';

const FILE = 'decks/opcel-252/ring.json';

describe('decks/opcel-252/ring.json', () => {
  const deck = parseDeckJson(readFileSync(FILE, 'utf8'), FILE);

  it('has one ring card per template, with stable ids', () => {
    expect(deck.name).toBe('OPCEL 252');
    expect(deck.cards.map((c) => c.front)).toEqual(RING_TEMPLATES.map((t) => t.id));
    for (const card of deck.cards) {
      expect(card.kind).toBe('ring');
      expect(card.deck).toBe('OPCEL 252::252.4 Swift リングビルダー計算');
      expect(card.tags).toEqual(['252.4', 'ring']);
      expect(card.id).toBe(stableCardId(card.deck, card.front));
      expect(card.back).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(() => ringQuestion(card.front, 1)).not.toThrow();
    }
  });
});
