import { describe, expect, it } from 'vitest';
import { UNDO_LIMIT, UndoHistory } from '../../../src-renderer/ui/shared/undo-history';

const undoAll = async (history: UndoHistory<number>) => {
  const undone: number[] = [];
  for (
    let n = await history.undo(async () => {});
    n !== null;
    n = await history.undo(async () => {})
  ) {
    undone.push(n);
  }
  return undone;
};

describe('UndoHistory', () => {
  it('undoes newest first and keeps only the last 30 actions', async () => {
    const history = new UndoHistory<number>();
    for (let i = 1; i <= 35; i++) {
      history.record(i);
    }
    const undone = await undoAll(history);
    expect(undone).toHaveLength(UNDO_LIMIT);
    expect(undone[0]).toBe(35);
    expect(undone.at(-1)).toBe(6);
  });

  it('redoes what was undone, and a new action ends the redo', async () => {
    const history = new UndoHistory<number>();
    history.record(1);
    history.record(2);
    await history.undo(async () => {});
    expect(history.canRedo).toBe(true);
    expect(await history.redo(async (n) => n * 10)).toBe(20);
    expect(await history.undo(async () => {})).toBe(20);
    history.record(3);
    expect(history.canRedo).toBe(false);
    expect(await history.redo(async (n) => n)).toBeNull();
  });

  it('keeps an action whose undo failed, to try again', async () => {
    const history = new UndoHistory<number>();
    history.record(1);
    await expect(
      history.undo(async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(history.canUndo).toBe(true);
    expect(history.canRedo).toBe(false);
  });
});
