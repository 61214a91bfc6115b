/**
 * The deck list's management: the create / rename / delete dialogs, what went wrong in them in
 * the learner's terms, and the undo offered after a delete (through the app's shared history,
 * so Ctrl+Z on the study screen can take it back as well).
 */
import type { RecallDb } from '../../data/db';
import {
  createDeck,
  deckCardCount,
  DeckConflictError,
  deleteDeck,
  renameDeck,
} from '../../data/decks';
import { undoAction, type UndoableAction } from '../../data/undo';
import { DECK_SEPARATOR, isInDeck } from '../../lib/cards/card';
import { DeckNameError } from '../../lib/cards/deck-name';
import type { Clock } from '../../lib/clock';
import type { MessageKey, Params } from '../../lib/i18n';
import { appHistory, type UndoHistory } from '../shared/undo-history';

export type DeckDialog =
  | { kind: 'create'; name: string; parent: string }
  | { kind: 'rename'; deck: string; name: string }
  | { kind: 'delete'; deck: string; cards: number };

export interface Problem {
  key: MessageKey;
  params: Params;
}

export type DeckToast =
  | { kind: 'deleted'; deck: string; cards: number; action: UndoableAction }
  | { kind: 'restored'; deck: string };

/** The rows to show: a collapsed deck's sub-decks are hidden, however deep. */
export function visibleDecks<T extends { name: string }>(
  decks: T[],
  collapsed: ReadonlySet<string>,
): T[] {
  return decks.filter(
    (deck) => ![...collapsed].some((c) => c !== deck.name && isInDeck(deck.name, c)),
  );
}

export function hasSubDecks(deck: string, decks: readonly { name: string }[]): boolean {
  return decks.some((other) => other.name.startsWith(deck + DECK_SEPARATOR));
}

export class DeckListState {
  dialog = $state<DeckDialog | null>(null);
  problem = $state<Problem | null>(null);
  // Raw: the toast's action must stay the very object the history holds.
  toast = $state.raw<DeckToast | null>(null);
  private busy = false;

  constructor(
    private readonly db: RecallDb,
    private readonly clock: Clock,
    private readonly history: UndoHistory<UndoableAction> = appHistory,
  ) {}

  openCreate(parent = ''): void {
    this.open({ kind: 'create', name: '', parent });
  }

  openRename(deck: string): void {
    this.open({ kind: 'rename', deck, name: deck });
  }

  async openDelete(deck: string): Promise<void> {
    this.open({ kind: 'delete', deck, cards: await deckCardCount(this.db, deck) });
  }

  cancel(): void {
    this.dialog = null;
    this.problem = null;
  }

  /** Does what the open dialog asks; a name problem keeps it open and says why. */
  async confirm(): Promise<void> {
    const dialog = this.dialog;
    if (!dialog || this.busy) {
      return;
    }
    this.busy = true;
    const now = this.clock.now().getTime();
    try {
      if (dialog.kind === 'create') {
        await createDeck(this.db, dialog.name, now, dialog.parent || undefined);
      } else if (dialog.kind === 'rename') {
        await renameDeck(this.db, dialog.deck, dialog.name, now);
      } else {
        const deleted = await deleteDeck(this.db, dialog.deck);
        const action: UndoableAction = { kind: 'deck-delete', deleted, at: now };
        this.history.record(action);
        this.toast = { kind: 'deleted', deck: dialog.deck, cards: deleted.cards.length, action };
      }
      this.cancel();
    } catch (error) {
      const problem = problemOf(error);
      if (!problem) {
        throw error;
      }
      this.problem = problem;
    } finally {
      this.busy = false;
    }
  }

  /** Takes back the delete the toast is about, if it is still the newest action. */
  async undoDelete(): Promise<void> {
    const toast = this.toast;
    if (toast?.kind !== 'deleted' || this.busy) {
      return;
    }
    this.busy = true;
    try {
      const undone = await this.history.undo(async (action) => {
        if (action !== toast.action) {
          throw new Error('another action came after this delete; undo that first');
        }
        await undoAction(this.db, action);
      });
      if (undone) {
        this.toast = { kind: 'restored', deck: toast.deck };
      }
    } finally {
      this.busy = false;
    }
  }

  dismissToast(): void {
    this.toast = null;
  }

  private open(dialog: DeckDialog): void {
    this.problem = null;
    this.dialog = dialog;
  }
}

function problemOf(error: unknown): Problem | null {
  if (error instanceof DeckNameError) {
    return { key: `deckManage.problem.${error.problem}`, params: {} };
  }
  if (error instanceof DeckConflictError) {
    return { key: `deckManage.problem.${error.problem}`, params: { deck: error.deck } };
  }
  return null;
}
