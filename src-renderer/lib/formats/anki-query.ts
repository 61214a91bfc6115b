/**
 * Queries of an imported Anki collection, each bounded in rows and, together, in time. The
 * collection is a SQLite file someone else wrote: a view can recurse forever, a table without
 * its primary key can make a join of a few thousand rows yield millions. sql.js exposes no
 * progress handler, so every query calls a guard function in its WHERE clause; the guard counts
 * the rows SQLite looks at and stops the query at the deadline or the row limit.
 */
import type { Database, SqlValue } from 'sql.js';
import { InputTooLargeError, ParseError } from '../errors';

/** Reading a collection of 50,000 cards with their history takes about a second. */
export const MAX_COLLECTION_READ_MS = 30_000;
/** Rows one query may look at: cards with their notes, or the review log. */
export const MAX_CARD_ROWS = 500_000;
export const MAX_REVLOG_ROWS = 2_000_000;
/** Note types, fields, templates, decks and the `col` row. */
export const MAX_SMALL_TABLE_ROWS = 10_000;

/** The function each query's WHERE clause calls with one of its columns. */
export const GUARD = 'recall_guard';

/** SQLite objects a collection Anki wrote never has, and that run code on read. */
const FORBIDDEN = `select type, name from sqlite_master
  where type in ('view', 'trigger') or (type = 'table' and sql like 'create virtual%') limit 1`;

export class CollectionQueries {
  private readonly deadline: number;
  private seen = 0;
  private limit = 0;
  private stopped: 'time' | 'rows' | undefined;

  constructor(
    private readonly db: Database,
    private readonly file: string,
    private readonly budgetMs = MAX_COLLECTION_READ_MS,
  ) {
    this.deadline = Date.now() + budgetMs;
    // sql.js registers the function with as many arguments as it declares: one, a column.
    db.create_function(GUARD, (_column: unknown) => {
      this.seen += 1;
      if (this.seen > this.limit) {
        this.stopped = 'rows';
        throw new Error('row limit');
      }
      // Checking the clock every row would cost as much as the row itself.
      if (this.seen % 1024 === 0 && Date.now() > this.deadline) {
        this.stopped = 'time';
        throw new Error('deadline');
      }
      return 1;
    });
    const [bad] = this.db.exec(FORBIDDEN);
    const [type, name] = bad?.values[0] ?? [];
    if (type !== undefined) {
      throw new ParseError(
        `the collection defines a ${String(type)} (${String(name)}); Anki collections have none, so it is not read`,
        { file },
      );
    }
    // Nothing in the file may run as it is read, nor may the read change it.
    db.run('pragma trusted_schema = off');
    db.run('pragma query_only = on');
  }

  /**
   * All rows of `sql`, which must call `${GUARD}(column)` in its WHERE clause (checked), as
   * records; `what` names the rows in the message when there are more than `limit`.
   */
  rows(sql: string, what: string, limit = MAX_SMALL_TABLE_ROWS): Array<Record<string, SqlValue>> {
    if (!sql.includes(`${GUARD}(`)) {
      throw new TypeError(`unguarded collection query: ${sql}`);
    }
    this.seen = 0;
    this.limit = limit;
    this.stopped = undefined;
    let result;
    try {
      [result] = this.db.exec(sql);
    } catch (error) {
      throw this.stopped ? this.overLimit(what, limit) : error;
    }
    if (!result) {
      return [];
    }
    const { columns, values } = result;
    return values.map((row) => {
      const record: Record<string, SqlValue> = {};
      columns.forEach((column, i) => {
        record[column] = row[i] ?? null;
      });
      return record;
    });
  }

  private overLimit(what: string, limit: number): InputTooLargeError {
    const message =
      this.stopped === 'time'
        ? `reading the collection took longer than ${this.budgetMs / 1000} s (at ${what}); it is not read`
        : `the collection has more than ${limit.toLocaleString('en')} ${what}; the limit is ${limit.toLocaleString('en')}`;
    return new InputTooLargeError(message, { file: this.file });
  }
}
