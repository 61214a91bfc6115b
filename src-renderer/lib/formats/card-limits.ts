/**
 * Every import's cards against the card size limits (cards/size.ts), whatever the format: until
 * a card can be deleted from within the app, a card too big to study must not get in at all.
 */
import { MAX_CARD_CHARS, MAX_CARD_SIDE_TEXT, textLength } from '../cards/size';
import { InputTooLargeError } from '../errors';
import type { ImportedCard } from './types';

const count = (n: number) => n.toLocaleString('en');

function preview(text: string): string {
  const start = text.slice(0, 200).replace(/\s+/g, ' ').trim();
  return start.length > 40 ? `${start.slice(0, 40)}…` : start;
}

export function assertCardSizes(cards: readonly ImportedCard[], file: string): void {
  cards.forEach((card, i) => {
    const which = `card ${i + 1} (“${preview(card.front)}”)`;
    for (const [side, text] of [
      ['question', card.front],
      ['answer', card.back],
    ] as const) {
      const length = textLength(text);
      if (length > MAX_CARD_SIDE_TEXT) {
        throw new InputTooLargeError(
          `${which}: its ${side} has ${count(length)} characters of text; a card side may have at most ${count(MAX_CARD_SIDE_TEXT)}`,
          { file },
        );
      }
    }
    const total = card.front.length + card.back.length + card.tags.join(' ').length;
    if (total > MAX_CARD_CHARS) {
      throw new InputTooLargeError(
        `${which}: it has ${count(total)} characters with its images; a card may have at most ${count(MAX_CARD_CHARS)}`,
        { file },
      );
    }
  });
}
