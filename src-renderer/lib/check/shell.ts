/**
 * Shell-like words for comparing commands: quotes and escapes are resolved, `;`, `&&`, `||`, `|`
 * are separators, and placeholders (`<container>`, `[name]`, `<コンテナ名>`) stay one word even
 * with spaces inside (`[loop dev]`).
 */
export interface Word {
  /** As written, for showing in a diff. */
  raw: string;
  /** Quotes removed, escapes resolved. */
  value: string;
  separator: boolean;
  /**
   * A redirection with its target (`> out.img`, `2>&1`, `< in`): the shell's, not an argument
   * of the command. `value` is the operator without a default descriptor, then the target.
   */
  redirect?: true;
}

const SEPARATORS = ['&&', '||', ';', '|', '&'];

/** `>`, `>>`, `>|`, `&>`, `&>>`, `<`, `<>`, and `>&`/`<&` with a descriptor (bash's redirections). */
const REDIRECT = /^(?:&>>?|>>|>\||>&(?:\d+-?|-)?|>|<&(?:\d+-?|-)?|<>|<(?!<))/;

/** `1>` is `>` and `0<` is `<`: the same redirection. */
function redirectValue(fd: string, operator: string): string {
  const implied = operator.startsWith('<') ? '0' : '1';
  return (fd === implied ? '' : fd) + operator;
}

/**
 * `splitEquals`: `--name=value` becomes two words, as every argparse-style tool reads it; the
 * grammar reader turns it off because it needs to know the value was attached.
 */
export function tokenize(line: string, splitEquals = true): Word[] {
  const words: Word[] = [];
  let raw = '';
  let value = '';
  /** A redirection operator still waiting for its target word. */
  let pending: Word | undefined;
  const finish = (): void => {
    if (pending && raw) {
      words.push({ raw: `${pending.raw} ${raw}`, value: pending.value + value, ...REDIRECTION });
      pending = undefined;
    } else if (raw) {
      words.push(...(splitEquals ? splitOption(raw, value) : [{ raw, value, separator: false }]));
    }
    raw = '';
    value = '';
  };
  const flushPending = (): void => {
    if (pending) {
      words.push(pending);
      pending = undefined;
    }
  };
  let i = 0;
  while (i < line.length) {
    const ch = line[i] ?? '';
    const separator = SEPARATORS.find((sep) => line.startsWith(sep, i));
    const redirect = redirectAt(line, i, raw);
    if (/\s/.test(ch)) {
      finish();
      i++;
    } else if (redirect) {
      // The descriptor typed just before the operator (`2>`) is part of it; any other word ends.
      if (!/^\d+$/.test(raw) || raw !== value) {
        finish();
      }
      flushPending();
      const operator = redirect[0];
      const word = { raw: raw + operator, value: redirectValue(value, operator), ...REDIRECTION };
      raw = '';
      value = '';
      i += operator.length;
      if (/[<>]&(?:\d+-?|-)$/.test(operator)) {
        words.push(word);
      } else {
        pending = word;
      }
    } else if (separator) {
      finish();
      flushPending();
      finish();
      words.push({ raw: separator, value: separator, separator: true });
      i += separator.length;
    } else if (ch === "'" || ch === '"') {
      const end = closingQuote(line, i);
      raw += line.slice(i, end + 1);
      value += unescapeQuoted(line.slice(i + 1, end), ch);
      i = end + 1;
    } else if (ch === '\\' && i + 1 < line.length) {
      raw += line.slice(i, i + 2);
      value += line[i + 1];
      i += 2;
    } else if ((ch === '<' || ch === '[') && placeholderEnd(line, i) > 0) {
      const end = placeholderEnd(line, i);
      raw += line.slice(i, end + 1);
      value += line.slice(i, end + 1);
      i = end + 1;
    } else {
      raw += ch;
      value += ch;
      i++;
    }
  }
  finish();
  flushPending();
  return words;
}

const REDIRECTION = { separator: false, redirect: true } as const;

/**
 * A redirection operator at `i` (unquoted: quotes are read whole before), not the `<` of a
 * placeholder (`<IMAGE_ID>`); `&>` only where a word starts, as `&` ends a word before it.
 */
function redirectAt(line: string, i: number, raw: string): RegExpMatchArray | null {
  if ((line[i] === '<' && placeholderEnd(line, i) > 0) || (raw !== '' && line[i] === '&')) {
    return null;
  }
  return REDIRECT.exec(line.slice(i));
}

function closingQuote(line: string, start: number): number {
  const quote = line[start];
  for (let i = start + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') {
      i++;
    } else if (line[i] === quote) {
      return i;
    }
  }
  return line.length;
}

function unescapeQuoted(text: string, quote: string): string {
  return quote === '"' ? text.replace(/\\(["\\$`])/g, '$1') : text;
}

/** `<name>` or `[a b]` with a closing bracket on the line and no space just inside the opening one. */
function placeholderEnd(line: string, start: number): number {
  const close = line[start] === '<' ? '>' : ']';
  const end = line.indexOf(close, start + 1);
  return end > start + 1 && !/\s/.test(line[start + 1] ?? ' ') ? end : -1;
}

/** `--name=value` is `--name value` to every argparse-style tool. */
function splitOption(raw: string, value: string): Word[] {
  const at = value.indexOf('=');
  const rawAt = raw.indexOf('=');
  if (!value.startsWith('--') || at < 3 || rawAt < 0) {
    return [{ raw, value, separator: false }];
  }
  return [
    { raw: raw.slice(0, rawAt), value: value.slice(0, at), separator: false },
    { raw: raw.slice(rawAt + 1), value: value.slice(at + 1), separator: false },
  ];
}

const WHOLE_PLACEHOLDER = /^(?:<[^<>]+>|\[[^[\]]+\])$/;
const ANY_PLACEHOLDER = /<[^<>\s][^<>]*>|\[[^[\]\s][^[\]]*\]/g;

export function isPlaceholder(value: string): boolean {
  return WHOLE_PLACEHOLDER.test(value);
}

/** `[option]`, `<options>`, `[オプション]`: stands for any number of options. */
export function isOptionsPlaceholder(value: string): boolean {
  return isPlaceholder(value) && /^(?:opts?|options?|オプション)$/i.test(value.slice(1, -1).trim());
}

const patterns = new Map<string, RegExp | null>();

/** Whether a typed word fits an expected one: equal, or filling the expected word's placeholders. */
export function wordMatches(typed: string, expected: string): boolean {
  if (typed === expected) {
    return true;
  }
  let pattern = patterns.get(expected);
  if (pattern === undefined) {
    pattern = placeholderPattern(expected);
    if (patterns.size > 500) {
      patterns.clear();
    }
    patterns.set(expected, pattern);
  }
  return pattern !== null && pattern.test(typed);
}

function placeholderPattern(expected: string): RegExp | null {
  const literals = expected.split(ANY_PLACEHOLDER);
  if (literals.length === 1) {
    return null;
  }
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${literals.map(escape).join('.+')}$`, 's');
}
