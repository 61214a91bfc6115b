import { describe, expect, test } from 'vitest';
import type { CardContent } from '../../../src-renderer/lib/cards/card';
import {
  newNoteCards,
  newNoteProblem,
  type NewNote,
} from '../../../src-renderer/lib/cards/new-card';
import { MAX_CARD_CHARS, MAX_CARD_SIDE_TEXT } from '../../../src-renderer/lib/cards/size';
import { ankiNotes } from '../../../src-renderer/lib/formats/anki-notes-out';
import { readMarkdown, writeMarkdown } from '../../../src-renderer/lib/formats/markdown';

const DECK = 'OPCEL 252::イメージサービス (Glance)';
// The seed notes' glance-cache rows (decks/opcel-252, 252.1).
const PAIR: NewNote = {
  deck: DECK,
  kind: 'basic-reverse',
  front: 'glance-cache-pruner',
  back: 'キャッシュが一定サイズを超えていたら最近使用されていないキャッシュを捨てる',
  tags: ['252.1'],
};
const CLOZE: NewNote = {
  deck: DECK,
  kind: 'cloze',
  front:
    '{{c1::glance-cache-prefetcher}} はキャッシュ予約キューのイメージを{{c2::キャッシュ::何を}}する',
  back: '',
  tags: ['252.1'],
};
const TYPE_IN: NewNote = {
  deck: DECK,
  kind: 'type-in',
  front: 'イメージの一覧を表示する (openstack)',
  back: 'openstack image list',
  tags: ['252.1'],
};

const content = ({ source: _source, note: _note, ...card }: CardContent) => card;
const byId = (cards: CardContent[]) => cards.map(content).sort((a, b) => a.id.localeCompare(b.id));

describe('newNoteCards', () => {
  test('cards added by hand come back from a Markdown export with the same ids', () => {
    const cards = [PAIR, CLOZE, TYPE_IN].flatMap(newNoteCards);
    expect(cards).toHaveLength(5);
    const text = writeMarkdown({ deckName: 'OPCEL 252', cards });
    const back = readMarkdown(
      [{ path: 'export.md', bytes: new TextEncoder().encode(text) }],
      'unused',
    ).cards;
    expect(byId(back)).toEqual(byId(cards));
  });

  test('a reverse pair is exported to Anki as one note with two cards', () => {
    const { notes, counts } = ankiNotes(newNoteCards(PAIR), (html) => html);
    expect(counts).toMatchObject({ notes: 1, cards: 2, pairs: 1 });
    expect(notes[0]?.cards.map((card) => card.front)).toEqual([PAIR.front, PAIR.back]);
  });

  test('one card alone has no note: it is no one’s sibling', () => {
    expect(newNoteCards(TYPE_IN)[0]?.note).toBeUndefined();
  });

  test('sides are trimmed, tags copied', () => {
    const [card] = newNoteCards({ ...TYPE_IN, front: `  ${TYPE_IN.front}\n` });
    expect(card?.front).toBe(TYPE_IN.front);
    expect(card?.tags).not.toBe(TYPE_IN.tags);
  });
});

describe('newNoteProblem', () => {
  test('holds the note’s cards to the import limits', () => {
    expect(newNoteProblem(PAIR)).toBeUndefined();
    expect(newNoteProblem({ ...PAIR, back: ' ' })).toBe('back-empty');
    expect(newNoteProblem({ ...CLOZE, front: 'glance-cache-prefetcher' })).toBe('no-cloze');
    expect(newNoteProblem({ ...CLOZE, front: '{{c0::glance}}' })).toBe('no-cloze');
    // The cloze's back is its text with the extra: the limit holds for the card as made.
    const half = 'x'.repeat(MAX_CARD_SIDE_TEXT / 2 + 1);
    expect(newNoteProblem({ ...CLOZE, front: `{{c1::a}} ${half}`, back: half })).toBe(
      'side-too-long',
    );
    const image = `![](data:image/png;base64,${'A'.repeat(MAX_CARD_CHARS)})`;
    expect(newNoteProblem({ ...TYPE_IN, back: `openstack image list ${image}` })).toBe(
      'card-too-large',
    );
  });
});
