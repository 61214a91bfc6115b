/**
 * Whether a wrong typed answer was a near miss. "Not quite" next to an answer that shares
 * nothing with the expected one would teach the learner that they almost knew it.
 */
import type { CheckResult } from './diff';
import { isProblem } from './findings';
import { editDistance } from './grammar/suggest';

/**
 * `cannot-tell`: the checker does not know whether the tool would read the typed command as the
 * card's (CheckResult.undecided); the learner compares it with the answer.
 */
export type Verdict = 'correct' | 'close' | 'wrong' | 'cannot-tell';

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A near miss is at most one edit in five characters of the expected answer (one at least), and
 * fewer edits than half its length, so `b` for `a` is not "close"; or, for a command read with a
 * grammar, an answer whose only problems are misspelt names (each has a "did you mean").
 */
export function isNearMiss(typed: string, expected: string): boolean {
  const a = normalise(typed);
  const b = normalise(expected);
  const length = [...b].length;
  if (!a || !length) {
    return false;
  }
  const limit = Math.max(1, Math.floor(length / 5));
  const distance = editDistance(a, b, limit);
  return distance <= limit && distance < length / 2;
}

export function verdictOf(result: CheckResult, typed: string, expected: string): Verdict {
  if (result.correct) {
    return 'correct';
  }
  if (result.undecided) {
    // Before the near miss: `vgchange -a y` is one edit from `vgchange -ay`, and the same command.
    return 'cannot-tell';
  }
  const problems = (result.findings ?? []).filter(isProblem);
  const onlyMisspelt = problems.length > 0 && problems.every((f) => f.suggestion !== undefined);
  return onlyMisspelt || isNearMiss(typed, expected) ? 'close' : 'wrong';
}
