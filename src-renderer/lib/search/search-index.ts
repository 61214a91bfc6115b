import { evaluateSearch, type SearchContext, type SearchTable } from './evaluate';
import { parseSearch } from './parse';
import { foldCase, type BrowseRow } from './row';
import { ascendingOrder, sortKeyChanged, type SortColumn, type SortOrder } from './sort';

/**
 * Every card the browser can show, ready to search: the text case-folded once, and each
 * column's sort order worked out on first use and kept while no card moves in it (suspending
 * or flagging cards keeps every order), so a search in sorted order is one pass over the cards.
 */
export class SearchIndex implements SearchTable {
  rows: BrowseRow[] = [];
  questions: string[] = [];
  answers: string[] = [];
  /** Each card's deck as a number, so a deck search tests each deck once, not each card. */
  deckIds: number[] = [];
  decks: string[] = [];
  private readonly deckIndex = new Map<string, number>();
  private readonly byId = new Map<string, number>();
  private readonly orders = new Map<SortColumn, Int32Array>();

  constructor(rows: readonly BrowseRow[] = []) {
    this.upsert(rows);
  }

  get size(): number {
    return this.rows.length;
  }

  get(id: string): BrowseRow | undefined {
    const index = this.byId.get(id);
    return index === undefined ? undefined : this.rows[index];
  }

  /** Puts rows in, replacing those with the same id. */
  upsert(rows: readonly BrowseRow[]): void {
    for (const row of rows) {
      const existing = this.byId.get(row.id);
      const before = existing === undefined ? undefined : this.rows[existing];
      for (const column of this.orders.keys()) {
        if (!before || sortKeyChanged(column, before, row)) {
          this.orders.delete(column);
        }
      }
      const index = existing ?? this.rows.length;
      this.byId.set(row.id, index);
      this.rows[index] = row;
      this.questions[index] = foldCase(row.question);
      this.answers[index] = foldCase(row.answer);
      this.deckIds[index] = this.deckId(row.deck);
    }
  }

  /** Takes cards out; the kept orders stay valid for the cards that are left. */
  remove(ids: Iterable<string>): void {
    const gone = new Set([...ids].map((id) => this.byId.get(id)).filter((i) => i !== undefined));
    if (gone.size === 0) {
      return;
    }
    const newIndex = new Int32Array(this.rows.length).fill(-1);
    let next = 0;
    for (let i = 0; i < this.rows.length; i++) {
      if (!gone.has(i)) {
        newIndex[i] = next++;
      }
    }
    const keep = (_: unknown, i: number) => !gone.has(i);
    this.rows = this.rows.filter(keep);
    this.questions = this.questions.filter(keep);
    this.answers = this.answers.filter(keep);
    this.deckIds = this.deckIds.filter(keep);
    this.byId.clear();
    this.rows.forEach((row, i) => this.byId.set(row.id, i));
    for (const [column, order] of this.orders) {
      this.orders.set(
        column,
        order.map((i) => newIndex[i]!).filter((i) => i >= 0),
      );
    }
  }

  /**
   * The cards that match `query`, in `order`. Throws a SearchError for a query it cannot
   * read, before looking at any card.
   */
  search(query: string, order: SortOrder, context: SearchContext): BrowseRow[] {
    const matched = evaluateSearch(parseSearch(query), this, context);
    const ascending = this.ascending(order.column);
    const found: BrowseRow[] = [];
    const n = ascending.length;
    if (order.descending) {
      for (let k = n - 1; k >= 0; k--) {
        const i = ascending[k]!;
        if (matched[i]) {
          found.push(this.rows[i]!);
        }
      }
    } else {
      for (let k = 0; k < n; k++) {
        const i = ascending[k]!;
        if (matched[i]) {
          found.push(this.rows[i]!);
        }
      }
    }
    return found;
  }

  private deckId(deck: string): number {
    let id = this.deckIndex.get(deck);
    if (id === undefined) {
      id = this.decks.length;
      this.decks.push(deck);
      this.deckIndex.set(deck, id);
    }
    return id;
  }

  private ascending(column: SortColumn): Int32Array {
    let order = this.orders.get(column);
    if (!order) {
      order = ascendingOrder(this, column);
      this.orders.set(column, order);
    }
    return order;
  }
}
