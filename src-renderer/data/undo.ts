/**
 * Everything the learner can take back, as one type, so that grades and card actions share one
 * history and Ctrl+Z always takes back the newest of either.
 */
import { redoCardAction, undoCardAction, type CardActionRecord } from './card-actions';
import { redoCardEdit, undoCardEdit, type CardEditRecord } from './card-edit';
import type { RecallDb } from './db';
import { redoGrade, undoGrade, type GradeRecord } from './study';

export type UndoableAction =
  { kind: 'grade'; grade: GradeRecord } | CardActionRecord | CardEditRecord;

export async function undoAction(db: RecallDb, action: UndoableAction): Promise<void> {
  if (action.kind === 'grade') {
    await undoGrade(db, action.grade);
  } else if (action.kind === 'card-edit') {
    await undoCardEdit(db, action);
  } else {
    await undoCardAction(db, action);
  }
}

/** Does an undone action again; returns it as now written (a redone grade's log has a new id). */
export async function redoAction(db: RecallDb, action: UndoableAction): Promise<UndoableAction> {
  if (action.kind === 'grade') {
    return { kind: 'grade', grade: await redoGrade(db, action.grade) };
  }
  if (action.kind === 'card-edit') {
    return redoCardEdit(db, action);
  }
  return redoCardAction(db, action);
}

/** The card an undo brings back to the screen: the graded card, or the one card acted on. */
export function cardToShowAfterUndo(action: UndoableAction): string | undefined {
  if (action.kind === 'grade') {
    return action.grade.before.cardId;
  }
  if (action.kind === 'card-edit') {
    return action.cardId;
  }
  return action.cardIds.length === 1 ? action.cardIds[0] : undefined;
}
