import { deckAncestors } from '../cards/card';
import type { StudyDay } from '../scheduler/study-day';
import type { CardStateFilter, Comparison, NumericProperty, SearchNode } from './ast';
import { compilePattern, type TextTest } from './pattern';
import { difficultyFraction, foldCase, type BrowseRow } from './row';

/** The cards searched, with their text case-folded once, index for index with `rows`. */
export interface SearchTable {
  readonly rows: readonly BrowseRow[];
  readonly questions: readonly string[];
  readonly answers: readonly string[];
  /** Each card's deck as an index into `decks`. */
  readonly deckIds: readonly number[];
  readonly decks: readonly string[];
}

/** "Today" for `is:due`, `prop:due`, `rated:`…: the study day, which starts at the rollover hour. */
export interface SearchContext {
  now: number;
  day: StudyDay;
}

export type RowTest = (index: number) => boolean;

/** The start of the study day `offset` days from today (negative: in the past), DST-safe. */
export function studyDayStart(day: StudyDay, offset: number): number {
  const start = new Date(day.start);
  start.setDate(start.getDate() + offset);
  return start.getTime();
}

/**
 * Which cards match: one byte per row of `table`, 1 for a match. Each term runs as one tight
 * loop over the cards still in question, so `a b` only tests `b` on the cards `a` kept and a
 * long query costs little more than its most selective term. Deck and tag patterns are tried
 * once per distinct deck or tag, not once per card.
 */
export function evaluateSearch(
  node: SearchNode,
  table: SearchTable,
  context: SearchContext,
): Uint8Array {
  return evaluate(node, table, context, new Uint8Array(table.rows.length).fill(1));
}

/** The rows of `within` that match `node`. */
function evaluate(
  node: SearchNode,
  table: SearchTable,
  context: SearchContext,
  within: Uint8Array,
): Uint8Array {
  switch (node.kind) {
    case 'all':
      return within.slice();
    case 'and':
      return node.children.reduce((kept, child) => evaluate(child, table, context, kept), within);
    case 'or': {
      const found = new Uint8Array(within.length);
      const open = within.slice();
      for (const child of node.children) {
        const matched = evaluate(child, table, context, open);
        for (let i = 0; i < matched.length; i++) {
          if (matched[i]) {
            found[i] = 1;
            open[i] = 0;
          }
        }
      }
      return found;
    }
    case 'not': {
      const matched = evaluate(node.child, table, context, within);
      const found = within.slice();
      for (let i = 0; i < matched.length; i++) {
        if (matched[i]) {
          found[i] = 0;
        }
      }
      return found;
    }
    default: {
      const test = termTest(node, table, context);
      const found = new Uint8Array(within.length);
      for (let i = 0; i < within.length; i++) {
        if (within[i] && test(i)) {
          found[i] = 1;
        }
      }
      return found;
    }
  }
}

type Term = Exclude<SearchNode, { kind: 'all' | 'and' | 'or' | 'not' }>;

function termTest(node: Term, table: SearchTable, context: SearchContext): RowTest {
  const { rows, questions, answers } = table;
  const row = (i: number) => rows[i]!;
  switch (node.kind) {
    case 'text': {
      const test = compilePattern(node.pattern, false);
      return (i) => test(questions[i]!) || test(answers[i]!);
    }
    case 'field': {
      const test = compilePattern(node.pattern, true);
      const texts = node.side === 'question' ? questions : answers;
      return (i) => test(texts[i]!);
    }
    case 'deck': {
      const test = compilePattern(node.pattern, true);
      const inDeck = Uint8Array.from(table.decks, (deck) => (matchesDeck(test, deck) ? 1 : 0));
      const { deckIds } = table;
      return (i) => inDeck[deckIds[i]!] === 1;
    }
    case 'tag': {
      if (node.pattern === '') {
        return (i) => row(i).tags.length === 0;
      }
      const test = compilePattern(node.pattern, true);
      const hasTag = memo((tag: string) => matchesTag(test, tag));
      return (i) => row(i).tags.some(hasTag);
    }
    case 'is':
      return stateTest(node.state, rows, context);
    case 'flag':
      return (i) => row(i).flag === node.flag;
    case 'prop':
      return propertyTest(node.property, node.op, node.value, rows, context);
    case 'rated':
    case 'added':
    case 'edited': {
      const since = studyDayStart(context.day, 1 - node.days);
      const at = TIMESTAMPS[node.kind];
      return (i) => at(row(i)) >= since;
    }
  }
}

const TIMESTAMPS = {
  rated: (r: BrowseRow) => r.lastRatedAt ?? -Infinity,
  added: (r: BrowseRow) => r.createdAt,
  edited: (r: BrowseRow) => r.updatedAt,
};

function memo(test: (key: string) => boolean): (key: string) => boolean {
  const seen = new Map<string, boolean>();
  return (key) => {
    let result = seen.get(key);
    if (result === undefined) {
      result = test(key);
      seen.set(key, result);
    }
    return result;
  };
}

/** As Anki: `deck:a` finds cards in `a` and in every sub-deck of `a`. */
function matchesDeck(test: TextTest, deck: string): boolean {
  return deckAncestors(deck).some((path) => test(foldCase(path)));
}

/** As Anki: `tag:a` finds the tag `a` and its child tags `a::b`. */
function matchesTag(test: TextTest, tag: string): boolean {
  const parts = tag.split('::');
  return parts.some((_, n) => test(foldCase(parts.slice(0, n + 1).join('::'))));
}

const inStudy = (r: BrowseRow) => r.queue === 'learn' || r.queue === 'review';

function stateTest(state: CardStateFilter, rows: readonly BrowseRow[], context: SearchContext) {
  const tests: Record<CardStateFilter, (r: BrowseRow) => boolean> = {
    // Anki: new and review go by the card's type (a suspended new card is still new),
    // learn and due by its queue (a suspended card is not due).
    new: (r) => r.state === 'new',
    learn: (r) => r.queue === 'learn',
    review: (r) => r.state === 'review' || r.state === 'relearning',
    due: (r) => inStudy(r) && r.due < context.day.end,
    suspended: (r) => r.queue === 'suspended',
    buried: (r) => r.queue === 'buried',
    flagged: (r) => r.flag > 0,
  };
  const test = tests[state];
  return (i: number) => test(rows[i]!);
}

const COMPARE: Record<Comparison, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

function propertyTest(
  property: NumericProperty,
  op: Comparison,
  value: number,
  rows: readonly BrowseRow[],
  context: SearchContext,
): RowTest {
  const compare = COMPARE[op];
  if (property === 'due') {
    return dueTest(op, value, rows, context);
  }
  const read: Record<Exclude<NumericProperty, 'due'>, (r: BrowseRow) => number | null> = {
    ivl: (r) => r.interval,
    reps: (r) => r.reps,
    lapses: (r) => r.lapses,
    // A new card has no memory state yet, so it has neither stability nor difficulty.
    s: (r) => (r.state === 'new' ? null : r.stability),
    d: (r) => (r.state === 'new' ? null : difficultyFraction(r.difficulty)),
  };
  const of = read[property];
  return (i) => {
    const actual = of(rows[i]!);
    return actual !== null && compare(actual, value);
  };
}

/**
 * `prop:due=N`: due on the study day N days from today (0 today, -1 yesterday). Only cards in
 * a study queue have a due day, as in Anki; the day bounds are worked out once, not per card.
 */
function dueTest(
  op: Comparison,
  value: number,
  rows: readonly BrowseRow[],
  context: SearchContext,
): RowTest {
  const floor = Math.floor(value);
  const whole = floor === value;
  const dayOf = (offset: number) => studyDayStart(context.day, offset);
  const before = { '<': dayOf(Math.ceil(value)), '<=': dayOf(floor + 1) };
  const from = { '>': dayOf(floor + 1), '>=': dayOf(Math.ceil(value)) };
  const [dayStart, dayEnd] = [dayOf(floor), dayOf(floor + 1)];
  const onDay = (due: number) => whole && due >= dayStart && due < dayEnd;
  const within: Record<Comparison, (due: number) => boolean> = {
    '<': (due) => due < before['<'],
    '<=': (due) => due < before['<='],
    '>': (due) => due >= from['>'],
    '>=': (due) => due >= from['>='],
    '=': onDay,
    '!=': (due) => !onDay(due),
  };
  const test = within[op];
  return (i) => {
    const r = rows[i]!;
    return inStudy(r) && test(r.due);
  };
}
