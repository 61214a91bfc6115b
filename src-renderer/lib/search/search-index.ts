import { compileSearch, type SearchContext, type SearchTable } from './evaluate';
import { parseSearch } from './parse';
import { foldCase, type BrowseRow } from './row';
import { ascendingOrder, type SortColumn, type SortOrder } from './sort';

/**
 * Every card the browser can show, ready to search: the text case-folded once, and each
 * column's sort order worked out on first use and kept until a card changes, so a search in
 * sorted order is one pass over the cards.
 */
export class SearchIndex implements SearchTable {
  rows: BrowseRow[] = [];
  questions: string[] = [];
  answers: string[] = [];
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
      const index = this.byId.get(row.id) ?? this.rows.length;
      this.byId.set(row.id, index);
      this.rows[index] = row;
      this.questions[index] = foldCase(row.question);
      this.answers[index] = foldCase(row.answer);
    }
    this.orders.clear();
  }

  remove(ids: Iterable<string>): void {
    const gone = new Set(ids);
    const kept = this.rows.filter((row) => !gone.has(row.id));
    if (kept.length === this.rows.length) {
      return;
    }
    this.rows = [];
    this.questions = [];
    this.answers = [];
    this.byId.clear();
    this.upsert(kept);
  }

  /**
   * The cards that match `query`, in `order`. Throws a SearchError for a query it cannot
   * read, before looking at any card.
   */
  search(query: string, order: SortOrder, context: SearchContext): BrowseRow[] {
    const test = compileSearch(parseSearch(query), this, context);
    const ascending = this.ascending(order.column);
    const found: BrowseRow[] = [];
    const n = ascending.length;
    for (let k = 0; k < n; k++) {
      const i = ascending[order.descending ? n - 1 - k : k]!;
      if (test(i)) {
        found.push(this.rows[i]!);
      }
    }
    return found;
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
