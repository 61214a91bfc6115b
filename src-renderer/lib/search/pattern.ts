import { foldCase } from './row';

/** Tests already case-folded text. */
export type TextTest = (folded: string) => boolean;

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const WILDCARDS: Record<string, string> = { '*': '[\\s\\S]*', _: '[\\s\\S]' };

/**
 * Compiles a pattern as Anki reads one: `*` is any run of characters, `_` any one character,
 * a backslash makes the next character literal, case does not matter. `whole` anchors it to
 * the whole text (deck, tag and field searches); otherwise it matches anywhere.
 */
export function compilePattern(pattern: string, whole: boolean): TextTest {
  const pieces: string[] = [];
  /** The literal runs between wildcards: text that must be there for the pattern to match. */
  const runs: string[] = [];
  let literal = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '\\' && i + 1 < pattern.length) {
      literal += pattern[++i];
    } else if (ch in WILDCARDS) {
      runs.push(foldCase(literal));
      pieces.push(foldCase(literal).replace(REGEX_SPECIAL, '\\$&'), WILDCARDS[ch] ?? '');
      literal = '';
    } else {
      literal += ch;
    }
  }
  if (pieces.length === 0) {
    const needle = foldCase(literal);
    return whole ? (text) => text === needle : (text) => text.includes(needle);
  }
  runs.push(foldCase(literal));
  pieces.push(foldCase(literal).replace(REGEX_SPECIAL, '\\$&'));
  const source = pieces.join('');
  const regex = new RegExp(whole ? `^(?:${source})$` : source, 'u');
  // A substring test is many times cheaper than the regex and rules out most texts first.
  const required = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  return required === ''
    ? (text) => regex.test(text)
    : (text) => text.includes(required) && regex.test(text);
}
