import type { Finding } from './findings';

/** Characters of a misspelt word: kept, typed in excess, or missing (as Anki's type-in diff). */
export interface CharDiff {
  text: string;
  op: 'same' | 'missing' | 'extra';
}

/**
 * Word-level diff shared by command and text checking. A `changed` word is a typed word in the
 * place of another; `chars` marks the characters that differ.
 */
export type DiffToken =
  | { text: string; op: 'same' | 'missing' | 'extra' }
  | { text: string; op: 'changed'; chars: CharDiff[] };

export interface CheckResult {
  correct: boolean;
  /**
   * The checker cannot say whether the tool would read the typed command as the card's: no
   * grammar covers it, or it redirects output where the card's answer does not. Never set on a
   * correct result; the findings say why.
   */
  undecided?: true;
  /** Typed and expected words in reading order; join with spaces to display. */
  diff: DiffToken[];
  /** Why, from the tool's grammar (or why it cannot tell); absent for a text answer. */
  findings?: Finding[];
}

/** The characters of `typed` against `expected`, missing ones placed before the next kept one. */
export function charDiff(typed: string, expected: string): CharDiff[] {
  const a = [...typed];
  const b = [...expected];
  const raw = sequenceDiff(a, b, (x, y) => x === y, String, String);
  const merged: CharDiff[] = [];
  for (const { text, op } of raw) {
    const last = merged[merged.length - 1];
    const kind = op as CharDiff['op'];
    if (last && last.op === kind) {
      last.text += text;
    } else {
      merged.push({ text, op: kind });
    }
  }
  return merged;
}

/** Index pairs of a longest common subsequence of `a` and `b` under `equal`. */
export function lcsPairs<A, B>(a: A[], b: B[], equal: (x: A, y: B) => boolean): [number, number][] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const x = a[i] as A;
      const y = b[j] as B;
      table[i * cols + j] = equal(x, y)
        ? (table[(i + 1) * cols + j + 1] ?? 0) + 1
        : Math.max(table[(i + 1) * cols + j] ?? 0, table[i * cols + j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (equal(a[i] as A, b[j] as B)) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((table[(i + 1) * cols + j] ?? 0) >= (table[i * cols + j + 1] ?? 0)) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** Diff of two word lists from an LCS: missing words come before the typed word that follows them. */
export function sequenceDiff<A, B>(
  typed: A[],
  expected: B[],
  equal: (x: A, y: B) => boolean,
  typedText: (x: A) => string,
  expectedText: (y: B) => string,
): DiffToken[] {
  const diff: DiffToken[] = [];
  let i = 0;
  let j = 0;
  const anchors: [number, number][] = [
    ...lcsPairs(typed, expected, equal),
    [typed.length, expected.length],
  ];
  for (const [ti, ej] of anchors) {
    for (; j < ej; j++) {
      diff.push({ text: expectedText(expected[j] as B), op: 'missing' });
    }
    for (; i < ti; i++) {
      diff.push({ text: typedText(typed[i] as A), op: 'extra' });
    }
    if (ti < typed.length) {
      diff.push({ text: typedText(typed[ti] as A), op: 'same' });
      i = ti + 1;
      j = ej + 1;
    }
  }
  return diff;
}
