/**
 * A parsed search, as Anki's search language means it (manual, "Searching"). Leaves keep the
 * user's pattern as written (wildcards and escapes included); evaluate.ts compiles them.
 */
export type CardStateFilter =
  'new' | 'learn' | 'review' | 'due' | 'suspended' | 'buried' | 'flagged';

export const STATE_FILTERS: readonly CardStateFilter[] = [
  'new',
  'learn',
  'review',
  'due',
  'suspended',
  'buried',
  'flagged',
];

export type Comparison = '<' | '<=' | '>' | '>=' | '=' | '!=';

/** `ivl` and `due` in days, `reps`/`lapses` counts, `s` stability in days, `d` difficulty 0–1. */
export type NumericProperty = 'ivl' | 'due' | 'reps' | 'lapses' | 's' | 'd';

export const NUMERIC_PROPERTIES: readonly NumericProperty[] = [
  'ivl',
  'due',
  'reps',
  'lapses',
  's',
  'd',
];

/** Which side of the card a field search reads. */
export type CardSide = 'question' | 'answer';

export type SearchNode =
  | { kind: 'all' }
  | { kind: 'and'; children: SearchNode[] }
  | { kind: 'or'; children: SearchNode[] }
  | { kind: 'not'; child: SearchNode }
  /** Substring of the question or the answer; `*` and `_` are wildcards. */
  | { kind: 'text'; pattern: string }
  /** The whole field equals the pattern (`front:…`, `back:…`), wildcards allowed. */
  | { kind: 'field'; side: CardSide; pattern: string }
  | { kind: 'deck'; pattern: string }
  /** `tag:none` is `{ pattern: '' }`: cards without tags. */
  | { kind: 'tag'; pattern: string }
  | { kind: 'is'; state: CardStateFilter }
  /** 0 means no flag. */
  | { kind: 'flag'; flag: number }
  | { kind: 'prop'; property: NumericProperty; op: Comparison; value: number }
  /** Answered, added or edited within the last `days` study days (1 = today). */
  | { kind: 'rated' | 'added' | 'edited'; days: number };
