/**
 * Which of our cards become which Anki notes. A reverse pair (the two cards of `Q:::A`, `??`
 * or a two-way list) is one note with two cards, so Anki buries the sibling of a card just
 * seen; a ring card is one question drawn from its template, with the computed answer on the
 * back; every other card is a note of its own. Fields are the HTML the app shows, each
 * followed by its Markdown source.
 */
import { stableCardId } from '../cards/id';
import { hash64 } from '../hash';
import { ringQuestion } from '../ring/cards';
import { markdownToHtml, textToHtml, type HtmlSanitizer } from './anki-html';
import { MODELS, type ModelSpec } from './anki-schema';
import { ankiClozeText, clozeSources } from './cloze';
import type { ImportedCard } from './types';

export interface AnkiNoteOut {
  /** The first card's id, so a later import of the package matches its cards again. */
  guid: string;
  model: ModelSpec;
  /** In the model's field order: the shown HTML fields, then their Markdown sources. */
  fields: string[];
  tags: string[];
  /** A card's template `ord` is its index here. */
  cards: ImportedCard[];
}

/** What the export made of the deck, for its summary. */
export interface AnkiExportCounts {
  notes: number;
  cards: number;
  /** Reverse pairs written as one note with two cards. */
  pairs: number;
  /** Ring cards written as one drawn question each. */
  ringDrawn: number;
}

/**
 * The notes generator gives the second card of a pair the id `stableCardId(deck, question,
 * 'reverse')`, and the first the plain id of the other side's question: both ids are checked,
 * and the texts, so two cards that merely mirror each other stay two notes.
 */
function reversePairs(cards: readonly ImportedCard[]): Map<string, ImportedCard> {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const reverseOf = new Map<string, ImportedCard>();
  for (const reverse of cards) {
    if (
      reverse.kind !== 'basic' ||
      reverse.id !== stableCardId(reverse.deck, reverse.front, 'reverse')
    ) {
      continue;
    }
    const forward = byId.get(stableCardId(reverse.deck, reverse.back));
    if (
      forward?.kind === 'basic' &&
      forward.deck === reverse.deck &&
      forward.front === reverse.back &&
      forward.back === reverse.front &&
      forward.tags.join(' ') === reverse.tags.join(' ') &&
      !reverseOf.has(forward.id)
    ) {
      reverseOf.set(forward.id, reverse);
    }
  }
  return reverseOf;
}

/** The same card draws the same question in every export, so re-importing updates the note. */
export function exportSeed(cardId: string): number {
  return parseInt(hash64(cardId).slice(0, 8), 16);
}

function noteFields(
  card: ImportedCard,
  sanitize: HtmlSanitizer,
): { model: ModelSpec; fields: string[] } {
  const html = (markdown: string) => markdownToHtml(markdown, sanitize);
  switch (card.kind) {
    case 'ring': {
      const question = ringQuestion(card.front, exportSeed(card.id));
      const answer = [question.expected, card.back].filter(Boolean).join('\n\n');
      return {
        model: MODELS.ring,
        fields: [html(question.prompt), html(answer), card.front, card.back],
      };
    }
    case 'type-in':
      // Anki compares what is typed with this field's text: it stays the answer as typed.
      return {
        model: MODELS['type-in'],
        fields: [html(card.front), textToHtml(card.back), card.front, card.back],
      };
    case 'cloze': {
      const [source] = clozeSources(card.front, card.back);
      if (source) {
        const text = ankiClozeText(source);
        return { model: MODELS.cloze, fields: [html(text), '', text, ''] };
      }
      // A cloze Anki could not re-render goes as Basic.
      break;
    }
    case 'basic':
      break;
  }
  return {
    model: MODELS.basic,
    fields: [html(card.front), html(card.back), card.front, card.back],
  };
}

export function ankiNotes(
  cards: readonly ImportedCard[],
  sanitize: HtmlSanitizer,
): { notes: AnkiNoteOut[]; counts: AnkiExportCounts } {
  const reverseOf = reversePairs(cards);
  const paired = new Set([...reverseOf.values()].map((card) => card.id));
  const notes: AnkiNoteOut[] = [];
  const counts: AnkiExportCounts = { notes: 0, cards: 0, pairs: reverseOf.size, ringDrawn: 0 };
  for (const card of cards) {
    if (paired.has(card.id)) {
      continue;
    }
    const reverse = reverseOf.get(card.id);
    const { model, fields } = noteFields(card, sanitize);
    notes.push({
      guid: card.id,
      model: reverse ? MODELS.reversed : model,
      fields,
      tags: card.tags,
      cards: reverse ? [card, reverse] : [card],
    });
    counts.cards += reverse ? 2 : 1;
    counts.ringDrawn += card.kind === 'ring' ? 1 : 0;
  }
  counts.notes = notes.length;
  return { notes, counts };
}
