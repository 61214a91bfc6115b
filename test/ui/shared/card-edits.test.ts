import { describe, expect, test } from 'vitest';
import { upsertCards } from '../../../src-renderer/data/cards';
import type { UndoableAction } from '../../../src-renderer/data/undo';
import { undoAction } from '../../../src-renderer/data/undo';
import { effectiveContent } from '../../../src-renderer/lib/cards/override';
import { revertEdit, saveEdit } from '../../../src-renderer/ui/shared/card-edits';
import { UndoHistory } from '../../../src-renderer/ui/shared/undo-history';
import { card, testDb } from '../../data/helpers';

const glance = card(
  'OPCEL 252::イメージサービス (Glance)',
  'Glance',
  '仮想マシンイメージの登録・検索・取得（ダウンロード）を提供する OpenStack のイメージサービス',
);

describe('a host’s save and revert', () => {
  test('each write that changed the card is one undo entry; the card comes back as stored', async () => {
    const db = testDb();
    await upsertCards(db, [glance], 1);
    const history = new UndoHistory<UndoableAction>();
    const edited = { front: 'Glance とは？', back: glance.back, tags: [] };
    const saved = await saveEdit(db, glance.id, edited, 2, history);
    expect(saved).toEqual(await db.cards.get(glance.id));
    expect(effectiveContent(saved).front).toBe('Glance とは？');
    await saveEdit(db, glance.id, edited, 3, history);
    const reverted = await revertEdit(db, glance.id, 4, history);
    expect(reverted.override).toBeUndefined();
    await history.undo((action) => undoAction(db, action));
    await history.undo((action) => undoAction(db, action));
    expect(history.canUndo).toBe(false);
    expect((await db.cards.get(glance.id))?.override).toBeUndefined();
  });
});
