import type { UndoableAction } from '../../data/undo';

/** Anki keeps the last 30 actions. */
export const UNDO_LIMIT = 30;

/**
 * Actions that can be taken back and done again, newest last. An action is moved between the
 * stacks only once its write succeeded, so a failed undo can be tried again.
 */
export class UndoHistory<Action> {
  private done: Action[] = [];
  private undone: Action[] = [];

  constructor(private readonly limit = UNDO_LIMIT) {}

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** A new action: the oldest beyond the limit is forgotten, and nothing is left to redo. */
  record(action: Action): void {
    this.done.push(action);
    this.done.splice(0, Math.max(0, this.done.length - this.limit));
    this.undone = [];
  }

  /** Takes back the newest action with `apply`; returns it, or null when there is none. */
  async undo(apply: (action: Action) => Promise<void>): Promise<Action | null> {
    const action = this.done.at(-1);
    if (action === undefined) {
      return null;
    }
    await apply(action);
    this.done.pop();
    this.undone.push(action);
    return action;
  }

  /** Does the newest undone action again; `apply` returns it as now written. */
  async redo(apply: (action: Action) => Promise<Action>): Promise<Action | null> {
    const action = this.undone.at(-1);
    if (action === undefined) {
      return null;
    }
    const again = await apply(action);
    this.undone.pop();
    this.done.push(again);
    return again;
  }
}

/**
 * The app's one history of grades and card actions (study screen and browser alike), kept in the
 * module so that leaving a screen and coming back (even to another deck) can still undo them; a
 * reload starts empty, as Anki's restart does.
 */
export const appHistory = new UndoHistory<UndoableAction>();
