import { describe, expect, it } from 'vitest';
import { studyAction, type KeyPress } from '../../../src-renderer/ui/study/keys';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  repeat: false,
  inField: false,
  ...more,
});

describe('studyAction', () => {
  it('shows the answer with Enter, and with Space outside the answer field', () => {
    expect(studyAction(press('Enter'), 'question')).toEqual({ kind: 'reveal' });
    expect(studyAction(press(' '), 'question')).toEqual({ kind: 'reveal' });
    expect(studyAction(press('Enter', { inField: true }), 'question')).toEqual({ kind: 'reveal' });
    expect(studyAction(press(' ', { inField: true }), 'question')).toBeNull();
  });

  it('grades with 1–4 on the answer, and Space/Enter takes the suggestion', () => {
    expect(studyAction(press('1'), 'answer')).toEqual({ kind: 'grade', rating: 1 });
    expect(studyAction(press('4'), 'answer')).toEqual({ kind: 'grade', rating: 4 });
    expect(studyAction(press('5'), 'answer')).toBeNull();
    expect(studyAction(press('3'), 'question')).toBeNull();
    expect(studyAction(press(' '), 'answer')).toEqual({ kind: 'grade-suggested' });
  });

  it('undoes with U and Ctrl+Z (Cmd+Z on a Mac), redoes with Ctrl+Shift+Z', () => {
    for (const phase of ['question', 'answer', 'done'] as const) {
      expect(studyAction(press('u'), phase)).toEqual({ kind: 'undo' });
      expect(studyAction(press('U', { shiftKey: true }), phase)).toEqual({ kind: 'undo' });
      expect(studyAction(press('z', { ctrlKey: true }), phase)).toEqual({ kind: 'undo' });
      expect(studyAction(press('z', { metaKey: true }), phase)).toEqual({ kind: 'undo' });
      expect(studyAction(press('Z', { ctrlKey: true, shiftKey: true }), phase)).toEqual({
        kind: 'redo',
      });
    }
  });

  it('leaves typing and the field’s own undo alone', () => {
    expect(studyAction(press('u', { inField: true }), 'question')).toBeNull();
    expect(studyAction(press('z', { ctrlKey: true, inField: true }), 'question')).toBeNull();
    expect(
      studyAction(press('z', { ctrlKey: true, inField: true, fieldEmpty: true }), 'question'),
    ).toEqual({ kind: 'undo' });
  });

  it('ignores held keys, Alt, other shortcuts and the loading screen', () => {
    expect(studyAction(press('u', { repeat: true }), 'answer')).toBeNull();
    expect(studyAction(press('u', { altKey: true }), 'answer')).toBeNull();
    expect(studyAction(press('s', { ctrlKey: true }), 'answer')).toBeNull();
    expect(studyAction(press('8', { ctrlKey: true }), 'answer')).toBeNull();
    expect(studyAction(press('u'), 'loading')).toBeNull();
    expect(studyAction(press('?'), 'loading')).toBeNull();
  });

  it('has Anki’s card keys on the question and the answer, not on the done screen', () => {
    const keys: Array<[string, string]> = [
      ['e', 'edit'],
      ['E', 'edit'],
      ['-', 'bury-card'],
      ['=', 'bury-note'],
      ['@', 'suspend-card'],
      ['!', 'suspend-note'],
      ['*', 'mark'],
      ['i', 'info'],
    ];
    for (const phase of ['question', 'answer'] as const) {
      for (const [key, kind] of keys) {
        expect(studyAction(press(key), phase)).toEqual({ kind });
      }
    }
    for (const [key] of keys) {
      expect(studyAction(press(key), 'done')).toBeNull();
      // Typed into the answer field, they are just characters.
      expect(studyAction(press(key, { inField: true }), 'question')).toBeNull();
    }
  });

  it('flags with Ctrl+1–7 (Cmd on a Mac), Ctrl+0 takes the flag off, even from the field', () => {
    expect(studyAction(press('1', { ctrlKey: true }), 'question')).toEqual({
      kind: 'flag',
      flag: 1,
    });
    expect(studyAction(press('7', { metaKey: true }), 'answer')).toEqual({ kind: 'flag', flag: 7 });
    expect(studyAction(press('0', { ctrlKey: true }), 'answer')).toEqual({ kind: 'flag', flag: 0 });
    expect(studyAction(press('3', { ctrlKey: true, inField: true }), 'question')).toEqual({
      kind: 'flag',
      flag: 3,
    });
    expect(studyAction(press('3', { ctrlKey: true }), 'done')).toBeNull();
  });

  it('opens the shortcut sheet with ? anywhere but in the field', () => {
    for (const phase of ['question', 'answer', 'done'] as const) {
      expect(studyAction(press('?', { shiftKey: true }), phase)).toEqual({ kind: 'shortcuts' });
    }
    expect(studyAction(press('?', { inField: true }), 'question')).toBeNull();
  });

  it('opens the Add dialog with A on any screen of the session, but not from the field', () => {
    for (const phase of ['question', 'answer', 'done'] as const) {
      expect(studyAction(press('a'), phase)).toEqual({ kind: 'add' });
      expect(studyAction(press('A'), phase)).toEqual({ kind: 'add' });
    }
    expect(studyAction(press('a', { inField: true }), 'question')).toBeNull();
    expect(studyAction(press('a', { ctrlKey: true }), 'question')).toBeNull();
    expect(studyAction(press('a'), 'loading')).toBeNull();
  });
});
