import type { SearchTable } from './evaluate';
import { difficultyFraction, foldCase, type BrowseRow } from './row';

export const SORT_COLUMNS = [
  'question',
  'answer',
  'deck',
  'due',
  'interval',
  'difficulty',
  'reviews',
  'lapses',
  'created',
  'modified',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface SortOrder {
  column: SortColumn;
  descending: boolean;
}

/**
 * Sort keys per column. Due puts new cards first, in their queue order, then the rest by due
 * time, as Anki's browser does (card type first, then due); a new card has no difficulty yet,
 * so it sorts before the easiest one.
 */
const NUMERIC: Record<
  Exclude<SortColumn, 'question' | 'answer' | 'deck'>,
  (r: BrowseRow) => number
> = {
  due: (r) => (r.state === 'new' ? r.position - Number.MAX_SAFE_INTEGER : r.due),
  interval: (r) => r.interval,
  difficulty: (r) => (r.state === 'new' ? -1 : difficultyFraction(r.difficulty)),
  reviews: (r) => r.reps,
  lapses: (r) => r.lapses,
  created: (r) => r.createdAt,
  modified: (r) => r.updatedAt,
};

/** Row indices in ascending order of `column`, ties broken by the cards' order in the collection. */
export function ascendingOrder(table: SearchTable, column: SortColumn): Int32Array {
  const { rows } = table;
  const order = Int32Array.from(rows.keys());
  const position = (i: number) => rows[i]!.position;
  if (column === 'question' || column === 'answer' || column === 'deck') {
    const keys =
      column === 'question'
        ? table.questions
        : column === 'answer'
          ? table.answers
          : rows.map((r) => foldCase(r.deck));
    return order.sort((a, b) => {
      const x = keys[a]!;
      const y = keys[b]!;
      return x < y ? -1 : x > y ? 1 : position(a) - position(b);
    });
  }
  const key = NUMERIC[column];
  const keys = Float64Array.from(rows, key);
  return order.sort((a, b) => keys[a]! - keys[b]! || position(a) - position(b));
}
