import { Hash64 } from '../hash';

/**
 * Stable card ids: a hash of the deck path and the normalised question side, so that editing
 * an answer keeps the card (and its schedule) while a changed question makes a new card.
 */
export function normaliseQuestion(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function stableCardId(deck: string, question: string, variant = ''): string {
  return cardIdOf(cardIdHash(deck, question, variant));
}

/** The hash behind stableCardId, for callers that look ids up by their lanes (notes/sink.ts). */
export function cardIdHash(deck: string, question: string, variant = ''): Hash64 {
  const hash = deckHash(deck).copy();
  if (!hashNormalised(hash, question)) {
    hash.text(normaliseQuestion(question));
  }
  hash.unit(0);
  return hash.text(variant);
}

export function cardIdOf(hash: Hash64): string {
  return hash.digestAfter('c');
}

/** Hash state after `normaliseQuestion(deck) + '\0'`: a deck has many cards. */
const deckStates = new Map<string, Hash64>();

function deckHash(deck: string): Hash64 {
  let state = deckStates.get(deck);
  if (state === undefined) {
    state = new Hash64().text(normaliseQuestion(deck));
    state.unit(0);
    if (deckStates.size > 1000) {
      deckStates.clear();
    }
    deckStates.set(deck, state);
  }
  return state;
}

const SLOW = -1;
const SPACE = -2;
/**
 * What normaliseQuestion makes of each code unit of Latin-1, punctuation, arrows, CJK punctuation, kana, CJK ideographs
 * and full-width ASCII (the notes' text): itself, another unit (`Ａ` → `a`), whitespace, or SLOW
 * when only the whole string's normalisation can tell (combining marks, half-width kana and jamo,
 * surrogates, everything else). None of the units kept here composes with its neighbours under
 * NFKC or changes case by context, so mapping them one by one gives the same string.
 */
let units: Int32Array | undefined;

function unitTable(): Int32Array {
  const table = new Int32Array(0x10000).fill(SLOW);
  const ranges = [
    [0x0000, 0x00ff],
    [0x2000, 0x206f],
    [0x2190, 0x21ff],
    [0x3000, 0x30ff],
    [0xff01, 0xff5e],
  ] as const;
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      table[code] = unitOf(String.fromCharCode(code));
    }
  }
  // CJK Unified Ideographs and Extension A have no decomposition and no case (tested).
  for (const [from, to] of [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
  ] as const) {
    for (let code = from; code <= to; code++) {
      table[code] = code;
    }
  }
  return table;
}

function unitOf(char: string): number {
  const normal = char.normalize('NFKC');
  if (normal.length !== 1 || /\p{M}/u.test(char) || /\p{M}/u.test(normal)) {
    return SLOW;
  }
  if (/\s/.test(normal)) {
    return SPACE;
  }
  const lower = normal.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : SLOW;
}

/** The normalised question's units: reused, since every card needs one and most are short. */
let buffer = new Uint16Array(256);

/**
 * Feeds normaliseQuestion(text) to the hash without building the string; false (hash untouched)
 * when a unit needs the full normalisation.
 */
function hashNormalised(hash: Hash64, text: string): boolean {
  units ??= unitTable();
  if (buffer.length < text.length) {
    buffer = new Uint16Array(text.length * 2);
  }
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const unit = units[text.charCodeAt(i)] ?? SLOW;
    if (unit === SLOW) {
      return false;
    }
    if (unit === SPACE) {
      space = length > 0;
      continue;
    }
    if (space) {
      buffer[length++] = 0x20;
      space = false;
    }
    buffer[length++] = unit;
  }
  hash.units(buffer, length);
  return true;
}
