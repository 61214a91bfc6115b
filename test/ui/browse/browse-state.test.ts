import { beforeEach, describe, expect, it } from 'vitest';
import { upsertCards } from '../../../src-renderer/data/cards';
import type { RecallDb } from '../../../src-renderer/data/db';
import type { UndoableAction } from '../../../src-renderer/data/undo';
import { fixedClock } from '../../../src-renderer/lib/clock';
import { BrowseState } from '../../../src-renderer/ui/browse/browse-state.svelte';
import { AddCardState } from '../../../src-renderer/ui/shared/add-card.svelte';
import { UndoHistory } from '../../../src-renderer/ui/shared/undo-history';
import { shippedCards } from '../../lib/search/rows';
import { testDb } from '../../data/helpers';

const CINDER = 'OPCEL 252::ブロックストレージ (Cinder)';
const MORNING = new Date('2026-11-25T10:00:00+09:00');
const cards = shippedCards();
const cinderCount = cards.filter((c) => c.deck === CINDER).length;

let db: RecallDb;
let browse: BrowseState;

beforeEach(async () => {
  db = testDb();
  await upsertCards(db, cards, MORNING.getTime() - 86_400_000);
  browse = new BrowseState(db, fixedClock(MORNING), new UndoHistory<UndoableAction>());
  await browse.load();
});

const plain = { shift: false, toggle: false };
const range = { shift: true, toggle: false };

describe('BrowseState', () => {
  it('shows every card, then the cards a search finds, with the count of both', () => {
    expect(browse.total).toBe(cards.length);
    expect(browse.shown).toHaveLength(cards.length);
    browse.setQuery('deck:*cinder*');
    expect(browse.shown).toHaveLength(cinderCount);
    expect(browse.total).toBe(cards.length);
    browse.setQuery('');
    expect(browse.shown).toHaveLength(cards.length);
  });

  it('a query it cannot read keeps the last results and says why', () => {
    browse.setQuery('glance');
    const found = browse.shown;
    browse.setQuery('(glance or');
    expect(browse.error?.reason).toBe('dangling-operator');
    expect(browse.shown).toBe(found);
    browse.setQuery('(glance');
    expect(browse.error?.reason).toBe('unclosed-paren');
    browse.setQuery('(glance)');
    expect(browse.error).toBeNull();
    expect(browse.shown).toHaveLength(found.length);
  });

  it('sorts by a column, and the same column again reverses it', () => {
    browse.sortBy('question');
    const ascending = browse.shown.map((row) => row.id);
    browse.sortBy('question');
    expect(browse.order).toEqual({ column: 'question', descending: true });
    expect(browse.shown.map((row) => row.id)).toEqual([...ascending].reverse());
    browse.sortBy('lapses');
    expect(browse.order).toEqual({ column: 'lapses', descending: true });
  });

  it('suspends a selected range, and undo and redo move the counts', async () => {
    browse.setQuery('deck:*cinder* -is:suspended');
    browse.click(0, plain);
    browse.click(4, range);
    expect(browse.selection.ids.size).toBe(5);
    const chosen = browse.selectedIds();
    await browse.act({ name: 'suspend' });
    expect(browse.shown).toHaveLength(cinderCount - 5);
    expect(browse.notice).toEqual({ key: 'browse.done.suspend', params: { count: 5 } });
    expect(browse.selection.ids.size).toBe(0);
    expect(browse.canUndo).toBe(true);
    const stored = await db.schedules.bulkGet(chosen);
    expect(stored.map((row) => row?.queue)).toEqual(Array(5).fill('suspended'));

    await browse.undo();
    expect(browse.shown).toHaveLength(cinderCount);
    expect(browse.canRedo).toBe(true);
    browse.setQuery('is:suspended');
    expect(browse.shown).toHaveLength(0);

    await browse.redo();
    expect(browse.shown.map((row) => row.id).sort()).toEqual([...chosen].sort());
  });

  it('deletes the selection and undo brings the cards back', async () => {
    browse.setQuery('deck:*cinder*');
    browse.selectAll();
    await browse.act({ name: 'delete' });
    expect(browse.shown).toHaveLength(0);
    expect(browse.total).toBe(cards.length - cinderCount);
    expect(await db.cards.count()).toBe(cards.length - cinderCount);
    await browse.undo();
    expect(browse.shown).toHaveLength(cinderCount);
    expect(browse.total).toBe(cards.length);
  });

  it('cards added in the Add dialog join the results, and an undo there takes them away', async () => {
    const history = new UndoHistory<UndoableAction>();
    browse = new BrowseState(db, fixedClock(MORNING), history);
    await browse.load();
    browse.setQuery('deck:*cinder*');
    const adder = new AddCardState(db, fixedClock(MORNING), browse.decks, CINDER, history);
    adder.front = 'cinder type-list';
    adder.back = 'openstack volume type list';
    const record = await adder.add();
    await browse.cardsAdded(record!.cardIds);
    expect(browse.shown).toHaveLength(cinderCount + 1);
    expect(browse.total).toBe(cards.length + 1);
    expect(browse.canUndo).toBe(true);
    await browse.undo();
    expect(browse.shown).toHaveLength(cinderCount);
    expect(browse.total).toBe(cards.length);
  });

  it('flags, tags and moves the selection; set-due leaves new cards and says so', async () => {
    browse.setQuery('deck:*cinder*');
    browse.click(0, plain);
    browse.click(1, { shift: false, toggle: true });
    const chosen = browse.selectedIds();
    await browse.act({ name: 'flag', flag: 3 });
    browse.setQuery('flag:3');
    expect(browse.shown.map((row) => row.id).sort()).toEqual([...chosen].sort());
    browse.selectAll();
    await browse.act({ name: 'tag-add', tags: ['exam-week'] });
    browse.setQuery('tag:exam-week');
    expect(browse.shown).toHaveLength(2);
    browse.selectAll();
    await browse.act({ name: 'move', deck: 'OPCEL 252' });
    browse.setQuery('"deck:OPCEL 252" -"deck:OPCEL 252::*"');
    expect(browse.shown).toHaveLength(2);
    browse.selectAll();
    await browse.act({ name: 'set-due', days: 3 });
    expect(browse.notice).toEqual({ key: 'browse.done.skippedNew', params: { count: 2 } });
  });

  it('opens the one selected card in the editor; a saved edit stays in view, is searched, and undoes', async () => {
    browse.setQuery('front:glance');
    browse.click(0, plain);
    await waitUntil(() => browse.editing !== null);
    const id = browse.editing!.id;
    await browse.saveEdit({
      front: 'Glance (image service)',
      back: browse.editing!.back,
      tags: [],
    });
    expect(browse.shown[0]).toMatchObject({ id, question: 'Glance (image service)' });
    expect(browse.editing?.override?.front).toBe('Glance (image service)');
    browse.setQuery('"image service)"');
    expect(browse.shown.map((row) => row.id)).toEqual([id]);
    await browse.undo();
    expect(browse.shown[0]).toMatchObject({ id, question: 'Glance' });
    expect(browse.editing?.override).toBeUndefined();
    browse.click(0, { shift: false, toggle: true });
    expect(browse.editing).toBeNull();
  });
});

async function waitUntil(done: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !done(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(done()).toBe(true);
}
