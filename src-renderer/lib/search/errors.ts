import { ParseError } from '../errors';

/** Why a query could not be read; the browse screen turns each into a sentence of its own. */
export const SEARCH_ERROR_REASONS = [
  'unclosed-quote',
  'unmatched-close',
  'unclosed-paren',
  'empty-group',
  'dangling-operator',
  'dangling-negation',
  'empty-value',
  'unknown-field',
  'unknown-is',
  'bad-flag',
  'bad-prop',
  'unknown-prop',
  'bad-days',
  'rated-ease',
  'trailing-escape',
  'too-long',
] as const;
export type SearchErrorReason = (typeof SEARCH_ERROR_REASONS)[number];

/**
 * A query the parser cannot read, with where (0-based offset into the query) and, for the
 * message, the piece of text at fault. Nothing is searched: a half-understood query would show
 * cards the learner did not ask for.
 */
export class SearchError extends ParseError {
  constructor(
    readonly reason: SearchErrorReason,
    readonly position: number,
    readonly detail: string,
    message: string,
  ) {
    super(`${message} (at ${position + 1})`);
  }
}
