/**
 * Redirections (`> out.img`, `2>&1`, `< in`) belong to the shell, not to the command: they are
 * compared apart from its arguments. A typed command that redirects where the card's answer does
 * not (or otherwise) may still do the same, as `glance image-download <ID> > out.img` does
 * `--file out.img` (glance help image-download: "If this is not specified and there is no
 * redirection the image data will not be saved"), but whether a given tool writes the same to
 * its output is not in the grammar: the checker cannot tell.
 */
import type { Finding } from './findings';
import { wordMatches, type Word } from './shell';

export const withoutRedirects = (words: Word[]): Word[] => words.filter((word) => !word.redirect);

const redirects = (words: Word[]): Word[] => words.filter((word) => word.redirect);

/** The same redirections in any order, the card's targets taking placeholders (`> <file>`). */
export function sameRedirects(typed: Word[], expected: Word[]): boolean {
  const left = redirects(expected);
  const got = redirects(typed);
  return (
    got.length === left.length &&
    got.every((word) => {
      const k = left.findIndex((other) => wordMatches(word.value, other.value));
      return k >= 0 && left.splice(k, 1).length === 1;
    })
  );
}

/** Whether the typed words send the command's output to a file (`>`, `>>`, `&>`, `1>`). */
export const writesOutput = (words: Word[]): boolean =>
  redirects(words).some((word) => /^(?:&?>|>>)/.test(word.value));

/** The finding for redirections that differ; `instead` is what the answer has in their place. */
export function redirectionFinding(typed: Word[], expected: Word[], instead: string[]): Finding {
  const raws = (words: Word[]) => redirects(words).map((word) => word.raw);
  return {
    kind: 'redirection',
    typed: raws(typed).join(' '),
    expected: [...raws(expected), ...instead].join(' '),
  };
}
