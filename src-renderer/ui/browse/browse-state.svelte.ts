import { reloadBrowseRows, loadBrowseRows } from '../../data/browse';
import type { RecallDb } from '../../data/db';
import type { CardRow } from '../../data/schema';
import { redoAction, undoAction, type UndoableAction } from '../../data/undo';
import type { EditableContent } from '../../lib/cards/override';
import type { Clock } from '../../lib/clock';
import type { MessageKey, Params } from '../../lib/i18n';
import { measured } from '../../lib/perf';
import { studyDayOf } from '../../lib/scheduler/study-day';
import { SearchError } from '../../lib/search/errors';
import type { BrowseRow } from '../../lib/search/row';
import { SearchIndex } from '../../lib/search/search-index';
import type { SortColumn, SortOrder } from '../../lib/search/sort';
import { revertEdit, saveEdit } from '../shared/card-edits';
import { appHistory, type UndoHistory } from '../shared/undo-history';
import { runBulkAction, type BulkAction } from './bulk-actions';
import {
  NO_SELECTION,
  clickSelect,
  keepShown,
  selectAll,
  type ClickKeys,
  type Selection,
} from './selection';

export interface Notice {
  key: MessageKey;
  params?: Params;
}

/** Columns that read best largest first when first clicked, as in Anki. */
const DESCENDING_FIRST: ReadonlySet<SortColumn> = new Set([
  'interval',
  'difficulty',
  'reviews',
  'lapses',
  'modified',
]);

/**
 * The browse screen: every card in memory (one read), the search as typed, the order, the
 * selection, and the actions on it. Each action goes through the data layer, is recorded in
 * the app's undo history (so are the editor pane's edits), and then only the cards it touched
 * are read again.
 */
export class BrowseState {
  phase = $state<'loading' | 'ready'>('loading');
  query = $state('');
  order = $state.raw<SortOrder>({ column: 'created', descending: false });
  shown = $state.raw<BrowseRow[]>([]);
  total = $state(0);
  error = $state.raw<SearchError | null>(null);
  selection = $state.raw<Selection>(NO_SELECTION);
  /** The one selected card, as stored, for the editor pane. */
  editing = $state.raw<CardRow | null>(null);
  notice = $state.raw<Notice | null>(null);
  decks = $state.raw<string[]>([]);
  busy = $state(false);
  canUndo = $state(false);
  canRedo = $state(false);

  private index = new SearchIndex();
  private editorLoad: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: RecallDb,
    private readonly clock: Clock,
    private readonly history: UndoHistory<UndoableAction> = appHistory,
  ) {
    this.syncHistory();
  }

  async load(): Promise<void> {
    const now = this.clock.now().getTime();
    const [rows, decks] = await measured('browse-load', () =>
      Promise.all([loadBrowseRows(this.db, now), this.db.decks.orderBy('name').primaryKeys()]),
    );
    this.index = new SearchIndex(rows);
    this.decks = decks;
    this.phase = 'ready';
    this.search();
  }

  setQuery(query: string): void {
    this.query = query;
    this.search();
  }

  sortBy(column: SortColumn): void {
    this.order =
      this.order.column === column
        ? { column, descending: !this.order.descending }
        : { column, descending: DESCENDING_FIRST.has(column) };
    this.search();
  }

  /** Runs the query; a query that cannot be read keeps the last results and says why. */
  search(): void {
    const start = performance.now();
    const now = this.clock.now();
    try {
      this.shown = this.index.search(this.query, this.order, {
        now: now.getTime(),
        day: studyDayOf(now),
      });
      this.error = null;
    } catch (error) {
      if (!(error instanceof SearchError)) {
        throw error;
      }
      this.error = error;
    }
    this.total = this.index.size;
    performance.measure('browse-search', { start, end: performance.now() });
    this.select(keepShown(this.selection, this.shown));
  }

  click(index: number, keys: ClickKeys): void {
    this.select(clickSelect(this.selection, this.shown, index, keys));
  }

  selectAll(): void {
    this.select(selectAll(this.shown, this.selection));
  }

  /** The selected cards, in the order shown. */
  selectedIds(): string[] {
    const { ids } = this.selection;
    return ids.size === 0 ? [] : this.shown.filter((row) => ids.has(row.id)).map((row) => row.id);
  }

  async act(action: BulkAction): Promise<void> {
    const ids = this.selectedIds();
    if (ids.length === 0) {
      return;
    }
    await this.write(async () => {
      const now = this.clock.now();
      const { record, skippedNew } = await runBulkAction(
        this.db,
        action,
        ids,
        now.getTime(),
        studyDayOf(now),
      );
      this.history.record(record);
      await this.refresh(ids);
      this.notice =
        skippedNew > 0
          ? { key: 'browse.done.skippedNew', params: { count: skippedNew } }
          : { key: `browse.done.${action.name}`, params: { count: record.cardIds.length } };
    });
  }

  /**
   * Cards the Add dialog wrote (the add is in the history already): they join the results the
   * query finds. Not one of `write`'s: a second add while this reads must not be dropped.
   */
  async cardsAdded(ids: readonly string[]): Promise<void> {
    await this.refresh(ids);
    this.decks = await this.db.decks.orderBy('name').primaryKeys();
    this.syncHistory();
  }

  async undo(): Promise<void> {
    await this.write(async () => {
      const action = await this.history.undo((a) => undoAction(this.db, a));
      if (action) {
        await this.refresh(cardIdsOf(action), action.kind !== 'card-edit');
        this.notice = { key: 'browse.done.undone' };
      }
    });
  }

  async redo(): Promise<void> {
    await this.write(async () => {
      const action = await this.history.redo((a) => redoAction(this.db, a));
      if (action) {
        await this.refresh(cardIdsOf(action), action.kind !== 'card-edit');
        this.notice = { key: 'browse.done.redone' };
      }
    });
  }

  async saveEdit(edited: EditableContent): Promise<void> {
    const card = this.editing;
    if (!card) {
      return;
    }
    await this.write(async () => {
      await saveEdit(this.db, card.id, edited, this.clock.now().getTime(), this.history);
      await this.refresh([card.id], false);
      this.notice = { key: 'browse.done.edit' };
    });
  }

  async revertEdit(): Promise<void> {
    const card = this.editing;
    if (!card) {
      return;
    }
    await this.write(async () => {
      await revertEdit(this.db, card.id, this.clock.now().getTime(), this.history);
      await this.refresh([card.id], false);
    });
  }

  /** Shows the stored card again in the editor, dropping what was typed. */
  async cancelEdit(): Promise<void> {
    await this.loadEditor(true);
  }

  /** One write at a time; a failed write leaves the screen as the database has it. */
  private async write(work: () => Promise<void>): Promise<void> {
    if (this.busy) {
      return;
    }
    this.busy = true;
    try {
      await work();
    } finally {
      this.busy = false;
      this.syncHistory();
    }
  }

  /**
   * Reads the cards again after a write. Actions search again, so the count says what the query
   * now finds; an edit only updates the card in place, so the card being edited stays in view
   * even when its new text no longer matches (as in Anki).
   */
  private async refresh(ids: readonly string[], searchAgain = true): Promise<void> {
    const { rows, gone } = await reloadBrowseRows(this.db, ids, this.clock.now().getTime());
    this.index.upsert(rows);
    this.index.remove(gone);
    if (searchAgain) {
      this.search();
    } else {
      this.shown = this.shown.map((row) => this.index.get(row.id) ?? row);
    }
    if (this.editing && ids.includes(this.editing.id)) {
      await this.loadEditor(true);
    }
  }

  private select(selection: Selection): void {
    if (selection === this.selection) {
      return;
    }
    this.selection = selection;
    this.editorLoad = this.loadEditor(false);
  }

  /** Settles once the editor pane shows the card the selection now names. */
  editorReady(): Promise<void> {
    return this.editorLoad;
  }

  private async loadEditor(force: boolean): Promise<void> {
    const { ids } = this.selection;
    const id = ids.size === 1 ? [...ids][0]! : null;
    if (id === null) {
      this.editing = null;
      return;
    }
    if (!force && this.editing?.id === id) {
      return;
    }
    const card = (await this.db.cards.get(id)) ?? null;
    // A click since the read started wins.
    if (this.selection.ids.size === 1 && this.selection.ids.has(id)) {
      this.editing = card;
    }
  }

  private syncHistory(): void {
    this.canUndo = this.history.canUndo;
    this.canRedo = this.history.canRedo;
  }
}

function cardIdsOf(action: UndoableAction): string[] {
  switch (action.kind) {
    case 'grade':
      return [action.grade.before.cardId];
    case 'card-edit':
      return [action.cardId];
    case 'deck-delete':
      return action.deleted.cards.map((card) => card.id);
    default:
      return action.cardIds;
  }
}
