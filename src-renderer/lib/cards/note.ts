import type { CardContent } from './card';

/**
 * Which note a card belongs to, so that its siblings can be buried and "bury note" / "suspend
 * note" find them. The one rule: cards generated from the same line of the same notes file are
 * one note (a table row's cards, a `:::` pair, one line's clozes), and cards imported from Anki
 * are one note when they share its GUID. A card with neither is a note of its own (undefined).
 */
export function noteKey(card: Pick<CardContent, 'source' | 'note'>): string | undefined {
  if (card.source) {
    return `notes:${card.source.file}:${card.source.line}`;
  }
  return card.note === undefined ? undefined : `anki:${card.note}`;
}
