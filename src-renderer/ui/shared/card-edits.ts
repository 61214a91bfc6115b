/**
 * What a screen hosting the card editor does on Save and Revert: the write, then its entry in
 * the app-wide undo history, then the card as now stored for the screen to show.
 */
import { revertCardEdit, saveCardEdit, type CardEditResult } from '../../data/card-edit';
import type { RecallDb } from '../../data/db';
import type { CardRow } from '../../data/schema';
import type { UndoableAction } from '../../data/undo';
import type { EditableContent } from '../../lib/cards/override';
import { appHistory, type UndoHistory } from './undo-history';

function recorded(result: CardEditResult, history: UndoHistory<UndoableAction>): CardRow {
  if (result.record) {
    history.record(result.record);
  }
  return result.card;
}

export async function saveEdit(
  db: RecallDb,
  cardId: string,
  edited: EditableContent,
  now: number,
  history: UndoHistory<UndoableAction> = appHistory,
): Promise<CardRow> {
  return recorded(await saveCardEdit(db, cardId, edited, now), history);
}

export async function revertEdit(
  db: RecallDb,
  cardId: string,
  now: number,
  history: UndoHistory<UndoableAction> = appHistory,
): Promise<CardRow> {
  return recorded(await revertCardEdit(db, cardId, now), history);
}
