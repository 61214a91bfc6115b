import { RATINGS, type Rating } from '../../lib/scheduler/types';
import type { Phase } from './study-session.svelte';

export type StudyAction =
  | { kind: 'reveal' }
  | { kind: 'grade'; rating: Rating }
  /** Space/Enter on the answer: the grade the screen suggests. */
  | { kind: 'grade-suggested' }
  | { kind: 'undo' }
  | { kind: 'redo' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  repeat: boolean;
  /** The key went to a text field, which keeps its own typing and undo. */
  inField: boolean;
  /** An empty field has no typing to undo: Ctrl+Z there takes back the last grade. */
  fieldEmpty?: boolean;
}

/** Anki's study keys: Enter/Space show and grade, 1–4 grade, Ctrl+Z and U undo, Ctrl+Shift+Z redo. */
export function studyAction(press: KeyPress, phase: Phase): StudyAction | null {
  if (press.repeat || press.altKey || phase === 'loading') {
    return null;
  }
  const command = press.ctrlKey || press.metaKey;
  const key = press.key.toLowerCase();
  if (command) {
    if (key !== 'z' || (press.inField && !press.fieldEmpty)) {
      return null;
    }
    return { kind: press.shiftKey ? 'redo' : 'undo' };
  }
  if (key === 'u' && !press.inField) {
    return { kind: 'undo' };
  }
  if (phase === 'question') {
    return press.key === 'Enter' || (press.key === ' ' && !press.inField)
      ? { kind: 'reveal' }
      : null;
  }
  if (phase === 'answer') {
    const digit = Number(press.key);
    if (RATINGS.includes(digit as Rating)) {
      return { kind: 'grade', rating: digit as Rating };
    }
    if (press.key === 'Enter' || press.key === ' ') {
      return { kind: 'grade-suggested' };
    }
  }
  return null;
}
