/**
 * How big a card may be. One oversized card used to break its deck for good: a 100 MB field
 * crashed the study screen on every open. Images travel inside the text as data URLs (up to
 * 2 MB each, see formats/media.ts), so text and the card as a whole have separate limits.
 */

/** Characters of text on one side of a card, inline image data not counted. */
export const MAX_CARD_SIDE_TEXT = 65_536;
/** Characters of a whole card (both sides and tags) with its inline images. */
export const MAX_CARD_CHARS = 16 * 1024 * 1024;

const INLINE_IMAGE_DATA = /\]\(data:image\/[a-z+.-]+;base64,([A-Za-z0-9+/=]*)\)/g;

/** `source`'s length without the base64 payloads of its inline images. */
export function textLength(source: string): number {
  let images = 0;
  for (const match of source.matchAll(INLINE_IMAGE_DATA)) {
    images += match[1]?.length ?? 0;
  }
  return source.length - images;
}
