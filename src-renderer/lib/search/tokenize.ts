import { SearchError } from './errors';

export type Token =
  | { kind: 'open' | 'close' | 'or' | 'and' | 'not'; start: number }
  /**
   * A search term with its quotes taken off and its backslash escapes kept, so that `\*` stays
   * a literal star and `\:` a literal colon for the parser and the pattern compiler.
   */
  | { kind: 'term'; text: string; quoted: boolean; start: number };

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const endsTerm = (ch: string | undefined) =>
  ch === undefined || isSpace(ch) || ch === '(' || ch === ')';

/**
 * Splits a query as Anki does: whitespace separates terms, parentheses group, a leading `-`
 * negates, double quotes let a term hold spaces (`"a dog"`, `"deck:OPCEL 252"`, `deck:"a b"`),
 * and a bare `or` / `and` (any case) is an operator.
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i];
    if (isSpace(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'open' : 'close', start: i });
      i++;
    } else if (ch === '-') {
      if (endsTerm(query[i + 1]) && query[i + 1] !== '(') {
        throw new SearchError('dangling-negation', i, '-', 'a "-" must come right before a term');
      }
      tokens.push({ kind: 'not', start: i });
      i++;
    } else {
      const term = readTerm(query, i);
      const word = term.text.toLowerCase();
      if (!term.quoted && (word === 'or' || word === 'and')) {
        tokens.push({ kind: word, start: i });
      } else {
        tokens.push({ kind: 'term', text: term.text, quoted: term.quoted, start: i });
      }
      i = term.end;
    }
  }
  return tokens;
}

function readTerm(query: string, start: number): { text: string; quoted: boolean; end: number } {
  let text = '';
  let quoted = false;
  let inQuote = false;
  let quoteStart = start;
  let i = start;
  while (i < query.length && (inQuote || !endsTerm(query[i]))) {
    const ch = query[i] ?? '';
    if (ch === '\\') {
      const next = query[i + 1];
      if (next === undefined) {
        throw new SearchError('trailing-escape', i, '\\', 'the query ends with a lone "\\"');
      }
      text += ch + next;
      i += 2;
      continue;
    }
    if (ch === '"') {
      inQuote = !inQuote;
      quoted = true;
      quoteStart = i;
    } else {
      text += ch;
    }
    i++;
  }
  if (inQuote) {
    throw new SearchError('unclosed-quote', quoteStart, '"', 'a double quote is never closed');
  }
  return { text, quoted, end: i };
}
