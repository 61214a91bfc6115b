/**
 * Media in the app: the collection has no file store, so images a card uses travel inside its
 * text as data URLs (which the card renderer and the CSP allow for PNG, JPEG, GIF and WebP).
 * An Anki export turns them back into media files, as Anki expects.
 */
import { hash64 } from '../hash';
import { assertCardSizes } from './card-limits';
import type { DeckData, FormatWarning, ImportResult } from './types';

const SHOWN: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};
const EXTENSION_OF: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** Bigger images would bloat every card row that shows them; they stay out with a warning. */
export const MAX_INLINE_MEDIA_BYTES = 2 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function inlineMedia(result: ImportResult, file: string): ImportResult {
  const urls = new Map<string, string>();
  const warnings: FormatWarning[] = [];
  for (const [name, bytes] of result.media ?? []) {
    const type = SHOWN[name.split('.').pop()?.toLowerCase() ?? ''];
    if (type && bytes.byteLength <= MAX_INLINE_MEDIA_BYTES) {
      urls.set(name, `data:${type};base64,${toBase64(bytes)}`);
    } else {
      const why = type ? 'larger than 2 MB' : 'not an image the app shows (PNG, JPEG, GIF, WebP)';
      warnings.push({ file, code: 'media-not-kept', message: `${name}: ${why}` });
    }
  }
  const cards = result.cards.map((card) => {
    const names = (card.media ?? []).filter((name) => urls.has(name));
    if (names.length === 0) {
      return card;
    }
    const swap = (text: string) =>
      names.reduce(
        (out, name) =>
          out.replace(new RegExp(`\\]\\(${escapeRegExp(name)}\\)`, 'g'), `](${urls.get(name)})`),
        text,
      );
    const { media, ...rest } = card;
    const left = media?.filter((name) => !urls.has(name)) ?? [];
    return {
      ...rest,
      front: swap(card.front),
      back: swap(card.back),
      ...(left.length > 0 ? { media: left } : {}),
    };
  });
  // Each image is within its limit, but a card may show many.
  assertCardSizes(cards, file);
  return { ...result, cards, media: new Map(), warnings: [...result.warnings, ...warnings] };
}

const DATA_IMAGE = /\]\(data:(image\/(?:png|jpeg|gif|webp));base64,([A-Za-z0-9+/=]+)\)/g;

/** Data-URL images back to named media files (named by content, as Anki names pasted images). */
export function extractInlineMedia(data: DeckData): DeckData {
  const media = new Map(data.media ?? []);
  const cards = data.cards.map((card) => {
    const used: string[] = [];
    const swap = (text: string) =>
      text.replace(DATA_IMAGE, (_, type: string, base64: string) => {
        const name = `recall-${hash64(base64)}.${EXTENSION_OF[type] ?? 'bin'}`;
        if (!media.has(name)) {
          media.set(name, fromBase64(base64));
        }
        used.push(name);
        return `](${name})`;
      });
    const front = swap(card.front);
    const back = swap(card.back);
    return used.length > 0
      ? { ...card, front, back, media: [...new Set([...(card.media ?? []), ...used])] }
      : card;
  });
  return { ...data, cards, media };
}
