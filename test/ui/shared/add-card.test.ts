import { describe, expect, test } from 'vitest';
import { undoAction, type UndoableAction } from '../../../src-renderer/data/undo';
import { stableCardId } from '../../../src-renderer/lib/cards/id';
import { fixedClock } from '../../../src-renderer/lib/clock';
import { AddCardState, initialAddDeck } from '../../../src-renderer/ui/shared/add-card.svelte';
import { UndoHistory } from '../../../src-renderer/ui/shared/undo-history';
import { testDb } from '../../data/helpers';

const DECK = 'OPCEL 252::イメージサービス (Glance)';
const clock = fixedClock(new Date('2026-12-01T10:00:00+09:00'));

function setUp(decks: string[] = [DECK]) {
  const db = testDb();
  const history = new UndoHistory<UndoableAction>();
  return { db, history, state: new AddCardState(db, clock, decks, DECK, history) };
}

describe('AddCardState', () => {
  test('adds, records the add for undo, and clears front and back but not deck, kind, tags', async () => {
    const { db, history, state } = setUp();
    state.kind = 'basic-reverse';
    state.front = 'glance-cache-pruner';
    state.back = 'キャッシュが一定サイズを超えていたら最近使用されていないキャッシュを捨てる';
    state.tags = '252.1  glance 252.1';
    expect(state.cards.map((card) => card.front)).toEqual([state.front, state.back]);
    const record = await state.add();
    expect(record?.cardIds).toHaveLength(2);
    expect([state.deck, state.kind, state.front, state.back, state.tags]).toEqual([
      DECK,
      'basic-reverse',
      '',
      '',
      '252.1  glance 252.1',
    ]);
    expect(state.added).toEqual({ cards: 2, deck: DECK });
    expect((await db.cards.toArray()).map((card) => card.tags)).toEqual([
      ['252.1', 'glance'],
      ['252.1', 'glance'],
    ]);
    expect(history.canUndo).toBe(true);
    await history.undo((action) => undoAction(db, action));
    expect(await db.cards.count()).toBe(0);
  });

  test('says an empty front only once the learner tries to add it', async () => {
    const { db, history, state } = setUp();
    expect(state.problem).toBe('front-empty');
    expect(state.shownProblem).toBeUndefined();
    expect(await state.add()).toBeNull();
    expect(state.shownProblem).toBe('front-empty');
    expect(await db.cards.count()).toBe(0);
    expect(history.canUndo).toBe(false);
  });

  test('a duplicate is refused with the reason, which goes once the front changes', async () => {
    const { db, state } = setUp();
    state.front = 'glance-cache-cleaner';
    await state.add();
    state.front = 'Glance-cache-cleaner';
    state.back = 'glanceキャッシュのクリーンアップ';
    expect(await state.add()).toBeNull();
    expect(state.shownProblem).toBe('duplicate');
    expect(state.front).toBe('Glance-cache-cleaner');
    expect(await db.cards.count()).toBe(1);
    state.front = 'glance-cache-manager';
    expect(state.shownProblem).toBeUndefined();
    expect(await state.add()).not.toBeNull();
  });

  test('a typed deck that does not exist yet is named, and the add creates it', async () => {
    const { db, state } = setUp();
    state.deck = ' OPCEL 252 :: Cinder ';
    expect(state.newDeck).toBe('OPCEL 252::Cinder');
    state.front = 'cinder list';
    state.back = 'openstack volume list';
    await state.add();
    expect(await db.decks.get('OPCEL 252::Cinder')).toBeDefined();
    expect(await db.cards.get(stableCardId('OPCEL 252::Cinder', 'cinder list'))).toBeDefined();
    expect(state.deck).toBe('OPCEL 252::Cinder');
    expect(state.newDeck).toBeNull();
    state.deck = DECK;
    expect(state.newDeck).toBeNull();
    state.deck = 'OPCEL 252::';
    expect(state.shownProblem).toBe('empty');
    expect(state.cards).toEqual([]);
  });

  test('a cloze previews one card per number and needs one', () => {
    const { state } = setUp();
    state.kind = 'cloze';
    state.front = 'glance-cache-pruner';
    expect(state.shownProblem).toBe('no-cloze');
    state.front = '{{c1::glance-cache-pruner}} and {{c2::glance-cache-cleaner}}';
    expect(state.cards.map((card) => card.front)).toEqual([
      '[...] and glance-cache-cleaner',
      'glance-cache-pruner and [...]',
    ]);
  });

  test('opens on the deck asked for, else the last one added to while it exists', async () => {
    const { state } = setUp();
    state.deck = 'OPCEL 252::Neutron';
    state.front = 'neutron net-list';
    state.back = 'openstack network list';
    await state.add();
    expect(initialAddDeck([DECK, 'OPCEL 252::Neutron'])).toBe('OPCEL 252::Neutron');
    expect(initialAddDeck([DECK, 'OPCEL 252::Neutron'], DECK)).toBe(DECK);
    expect(initialAddDeck([DECK])).toBe(DECK);
    expect(initialAddDeck([])).toBe('');
  });
});
