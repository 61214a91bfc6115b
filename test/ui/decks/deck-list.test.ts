import { describe, expect, it } from 'vitest';
import { upsertCards } from '../../../src-renderer/data/cards';
import { redoAction, undoAction, type UndoableAction } from '../../../src-renderer/data/undo';
import { fixedClock } from '../../../src-renderer/lib/clock';
import {
  DeckListState,
  hasSubDecks,
  visibleDecks,
} from '../../../src-renderer/ui/decks/deck-list.svelte';
import { UndoHistory } from '../../../src-renderer/ui/shared/undo-history';
import { cards, testDb } from '../../data/helpers';

const TOP = 'OPCEL 252';
const CINDER = 'OPCEL 252::Cinder';
const clock = fixedClock(new Date('2026-11-25T10:00:00+09:00'));

async function setUp() {
  const db = testDb();
  await upsertCards(db, cards(CINDER, 4), 1);
  const history = new UndoHistory<UndoableAction>();
  return { db, history, state: new DeckListState(db, clock, history) };
}

describe('DeckListState', () => {
  it('creates a sub-deck; a taken name keeps the dialog open with the reason', async () => {
    const { db, state } = await setUp();
    state.openCreate(TOP);
    state.dialog = { kind: 'create', name: 'Cinder', parent: TOP };
    await state.confirm();
    expect(state.dialog).not.toBeNull();
    expect(state.problem).toEqual({ key: 'deckManage.problem.exists', params: { deck: CINDER } });

    state.dialog = { kind: 'create', name: 'Neutron', parent: TOP };
    await state.confirm();
    expect(state.dialog).toBeNull();
    expect(state.problem).toBeNull();
    expect(await db.decks.get(`${TOP}::Neutron`)).toBeDefined();
  });

  it('says why a typed name is no deck name', async () => {
    const { state } = await setUp();
    state.openRename(CINDER);
    state.dialog = { kind: 'rename', deck: CINDER, name: `${TOP}:: ` };
    await state.confirm();
    expect(state.problem).toEqual({ key: 'deckManage.problem.empty', params: {} });
  });

  it('deletes through the shared history: the toast undoes it, or Ctrl+Z elsewhere does', async () => {
    const { db, history, state } = await setUp();
    await state.openDelete(CINDER);
    expect(state.dialog).toEqual({ kind: 'delete', deck: CINDER, cards: 4 });
    await state.confirm();
    expect(await db.cards.count()).toBe(0);
    expect(state.toast).toMatchObject({ kind: 'deleted', deck: CINDER, cards: 4 });
    expect(history.canUndo).toBe(true);

    await state.undoDelete();
    expect(await db.cards.count()).toBe(4);
    expect(state.toast).toEqual({ kind: 'restored', deck: CINDER });

    // Redo and undo as the study screen's Ctrl+Shift+Z and Ctrl+Z do them.
    await history.redo((action) => redoAction(db, action));
    expect(await db.cards.count()).toBe(0);
    await history.undo((action) => undoAction(db, action));
    expect(await db.cards.count()).toBe(4);
    expect(await db.decks.get(CINDER)).toBeDefined();
  });
});

describe('visible decks', () => {
  it('hides every sub-deck under a collapsed deck, however deep', () => {
    const decks = ['A', 'A::B', 'A::B::C', 'AB', 'D'].map((name) => ({ name }));
    expect(visibleDecks(decks, new Set(['A'])).map((d) => d.name)).toEqual(['A', 'AB', 'D']);
    expect(visibleDecks(decks, new Set(['A::B'])).map((d) => d.name)).toEqual([
      'A',
      'A::B',
      'AB',
      'D',
    ]);
    expect(hasSubDecks('A', decks)).toBe(true);
    expect(hasSubDecks('AB', decks)).toBe(false);
  });
});
