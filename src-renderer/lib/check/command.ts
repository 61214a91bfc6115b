/**
 * Checking a typed command against the expected one as commands, not strings: whitespace,
 * option order, `--opt=value` vs `--opt value`, quoting and placeholders do not count. Without
 * the tool's grammar, a command that still differs is wrong only when its programs differ;
 * otherwise the checker cannot tell (`undecided`).
 */
import { lcsPairs, type CheckResult, type DiffToken } from './diff';
import type { Finding } from './findings';
import { redirectionFinding, sameRedirects, withoutRedirects } from './redirect';
import { isOptionsPlaceholder, tokenize, wordMatches, type Word } from './shell';

export type { CheckResult, DiffToken } from './diff';

interface Option {
  name: Word;
  value: Word | undefined;
}

/** One reading of a simple command: its positional words in order, and its options. */
interface Reading {
  positionals: Word[];
  options: Option[];
  /** The expected command said `[option]`: any options are fine. */
  anyOptions: boolean;
  /** Positional indexes and options in the order they were written. */
  order: (number | Option)[];
}

/** Beyond this many options whose next word may or may not be their value, only guess greedily. */
const MAX_AMBIGUOUS = 6;

export function checkCommand(typed: string, expected: string): CheckResult {
  const typedSegments = segments(tokenize(typed.normalize('NFKC')));
  const expectedSegments = segments(tokenize(expected.normalize('NFKC')));
  const pairs = typedSegments.map((segment, i) => [segment, expectedSegments[i] ?? []] as const);
  const sameLength = typedSegments.length === expectedSegments.length;
  const argumentsMatch = pairs.map(([t, e]) =>
    segmentMatches(withoutRedirects(t), withoutRedirects(e)),
  );
  const redirectsMatch = pairs.map(([t, e]) => sameRedirects(t, e));
  const correct = sameLength && argumentsMatch.every(Boolean) && redirectsMatch.every(Boolean);
  if (correct) {
    return { correct, diff: typedSegments.flat().map((word) => ({ text: word.raw, op: 'same' })) };
  }
  const diff = commandDiff(typedSegments, expectedSegments);
  if (
    shape(typedSegments) !== shape(expectedSegments) ||
    pairs.some(([t, e]) => otherArgument(withoutRedirects(t), withoutRedirects(e)))
  ) {
    return { correct, diff };
  }
  // Same programs, other words: without the tool's grammar, `-a y` and `-ay`, or elements in
  // another order, may well be the same command. Only the tool could say.
  const programs = [...new Set(expectedSegments.map((segment) => segment[0]?.value ?? ''))];
  const findings: Finding[] = argumentsMatch.every(Boolean)
    ? []
    : [{ kind: 'unknown-options', slot: programs.join(', ') }];
  pairs.forEach(([t, e], i) => {
    if (!redirectsMatch[i]) {
      findings.push(redirectionFinding(t, e, []));
    }
  });
  return { correct, undecided: true, diff, findings };
}

/**
 * Without options on either side, the same number of words, and in some place a word of the
 * card's replaced by one that is nowhere in it: `rmdir /a` for `rmdir /b`. No way of reading
 * options makes those the same. Not so for a name the learner shortened (tools that take
 * prefixes read `ip a` as `ip address`) or a path with or without its final slash.
 */
function otherArgument(typed: Word[], expected: Word[]): boolean {
  const plain = (words: Word[]) => words.filter((word) => !word.separator);
  const t = plain(typed);
  const e = plain(expected);
  if (t.length !== e.length || [...t, ...e].some((word) => isOption(word))) {
    return false;
  }
  return t.some((word, i) => !mayBeSame(word.value, (e[i] as Word).value, e));
}

function mayBeSame(typed: string, expected: string, card: Word[]): boolean {
  const path = (value: string): string => value.replace(/(?<=.)\/+$/, '');
  const names = !typed.includes('/') && !expected.includes('/');
  return (
    wordMatches(typed, expected) ||
    path(typed) === path(expected) ||
    (names && expected.startsWith(typed)) ||
    card.some((other) => wordMatches(typed, other.value))
  );
}

/** Each simple command's program and the separator after it: what a wrong answer surely changes. */
function shape(segments: Word[][]): string {
  return JSON.stringify(
    segments.map((segment) => {
      const last = segment[segment.length - 1];
      return [segment[0]?.value ?? '', last?.separator ? last.value : ''];
    }),
  );
}

/** Simple commands, each with the separator that ends it (`;`, `&&`, `|`) as its last word. */
function segments(words: Word[]): Word[][] {
  const result: Word[][] = [[]];
  for (const word of words) {
    result[result.length - 1]?.push(word);
    if (word.separator) {
      result.push([]);
    }
  }
  return result.filter((segment) => segment.length > 0);
}

const isOption = (word: Word): boolean => !word.separator && /^-[^\d]/.test(word.value);

/** Every way to read which options take the following word as their value. */
function readings(words: Word[]): Reading[] {
  const plain = words.filter((word) => !isOptionsPlaceholder(word.value));
  const anyOptions = plain.length < words.length;
  const ambiguous = plain
    .map((word, i) => (isOption(word) && plain[i + 1] && !isOption(plain[i + 1] as Word) ? i : -1))
    .filter((i) => i >= 0);
  const choices = Math.min(ambiguous.length, MAX_AMBIGUOUS);
  const result: Reading[] = [];
  for (let mask = 0; mask < 1 << choices; mask++) {
    // Bit set: that option takes no value. Options past the limit always take one.
    const flags = new Set(ambiguous.filter((_, k) => k < choices && (mask & (1 << k)) !== 0));
    result.push(read(plain, flags, anyOptions));
  }
  return result;
}

function read(words: Word[], flags: Set<number>, anyOptions: boolean): Reading {
  const reading: Reading = { positionals: [], options: [], anyOptions, order: [] };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const next = words[i + 1];
    if (!isOption(word)) {
      reading.order.push(reading.positionals.push(word) - 1);
      continue;
    }
    const takesValue = next !== undefined && !isOption(next) && !next.separator && !flags.has(i);
    const option: Option = { name: word, value: takesValue ? next : undefined };
    reading.options.push(option);
    reading.order.push(option);
    i += takesValue ? 1 : 0;
  }
  return reading;
}

function segmentMatches(typed: Word[], expected: Word[]): boolean {
  const expectedReadings = readings(expected);
  return readings(typed).some((t) => expectedReadings.some((e) => readingMatches(t, e)));
}

const same = (typed: Word | undefined, expected: Word | undefined): boolean =>
  typed === undefined || expected === undefined
    ? typed === expected
    : wordMatches(typed.value, expected.value);

function readingMatches(typed: Reading, expected: Reading): boolean {
  if (
    typed.positionals.length !== expected.positionals.length ||
    typed.positionals.some((word, i) => !same(word, expected.positionals[i]))
  ) {
    return false;
  }
  const { unmatchedTyped, unmatchedExpected } = matchOptions(typed.options, expected.options);
  return unmatchedExpected.length === 0 && (unmatchedTyped.length === 0 || expected.anyOptions);
}

function matchOptions(typed: Option[], expected: Option[]) {
  const left = [...expected];
  const pairs = new Map<Option, Option>();
  const unmatchedTyped: Option[] = [];
  for (const option of typed) {
    const k = left.findIndex((e) => same(option.name, e.name) && same(option.value, e.value));
    if (k >= 0) {
      pairs.set(option, left[k] as Option);
      left.splice(k, 1);
    } else {
      unmatchedTyped.push(option);
    }
  }
  return { pairs, unmatchedTyped, unmatchedExpected: left };
}

/** A readable diff from the greedy reading of each simple command, aligned one to one. */
function commandDiff(typed: Word[][], expected: Word[][]): DiffToken[] {
  const diff: DiffToken[] = [];
  for (let i = 0; i < Math.max(typed.length, expected.length); i++) {
    const t = typed[i];
    const e = expected[i];
    if (!t || !e) {
      (t ?? e ?? []).forEach((word) => diff.push({ text: word.raw, op: t ? 'extra' : 'missing' }));
      continue;
    }
    diff.push(...segmentDiff(t, e));
  }
  return diff;
}

function segmentDiff(typedWords: Word[], expectedWords: Word[]): DiffToken[] {
  const typed = read(typedWords, new Set(), false);
  const expected = readings(expectedWords)[0] ?? read([], new Set(), false);
  const partner = new Map(lcsPairs(typed.positionals, expected.positionals, same));
  const { pairs, unmatchedExpected } = matchOptions(typed.options, expected.options);
  const diff: DiffToken[] = [];
  const emit = (op: 'same' | 'missing' | 'extra', ...texts: string[]): void => {
    texts.forEach((text) => diff.push({ text, op }));
  };
  let nextExpected = 0;
  for (const unit of typed.order) {
    if (typeof unit === 'number') {
      const j = partner.get(unit);
      if (j === undefined) {
        emit('extra', raw(typed.positionals[unit] as Word));
        continue;
      }
      expected.positionals.slice(nextExpected, j).forEach((word) => emit('missing', word.raw));
      emit('same', raw(typed.positionals[unit] as Word));
      nextExpected = j + 1;
    } else if (pairs.has(unit) || expected.anyOptions) {
      emit('same', ...words(unit));
    } else {
      // Same option with another value: only the value is wrong.
      const k = unmatchedExpected.findIndex((option) => same(unit.name, option.name));
      const other = unmatchedExpected.splice(k, k >= 0 ? 1 : 0)[0];
      if (other) {
        emit('same', unit.name.raw);
        emit('extra', ...(unit.value ? [unit.value.raw] : []));
        emit('missing', ...(other.value ? [other.value.raw] : []));
      } else {
        emit('extra', ...words(unit));
      }
    }
  }
  expected.positionals.slice(nextExpected).forEach((word) => emit('missing', word.raw));
  unmatchedExpected.forEach((option) => emit('missing', ...words(option)));
  return diff;
}

const raw = (word: Word): string => word.raw;
const words = (option: Option): string[] => [
  option.name.raw,
  ...(option.value ? [option.value.raw] : []),
];
