import { FLAGS, type Flag } from '../../data/schema';
import { RATINGS, type Rating } from '../../lib/scheduler/types';
import type { MessageKey } from '../../lib/i18n';
import type { Phase } from './study-session.svelte';

/** What can be done to the card on screen, by key or from the More menu. */
export type CardCommand =
  | { kind: 'edit' }
  | { kind: 'bury-card' }
  | { kind: 'bury-note' }
  | { kind: 'suspend-card' }
  | { kind: 'suspend-note' }
  | { kind: 'mark' }
  /** 0 takes the flag off. */
  | { kind: 'flag'; flag: Flag | 0 }
  | { kind: 'info' };

export type StudyAction =
  | { kind: 'reveal' }
  | { kind: 'grade'; rating: Rating }
  /** Space/Enter on the answer: the grade the screen suggests. */
  | { kind: 'grade-suggested' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'shortcuts' }
  /** Anki's main-window A: the Add dialog, on the deck being studied. */
  | { kind: 'add' }
  | CardCommand;

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

/**
 * Anki's single keys for the card on screen. They are the characters typed, not key positions,
 * so `@`, `!` and `*` work on any keyboard layout (JIS has `@` and `*` on keys of their own).
 */
const CARD_KEYS: Record<string, CardCommand> = {
  e: { kind: 'edit' },
  '-': { kind: 'bury-card' },
  '=': { kind: 'bury-note' },
  '@': { kind: 'suspend-card' },
  '!': { kind: 'suspend-note' },
  '*': { kind: 'mark' },
  i: { kind: 'info' },
};

/**
 * Anki's study keys: Enter/Space show and grade, 1–4 grade, Ctrl+Z and U undo, Ctrl+Shift+Z redo,
 * the card keys above, Ctrl+1–7 flag (Ctrl+0 unflags), A adds cards, `?` the list of them all.
 */
export function studyAction(press: KeyPress, phase: Phase): StudyAction | null {
  if (press.repeat || press.altKey || phase === 'loading') {
    return null;
  }
  const onCard = phase === 'question' || phase === 'answer';
  const key = press.key.toLowerCase();
  if (press.ctrlKey || press.metaKey) {
    if (key === 'z') {
      return press.inField && !press.fieldEmpty ? null : { kind: press.shiftKey ? 'redo' : 'undo' };
    }
    const flag = Number(press.key);
    const isFlag = press.key.length === 1 && (flag === 0 || FLAGS.includes(flag as Flag));
    return onCard && isFlag && !press.shiftKey ? { kind: 'flag', flag: flag as Flag | 0 } : null;
  }
  // Typing into the answer field is typing: only Enter reaches the study keys from there.
  if (!press.inField) {
    if (key === 'u') {
      return { kind: 'undo' };
    }
    if (press.key === '?') {
      return { kind: 'shortcuts' };
    }
    if (key === 'a') {
      return { kind: 'add' };
    }
    const command = CARD_KEYS[key];
    if (command) {
      return onCard ? command : null;
    }
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

/** The shortcut sheet (`?`): each row's keys as shown, and what they do. */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; label: MessageKey }> = [
  { keys: ['Space', 'Enter'], label: 'study.keys.reveal' },
  { keys: ['1', '2', '3', '4'], label: 'study.keys.grade' },
  { keys: ['Ctrl+Z', 'U'], label: 'study.more.undo' },
  { keys: ['Ctrl+Shift+Z'], label: 'study.more.redo' },
  { keys: ['E'], label: 'study.more.edit' },
  { keys: ['-'], label: 'study.more.buryCard' },
  { keys: ['='], label: 'study.more.buryNote' },
  { keys: ['@'], label: 'study.more.suspendCard' },
  { keys: ['!'], label: 'study.more.suspendNote' },
  { keys: ['*'], label: 'study.more.mark' },
  { keys: ['Ctrl+1–7'], label: 'study.keys.flag' },
  { keys: ['Ctrl+0'], label: 'study.flag.none' },
  { keys: ['I'], label: 'study.more.info' },
  { keys: ['A'], label: 'add.openCards' },
  { keys: ['?'], label: 'study.keys.sheet' },
];
