/**
 * Checking a typed answer that is not a command: full-width and half-width forms, case,
 * whitespace and a final full stop do not count.
 */
import { sequenceDiff, type CheckResult } from './diff';

export type { CheckResult, DiffToken } from './diff';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const WORD =
  /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\s\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/g;

function normalise(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[。.!?]+$/, '');
  // Spaces between Japanese words are a matter of taste, not of correctness.
  return CJK.test(folded) ? folded.replace(/ /g, '') : folded;
}

/** Words, with each Japanese character a word of its own (Japanese has no spaces to split at). */
function words(text: string): string[] {
  return text.normalize('NFKC').match(WORD) ?? [];
}

export function checkText(typed: string, expected: string): CheckResult {
  const correct = normalise(typed) === normalise(expected);
  const key = (word: string): string => word.toLowerCase().replace(/[。.!?]+$/, '');
  const raw = sequenceDiff(
    words(typed),
    words(expected),
    (a, b) => key(a) === key(b),
    String,
    String,
  );
  return {
    correct,
    diff: mergeJapanese(correct ? words(typed).map((text) => ({ text, op: 'same' })) : raw),
  };
}

/** Joins runs of single Japanese characters with the same op back into one token. */
function mergeJapanese(diff: CheckResult['diff']): CheckResult['diff'] {
  const merged: CheckResult['diff'] = [];
  for (const token of diff) {
    const last = merged[merged.length - 1];
    if (last && last.op === token.op && CJK.test(last.text.slice(-1)) && CJK.test(token.text)) {
      last.text += token.text;
    } else {
      merged.push({ ...token });
    }
  }
  return merged;
}
