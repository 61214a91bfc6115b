/**
 * One entry for type-in cards: the expected answer decides how to compare. A command (or a
 * command's name) is compared as a command, anything else as text.
 */
import { checkCommand } from './command';
import type { CheckResult } from './diff';
import { checkText } from './text';

export type { CheckResult, DiffToken } from './diff';

/** Starts like a command line: a lowercase ASCII word such as `swift`, `virt-df`, `./run`. */
const COMMAND_LIKE = /^\s*(?:\$\s+)?(?:\.{0,2}\/)?[a-z][\w.+/-]*(?:\s|$)/;

export function checkAnswer(typed: string, expected: string): CheckResult {
  return COMMAND_LIKE.test(expected)
    ? checkCommand(typed.replace(/^\s*\$\s+/, ''), expected.replace(/^\s*\$\s+/, ''))
    : checkText(typed, expected);
}
