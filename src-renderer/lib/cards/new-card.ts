/**
 * A card the learner adds by hand, as Anki's Add dialog makes it: one note of a kind, which
 * gives one card, a pair (basic with reverse) or one card per cloze number. The cards get the
 * ids the notes generator would give the same note (`Q:::A`, `{{c1::…}}`), so an export pairs
 * them again and the same card written later in a notes file is the same card.
 */
import { renderAnkiCloze } from '../formats/cloze';
import type { CardContent } from './card';
import { stableCardId } from './id';
import { MAX_CARD_CHARS, MAX_CARD_SIDE_TEXT, textLength } from './size';

export const NEW_CARD_KINDS = ['basic', 'basic-reverse', 'type-in', 'cloze'] as const;
export type NewCardKind = (typeof NEW_CARD_KINDS)[number];

/** What the Add dialog's fields say; for a cloze, `front` is the text and `back` the extra. */
export interface NewNote {
  deck: string;
  kind: NewCardKind;
  front: string;
  back: string;
  tags: string[];
}

/** Why a note cannot be added; the UI has a message for each. */
export type NewNoteProblem =
  'front-empty' | 'back-empty' | 'no-cloze' | 'side-too-long' | 'card-too-large';

/** Anki's numbered clozes; the notes' `==…==` highlights are the notes' own syntax. */
const CLOZE_NUMBER = /\{\{c(\d+)::[\s\S]*?\}\}/g;

function clozeNumbers(text: string): number[] {
  const numbers = [...text.matchAll(CLOZE_NUMBER)].map((match) => Number(match[1]));
  return [...new Set(numbers)].filter((n) => n > 0).sort((a, b) => a - b);
}

type Side = Pick<CardContent, 'front' | 'back' | 'kind'> & { variant?: string };

function sidesOf(note: NewNote): Side[] {
  const front = note.front.trim();
  const back = note.back.trim();
  switch (note.kind) {
    case 'basic':
    case 'type-in':
      return [{ kind: note.kind, front, back }];
    case 'basic-reverse':
      return [
        { kind: 'basic', front, back },
        { kind: 'basic', front: back, back: front, variant: 'reverse' },
      ];
    case 'cloze':
      // As an imported Anki cloze note reads: the extra follows the revealed text on the back.
      return clozeNumbers(front).map((n) => {
        const rendered = renderAnkiCloze(front, n);
        return {
          kind: 'cloze',
          front: rendered.front,
          back: back ? `${rendered.back}\n\n${back}` : rendered.back,
          variant: `cloze:c${n}`,
        };
      });
  }
}

/**
 * The problem with `note`, checked on the cards it would make (a cloze's back carries the extra
 * and the text): the limits every import holds a card to.
 */
export function newNoteProblem(note: NewNote): NewNoteProblem | undefined {
  if (note.front.trim() === '') {
    return 'front-empty';
  }
  if ((note.kind === 'basic-reverse' || note.kind === 'type-in') && note.back.trim() === '') {
    return 'back-empty';
  }
  const sides = sidesOf(note);
  if (sides.length === 0) {
    return 'no-cloze';
  }
  for (const side of sides) {
    if (textLength(side.front) > MAX_CARD_SIDE_TEXT || textLength(side.back) > MAX_CARD_SIDE_TEXT) {
      return 'side-too-long';
    }
    if (side.front.length + side.back.length + note.tags.join(' ').length > MAX_CARD_CHARS) {
      return 'card-too-large';
    }
  }
  return undefined;
}

/**
 * The cards of a note without a problem, first card first. Cards of one note are siblings: they
 * share the first card's id as their note (as our Anki exports use it for the GUID).
 */
export function newNoteCards(note: NewNote): CardContent[] {
  const sides = sidesOf(note);
  const cards = sides.map(({ variant, ...side }) => ({
    id: stableCardId(note.deck, side.front, variant),
    deck: note.deck,
    ...side,
    tags: [...note.tags],
  }));
  const first = cards[0];
  return cards.length > 1 && first ? cards.map((card) => ({ ...card, note: first.id })) : cards;
}
