/**
 * One entry for type-in cards: the expected answer decides how to compare. A command is read
 * with its tool's grammar when the grammar data is given and covers it, compared word by word
 * otherwise (where the checker often cannot tell, and says so); anything else is compared as
 * text.
 */
import { checkCommand } from './command';
import type { CheckResult } from './diff';
import { checkWithGrammar } from './grammar/check';
import type { GrammarData } from './grammar/types';
import { checkText } from './text';

export type { CharDiff, CheckResult, DiffToken } from './diff';
export type { Finding } from './findings';

/** Starts like a command line: a lowercase ASCII word such as `swift`, `virt-df`, `./run`. */
const COMMAND_LIKE = /^\s*(?:\$\s+)?(?:\.{0,2}\/)?[a-z][\w.+/-]*(?:\s|$)/;

export function checkAnswer(typed: string, expected: string, grammar?: GrammarData): CheckResult {
  if (typed.trim() === '') {
    // Said as such: the diff alone would list the whole answer as missing.
    return {
      diff: compare(typed, expected, grammar).diff,
      correct: false,
      findings: [{ kind: 'no-answer' }],
    };
  }
  return compare(typed, expected, grammar);
}

/** Whether `expected` is checked as a command (else as text). */
export function readsAsCommand(expected: string): boolean {
  return COMMAND_LIKE.test(expected);
}

/** One absolute path, as a card that asks where something lives answers. */
const PATH = /^\/\S*$/;

/**
 * A directory the card writes with its final slash (`/etc/udev/rules.d/`) is the same directory
 * without it. Not so for a file: `glance-api.conf/` is "Not a directory".
 */
function sameDirectory(typed: string, expected: string): boolean {
  const a = typed.trim();
  const b = expected.trim();
  const strip = (path: string) => path.replace(/\/{2,}/g, '/').replace(/(?<=.)\/+$/, '');
  return PATH.test(a) && PATH.test(b) && b.endsWith('/') && strip(a) === strip(b);
}

function compare(typed: string, expected: string, grammar?: GrammarData): CheckResult {
  if (sameDirectory(typed, expected)) {
    return { correct: true, diff: [{ text: typed.trim(), op: 'same' }] };
  }
  if (!readsAsCommand(expected)) {
    return checkText(typed, expected);
  }
  if (grammar) {
    return checkWithGrammar(typed, expected, grammar);
  }
  return checkCommand(typed.replace(/^\s*\$\s+/, ''), expected.replace(/^\s*\$\s+/, ''));
}
