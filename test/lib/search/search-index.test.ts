import { beforeAll, describe, expect, it } from 'vitest';
import type { CardContent } from '../../../src-renderer/lib/cards/card';
import type { BrowseRow } from '../../../src-renderer/lib/search/row';
import { SearchIndex } from '../../../src-renderer/lib/search/search-index';
import type { SortOrder } from '../../../src-renderer/lib/search/sort';
import { DAY_MS, NOW, context, reviewed, rowOf, shippedCards } from './rows';

const GLANCE = 'OPCEL 252::イメージサービス (Glance)';
const CINDER = 'OPCEL 252::ブロックストレージ (Cinder)';
const BY_POSITION: SortOrder = { column: 'created', descending: false };

let cards: CardContent[];
let rows: BrowseRow[];
let index: SearchIndex;

/** The ids the index finds, in collection order, so results compare with a plain filter. */
function ids(query: string, on = index): string[] {
  return on.search(query, BY_POSITION, context).map((row) => row.id);
}

function idsWhere(test: (row: BrowseRow) => boolean): string[] {
  return rows.filter(test).map((row) => row.id);
}

beforeAll(() => {
  cards = shippedCards();
  // A learner's collection: a few cards in each state, the rest new.
  rows = cards.map((card, i) => {
    const position = i + 1;
    switch (i % 10) {
      case 1:
        return rowOf(card, position, reviewed(0, 12, 12));
      case 2:
        return rowOf(card, position, reviewed(1, 4, 3));
      case 3:
        return rowOf(card, position, reviewed(-2, 30, 32));
      case 4:
        return rowOf(card, position, { ...reviewed(5, 9, 0), queue: 'suspended', flag: 1 });
      case 5:
        return rowOf(card, position, {
          ...reviewed(0, 0, 0),
          state: 'relearning',
          queue: 'learn',
          lapses: 1,
          due: NOW.getTime() + 10 * 60_000,
          flag: 4,
        });
      case 6:
        return rowOf(card, position, { queue: 'buried' });
      default:
        return rowOf(card, position);
    }
  });
  index = new SearchIndex(rows);
});

describe('SearchIndex.search: text', () => {
  it('finds a plain word in question or answer, case-insensitively, as a substring', () => {
    const expected = idsWhere((r) => /glance/i.test(r.question) || /glance/i.test(r.answer));
    expect(expected.length).toBeGreaterThan(50);
    expect(ids('glance')).toEqual(expected);
    expect(ids('GLANCE')).toEqual(expected);
  });

  it('finds Japanese text, which has no word boundaries', () => {
    const expected = idsWhere(
      (r) => r.question.includes('イメージ') || r.answer.includes('イメージ'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids('イメージ')).toEqual(expected);
  });

  it('finds an exact phrase with its space, and not the words apart', () => {
    const phrase = 'cinder snapshot-list';
    const expected = idsWhere((r) => `${r.question}\n${r.answer}`.toLowerCase().includes(phrase));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(`"${phrase}"`)).toEqual(expected);
    expect(ids('"snapshot-list cinder"')).toEqual([]);
  });

  it('reads * and _ as wildcards and \\* as a star', () => {
    const expected = idsWhere(
      (r) => /cinder .*-list/i.test(r.answer) || /cinder .*-list/i.test(r.question),
    );
    expect(ids('"cinder *-list"')).toEqual(expected);
    expect(ids('glanc_')).toEqual(ids('glance'));
    expect(ids('glanc\\_')).toEqual([]);
  });

  it('matches front: and back: against the whole field', () => {
    expect(ids('front:glance')).toEqual(idsWhere((r) => r.question.toLowerCase() === 'glance'));
    expect(ids('back:6201')).toEqual(idsWhere((r) => r.answer === '6201'));
    expect(ids('back:6201').length).toBeGreaterThan(0);
  });
});

describe('SearchIndex.search: deck and tag', () => {
  it('finds a deck with its sub-decks, and only whole names', () => {
    const all = ids('"deck:OPCEL 252"');
    expect(all).toHaveLength(rows.length);
    expect(ids('deck:OPCEL')).toEqual([]);
    expect(ids(`"deck:${CINDER}"`)).toEqual(idsWhere((r) => r.deck === CINDER));
    expect(ids(`"deck:${CINDER.toLowerCase()}"`)).toEqual(idsWhere((r) => r.deck === CINDER));
  });

  it('takes * in deck names, and -deck:a::* leaves the top deck alone', () => {
    expect(ids('deck:*glance*')).toEqual(idsWhere((r) => r.deck === GLANCE));
    expect(ids('deck:OPCEL*')).toHaveLength(rows.length);
    expect(ids('"deck:OPCEL 252" -"deck:OPCEL 252::*"')).toEqual([]);
  });

  it('finds tags as whole names with their child tags, and tag:none', () => {
    expect(ids('tag:252.3')).toEqual(idsWhere((r) => r.tags.includes('252.3')));
    expect(ids('tag:252')).toEqual([]);
    expect(ids('tag:252.*')).toHaveLength(rows.length);
    const tagged = new SearchIndex([
      rowOf(cards[0]!, 1, { tags: ['aws::s3'] }),
      rowOf(cards[1]!, 2, { tags: [] }),
    ]);
    expect(ids('tag:aws', tagged)).toEqual([cards[0]!.id]);
    expect(ids('tag:none', tagged)).toEqual([cards[1]!.id]);
  });
});

describe('SearchIndex.search: state, flags and properties', () => {
  it.each([
    ['is:new', (r: BrowseRow) => r.state === 'new'],
    ['is:learn', (r: BrowseRow) => r.queue === 'learn'],
    ['is:review', (r: BrowseRow) => r.state === 'review' || r.state === 'relearning'],
    ['is:suspended', (r: BrowseRow) => r.queue === 'suspended'],
    ['is:buried', (r: BrowseRow) => r.queue === 'buried'],
    ['is:flagged', (r: BrowseRow) => r.flag > 0],
    ['flag:4', (r: BrowseRow) => r.flag === 4],
    ['flag:0', (r: BrowseRow) => r.flag === 0],
  ])('%s', (query, test) => {
    const expected = idsWhere(test);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(query)).toEqual(expected);
  });

  it('is:due: cards in a study queue due before today ends, not suspended ones', () => {
    const positions = index
      .search('is:due', BY_POSITION, context)
      .map((r) => (r.position - 1) % 10);
    expect(new Set(positions)).toEqual(new Set([1, 3, 5]));
  });

  it('prop:ivl compares the interval in days', () => {
    expect(ids('prop:ivl>10')).toEqual(idsWhere((r) => r.interval > 10));
    expect(ids('prop:ivl>=30')).toEqual(idsWhere((r) => r.interval >= 30));
    expect(ids('prop:ivl!=0')).toEqual(idsWhere((r) => r.interval !== 0));
  });

  it('prop:due counts study days from today; suspended and new cards have none', () => {
    const slot = (query: string) =>
      new Set(index.search(query, BY_POSITION, context).map((r) => (r.position - 1) % 10));
    expect(slot('prop:due<=1')).toEqual(new Set([1, 2, 3, 5]));
    expect(slot('prop:due=1')).toEqual(new Set([2]));
    expect(slot('prop:due=0')).toEqual(new Set([1, 5]));
    expect(slot('prop:due<0')).toEqual(new Set([3]));
    expect(slot('prop:due=-2')).toEqual(new Set([3]));
    expect(slot('prop:due>1')).toEqual(new Set());
  });

  it('prop:reps, prop:lapses and prop:d', () => {
    expect(ids('prop:lapses>=1')).toEqual(idsWhere((r) => r.lapses >= 1));
    expect(ids('prop:reps=3')).toEqual(idsWhere((r) => r.reps === 3));
    expect(ids('prop:d=0.5')).toEqual(idsWhere((r) => r.state !== 'new'));
  });

  it('rated:N: answered within the last N study days, today included', () => {
    const slot = (query: string) =>
      new Set(index.search(query, BY_POSITION, context).map((r) => (r.position - 1) % 10));
    expect(slot('rated:1')).toEqual(new Set([4, 5]));
    expect(slot('rated:3')).toEqual(new Set([4, 5]));
    expect(slot('rated:4')).toEqual(new Set([2, 4, 5]));
    expect(slot('rated:365')).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('added: and edited: count study days the same way', () => {
    const fresh = new SearchIndex([
      rowOf(cards[0]!, 1, { createdAt: NOW.getTime() - DAY_MS, updatedAt: NOW.getTime() }),
      rowOf(cards[1]!, 2),
    ]);
    expect(ids('added:1', fresh)).toEqual([]);
    expect(ids('added:2', fresh)).toEqual([cards[0]!.id]);
    expect(ids('edited:1', fresh)).toEqual([cards[0]!.id]);
  });
});

describe('SearchIndex.search: combining', () => {
  it('negation, or, parentheses and Anki precedence', () => {
    const cinder = (r: BrowseRow) => r.deck === CINDER;
    const glance = (r: BrowseRow) => r.deck === GLANCE;
    const newCard = (r: BrowseRow) => r.state === 'new';
    expect(ids(`"deck:${CINDER}" -is:new`)).toEqual(idsWhere((r) => cinder(r) && !newCard(r)));
    expect(ids(`"deck:${CINDER}" is:new or "deck:${GLANCE}"`)).toEqual(
      idsWhere((r) => (cinder(r) && newCard(r)) || glance(r)),
    );
    expect(ids(`is:new ("deck:${CINDER}" or "deck:${GLANCE}")`)).toEqual(
      idsWhere((r) => newCard(r) && (cinder(r) || glance(r))),
    );
    expect(ids('-(is:new or is:review)')).toEqual(
      idsWhere((r) => !newCard(r) && r.state !== 'review' && r.state !== 'relearning'),
    );
  });
});

describe('SearchIndex: order and changes', () => {
  it('sorts by each column both ways, ties in collection order', () => {
    const byInterval = index.search('', { column: 'interval', descending: false }, context);
    expect(byInterval.map((r) => r.interval)).toEqual(
      rows.map((r) => r.interval).sort((a, b) => a - b),
    );
    const down = index.search('', { column: 'interval', descending: true }, context);
    expect(down[0]!.interval).toBe(30);
    const byQuestion = index.search('', { column: 'question', descending: false }, context);
    const folded = byQuestion.map((r) => r.question.toLowerCase());
    expect(folded).toEqual([...folded].sort());
    const byDue = index.search('', { column: 'due', descending: false }, context);
    expect(byDue[0]!.state).toBe('new');
    expect(byDue.at(-1)!.state).not.toBe('new');
  });

  it('finds changed cards by their new content and drops removed ones', () => {
    const changed = new SearchIndex(rows.slice(0, 3));
    const [first, second] = rows;
    changed.upsert([{ ...first!, question: 'Which service stores images?', queue: 'suspended' }]);
    expect(ids('"stores images"', changed)).toEqual([first!.id]);
    expect(ids('is:suspended', changed)).toEqual([first!.id]);
    changed.remove([second!.id]);
    expect(changed.size).toBe(2);
    expect(ids('', changed)).toEqual([first!.id, rows[2]!.id]);
  });

  it('keeps each column in order through changes that move cards and through removals', () => {
    const changing = new SearchIndex(rows.slice(0, 40));
    const byInterval = { column: 'interval', descending: false } as const;
    const intervals = () => changing.search('', byInterval, context).map((r) => r.interval);
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    intervals();
    const [first, second, third] = changing.search('', byInterval, context);
    changing.upsert([
      { ...first!, queue: 'suspended' },
      { ...second!, interval: 99 },
    ]);
    expect(intervals()).toEqual(sorted(intervals()));
    expect(intervals().at(-1)).toBe(99);
    changing.remove([third!.id]);
    expect(intervals()).toHaveLength(39);
    expect(intervals()).toEqual(sorted(intervals()));
    expect(changing.search('is:suspended', byInterval, context).map((r) => r.id)).toContain(
      first!.id,
    );
  });
});
