import {
  NUMERIC_PROPERTIES,
  STATE_FILTERS,
  type CardStateFilter,
  type Comparison,
  type NumericProperty,
  type SearchNode,
} from './ast';
import { SearchError } from './errors';
import { tokenize, type Token } from './tokenize';

/** The longest query read: a pasted page of text gets an answer, not a stalled screen. */
export const MAX_QUERY_LENGTH = 2000;

/**
 * Reads a query into a tree, with Anki's precedence: `-` binds to the next term or group,
 * terms side by side (or joined by `and`) bind tighter than `or`, so `a b or c` is
 * `(a b) or c`. An empty query matches every card.
 */
export function parseSearch(query: string): SearchNode {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new SearchError(
      'too-long',
      MAX_QUERY_LENGTH,
      String(MAX_QUERY_LENGTH),
      `the query is longer than ${MAX_QUERY_LENGTH} characters`,
    );
  }
  const parser = new Parser(tokenize(query), query.length);
  if (parser.atEnd()) {
    return { kind: 'all' };
  }
  const node = parser.orExpression();
  const stray = parser.peek();
  if (stray) {
    throw new SearchError('unmatched-close', stray.start, ')', 'a ")" has no "(" before it');
  }
  return node;
}

class Parser {
  private i = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  atEnd(): boolean {
    return this.i >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.i];
  }

  orExpression(): SearchNode {
    const children = [this.andExpression()];
    while (this.peek()?.kind === 'or') {
      const or = this.tokens[this.i++]!;
      if (this.endsOperand()) {
        throw danglingOperator(or.start, 'or');
      }
      children.push(this.andExpression());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  private andExpression(): SearchNode {
    const children: SearchNode[] = [];
    for (;;) {
      const token = this.peek();
      if (token === undefined || token.kind === 'close' || token.kind === 'or') {
        break;
      }
      if (token.kind === 'and') {
        this.i++;
        if (children.length === 0 || this.endsOperand()) {
          throw danglingOperator(token.start, 'and');
        }
        continue;
      }
      children.push(this.unary());
    }
    if (children.length === 0) {
      const token = this.peek();
      throw danglingOperator(token?.start ?? this.length, token?.kind ?? '');
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  /** Whether nothing that could be an operand follows (end, `)`, or another operator). */
  private endsOperand(): boolean {
    const kind = this.peek()?.kind;
    return kind === undefined || kind === 'close' || kind === 'or' || kind === 'and';
  }

  private unary(): SearchNode {
    const token = this.tokens[this.i++]!;
    switch (token.kind) {
      case 'not': {
        if (this.endsOperand()) {
          throw new SearchError('dangling-negation', token.start, '-', 'nothing follows the "-"');
        }
        return { kind: 'not', child: this.unary() };
      }
      case 'open':
        return this.group(token.start);
      case 'term':
        return termNode(token.text, token.start);
      default:
        throw danglingOperator(token.start, token.kind);
    }
  }

  private group(start: number): SearchNode {
    if (this.peek()?.kind === 'close') {
      throw new SearchError('empty-group', start, '()', 'the parentheses hold nothing');
    }
    const node = this.orExpression();
    if (this.peek()?.kind !== 'close') {
      throw new SearchError('unclosed-paren', start, '(', 'a "(" is never closed');
    }
    this.i++;
    return node;
  }
}

function danglingOperator(start: number, word: string): SearchError {
  return new SearchError('dangling-operator', start, word, `"${word}" needs a term on each side`);
}

/** `field:value` splits at the first colon that is not escaped. */
function splitField(text: string): { field: string; value: string } | null {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
    } else if (text[i] === ':') {
      return { field: text.slice(0, i), value: text.slice(i + 1) };
    }
  }
  return null;
}

/** Takes every backslash escape off, for values that are not patterns (`is:`, `prop:`…). */
export function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function termNode(text: string, start: number): SearchNode {
  const split = splitField(text);
  if (!split) {
    return { kind: 'text', pattern: text };
  }
  const field = split.field.toLowerCase();
  const value = split.value;
  const at = start + split.field.length + 1;
  if (value === '' && field !== 'front' && field !== 'back') {
    throw new SearchError('empty-value', at, `${split.field}:`, `"${split.field}:" needs a value`);
  }
  switch (field) {
    case 'deck':
      return { kind: 'deck', pattern: value };
    case 'tag':
      return { kind: 'tag', pattern: value.toLowerCase() === 'none' ? '' : value };
    case 'front':
      return { kind: 'field', side: 'question', pattern: value };
    case 'back':
      return { kind: 'field', side: 'answer', pattern: value };
    case 'is':
      return stateNode(unescape(value).toLowerCase(), at);
    case 'flag':
      return flagNode(unescape(value), at);
    case 'prop':
      return propNode(unescape(value), at);
    case 'rated':
    case 'added':
    case 'edited':
      return daysNode(field, unescape(value), at);
    default:
      throw new SearchError(
        'unknown-field',
        start,
        split.field,
        `"${split.field}:" is not a search field (write \\: to search for a colon)`,
      );
  }
}

function stateNode(value: string, at: number): SearchNode {
  if (!(STATE_FILTERS as readonly string[]).includes(value)) {
    throw new SearchError(
      'unknown-is',
      at,
      value,
      `"is:${value}" is not one of ${STATE_FILTERS.map((s) => `is:${s}`).join(', ')}`,
    );
  }
  return { kind: 'is', state: value as CardStateFilter };
}

function flagNode(value: string, at: number): SearchNode {
  if (!/^[0-7]$/.test(value)) {
    throw new SearchError('bad-flag', at, value, `"flag:${value}" needs a number from 0 to 7`);
  }
  return { kind: 'flag', flag: Number(value) };
}

const PROP = /^([a-z]+)(<=|>=|!=|=|<|>)(-?\d+(?:\.\d+)?)$/i;

function propNode(value: string, at: number): SearchNode {
  const match = PROP.exec(value);
  if (!match) {
    throw new SearchError(
      'bad-prop',
      at,
      value,
      `"prop:${value}" needs a property, a comparison and a number, as in prop:ivl>10`,
    );
  }
  const [, name = '', op = '', number = ''] = match;
  const property = name.toLowerCase();
  if (!(NUMERIC_PROPERTIES as readonly string[]).includes(property)) {
    throw new SearchError(
      'unknown-prop',
      at,
      name,
      `"prop:${name}" is not one of ${NUMERIC_PROPERTIES.join(', ')}`,
    );
  }
  return {
    kind: 'prop',
    property: property as NumericProperty,
    op: op as Comparison,
    value: Number(number),
  };
}

function daysNode(field: 'rated' | 'added' | 'edited', value: string, at: number): SearchNode {
  if (field === 'rated' && /^\d+:\d+$/.test(value)) {
    throw new SearchError(
      'rated-ease',
      at,
      value,
      `"rated:${value}": searching by the answer button is not supported yet`,
    );
  }
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new SearchError(
      'bad-days',
      at,
      `${field}:${value}`,
      `"${field}:" needs a whole number of days, 1 or more`,
    );
  }
  return { kind: field, days: Number(value) };
}
