/**
 * Markdown notes in (through the notes generator) and out. The writer picks, for every card, the
 * first notation that the generator turns back into that very card (same id, deck, sides and
 * kind), checking each candidate by generating it, so an exported file re-imports to the same
 * cards and schedules attach to them again.
 */
import { DECK_SEPARATOR, type CardContent } from '../cards/card';
import { decodeNoteBytes, generateFromNotes } from '../notes/generate';
import { markdownCandidates } from './markdown-candidates';
import { assertImportSize, type DeckData, type ImportResult } from './types';

export function readMarkdown(
  files: Array<{ path: string; bytes: Uint8Array }>,
  deckName: string,
): ImportResult {
  const texts = files.map((file) => {
    assertImportSize(file.bytes.byteLength, file.path);
    return { path: file.path, text: decodeNoteBytes(file.bytes, file.path) };
  });
  const { cards, warnings } = generateFromNotes(texts, { rootDeck: deckName });
  const root = cards[0]?.deck.split(DECK_SEPARATOR)[0];
  return { deckName: root ?? deckName, cards, warnings };
}

const TOPIC_TAG = /^\d+(?:\.\d+)+$/;

function commonRoot(decks: string[]): string {
  const split = decks.map((deck) => deck.split(DECK_SEPARATOR));
  const first = split[0] ?? [];
  let length = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < length && parts[i] === first[i]) {
      i++;
    }
    length = i;
  }
  return first.slice(0, length).join(DECK_SEPARATOR);
}

function sameCard(a: CardContent, b: CardContent): boolean {
  return (
    a.id === b.id &&
    a.deck === b.deck &&
    a.front === b.front &&
    a.back === b.back &&
    a.kind === b.kind
  );
}

/** The snippet for `card`, and the ids of the cards it produces (more than one for `Q:::A`). */
function notate(
  card: CardContent,
  byId: Map<string, CardContent>,
  written: Set<string>,
): { text: string; ids: string[] } {
  const candidates = markdownCandidates(card);
  for (const text of candidates) {
    const { cards } = generateFromNotes([{ path: 'check.md', text }], { rootDeck: card.deck });
    const fits =
      cards.some((made) => sameCard(made, card)) &&
      cards.every((made) => {
        const wanted = byId.get(made.id);
        return wanted !== undefined && !written.has(made.id) && sameCard(made, wanted);
      });
    if (fits) {
      return { text, ids: cards.map((made) => made.id) };
    }
  }
  // Nothing reproduces it exactly (e.g. a ring card): keep the content as a question and answer.
  return { text: `${joinParagraphs(card.front)}\n?\n${joinParagraphs(card.back)}`, ids: [card.id] };
}

/**
 * A blank line ends a question-and-answer note, so the paragraphs of a side are joined by hard
 * line breaks: otherwise all but the last paragraph of the question came back as stray text.
 */
function joinParagraphs(text: string): string {
  return text.replace(/\n(?:[ \t]*\n)+/g, '  \n');
}

export function writeMarkdown(data: DeckData): string {
  const cards = data.cards;
  const root =
    cards.length > 0 ? commonRoot(cards.map((card) => card.deck)) || data.deckName : data.deckName;
  const fileTags =
    cards.length > 0
      ? (cards[0]?.tags ?? []).filter(
          (tag) => !TOPIC_TAG.test(tag) && cards.every((c) => c.tags.includes(tag)),
        )
      : [];
  const byDeck = new Map<string, CardContent[]>();
  for (const card of cards) {
    byDeck.set(card.deck, [...(byDeck.get(card.deck) ?? []), card]);
  }
  const byId = new Map(cards.map((card) => [card.id, card]));
  const written = new Set<string>();
  const out = ['---', `deck: ${root}`];
  if (fileTags.length > 0) {
    out.push(`tags: [${fileTags.join(', ')}]`);
  }
  out.push('---', '');
  const decks = [...byDeck.keys()].sort((a, b) => Number(b === root) - Number(a === root));
  for (const deck of decks) {
    const group = byDeck.get(deck) ?? [];
    const title =
      deck === root
        ? (root.split(DECK_SEPARATOR).pop() ?? root)
        : deck.startsWith(root + DECK_SEPARATOR)
          ? deck.slice(root.length + DECK_SEPARATOR.length)
          : deck;
    // Exam topic tags come from headings (`# 252.1 Glance`); a heading named like the root deck
    // adds its topic without adding a sub-deck.
    const topics = (group[0]?.tags ?? []).filter(
      (tag) => TOPIC_TAG.test(tag) && group.every((c) => c.tags.includes(tag)),
    );
    if (deck !== root || topics.length > 0) {
      out.push(`# ${[topics[0], title].filter(Boolean).join(' ')}`, '');
    }
    for (const card of group) {
      if (written.has(card.id)) {
        continue;
      }
      const { text, ids } = notate(card, byId, written);
      ids.forEach((id) => written.add(id));
      out.push(text, '');
    }
  }
  return out.join('\n');
}
