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

type NumericColumn = Exclude<SortColumn, 'question' | 'answer'>;

/**
 * Sort keys per column. Due puts new cards first, in their queue order, then the rest by due
 * time, as Anki's browser does (card type first, then due); a new card has no difficulty yet,
 * so it sorts before the easiest one. Decks sort by their full path.
 */
const NUMERIC: Record<Exclude<NumericColumn, 'deck'>, (r: BrowseRow) => number> = {
  due: (r) => (r.state === 'new' ? r.position - Number.MAX_SAFE_INTEGER : r.due),
  interval: (r) => r.interval,
  difficulty: (r) => (r.state === 'new' ? -1 : difficultyFraction(r.difficulty)),
  reviews: (r) => r.reps,
  lapses: (r) => r.lapses,
  created: (r) => r.createdAt,
  modified: (r) => r.updatedAt,
};

/** Whether a changed card may sort elsewhere by `column`: if not, a kept order stays valid. */
export function sortKeyChanged(column: SortColumn, before: BrowseRow, after: BrowseRow): boolean {
  switch (column) {
    case 'question':
      return before.question !== after.question;
    case 'answer':
      return before.answer !== after.answer;
    case 'deck':
      return before.deck !== after.deck;
    default:
      return NUMERIC[column](before) !== NUMERIC[column](after);
  }
}

/** Row indices in ascending order of `column`, ties broken by the cards' order in the collection. */
export function ascendingOrder(table: SearchTable, column: SortColumn): Int32Array {
  const { rows } = table;
  const order = Int32Array.from(rows.keys());
  const positions = Float64Array.from(rows, (r) => r.position);
  if (column === 'question' || column === 'answer') {
    const keys = column === 'question' ? table.questions : table.answers;
    return order.sort((a, b) => {
      const x = keys[a]!;
      const y = keys[b]!;
      return x < y ? -1 : x > y ? 1 : positions[a]! - positions[b]!;
    });
  }
  const keys = column === 'deck' ? deckRanks(rows) : Float64Array.from(rows, NUMERIC[column]);
  return order.sort((a, b) => keys[a]! - keys[b]! || positions[a]! - positions[b]!);
}

/** A collection has few decks: sort their names once, then cards by the deck's rank. */
function deckRanks(rows: readonly BrowseRow[]): Float64Array {
  const names = [...new Set(rows.map((r) => r.deck))];
  const folded = new Map(names.map((name) => [name, foldCase(name)]));
  names.sort((a, b) => {
    const x = folded.get(a)!;
    const y = folded.get(b)!;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const rank = new Map(names.map((name, i) => [name, i]));
  return Float64Array.from(rows, (r) => rank.get(r.deck)!);
}
