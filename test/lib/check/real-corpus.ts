/**
 * Cases for the differential test of the checker against the real parsers: a card's answer
 * with its placeholders filled by values the real parser accepts (an int where it wants an
 * int), and that line varied mechanically from what the real parser says of its command
 * (aliases, `--opt=v`, bundled flags, defaults, arity, types, misspellings). Nothing here comes
 * from the checker's grammar data: the variants and the verdicts are the real parsers' own.
 */
import type { Action, Json, ParsedLine, RealParsers, Refused } from './real-parsers';

/** same: the same operation; adds: that operation and more (a value or option the card leaves out). */
export type Verdict = 'same' | 'adds' | 'wrong';

export interface Filled {
  ok: true;
  tool: string;
  /** The card's answer, placeholders and all. */
  answer: string;
  /** The answer's words after the tool, placeholders filled. */
  argv: string[];
  /** Each placeholder as written (`<volume>`) and the value it was filled with. */
  fillers: Map<string, string>;
  /** Local files to create before parsing: every value, as swift upload checks them. */
  files: string[];
  parsed: ParsedLine;
}

export interface Variant {
  kind: string;
  argv: string[];
}

/** Shell words: quotes and backslashes resolved; a `<placeholder>` is part of its word. */
export function words(line: string): string[] {
  const result: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (/\s/.test(ch)) {
      if (word !== undefined) {
        result.push(word);
      }
      word = undefined;
    } else if (ch === "'" || ch === '"') {
      const end = line.indexOf(ch, i + 1);
      word = (word ?? '') + line.slice(i + 1, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
    } else if (ch === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i];
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (word !== undefined) {
    result.push(word);
  }
  return result;
}

/** A line the shell splits back into `argv`. */
export function shellLine(tool: string, argv: string[]): string {
  const quote = (w: string) => (/^[\w./:@%+,=-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);
  return [tool, ...argv.map(quote)].join(' ');
}

const PLACEHOLDER = /<[^<>\s][^<>]*>/g;

/** A name for a placeholder's value: its ASCII letters (`volume`, `image_id`), else `value`. */
function nameFor(placeholder: string, n: number): string {
  const ascii = placeholder
    .slice(1, -1)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return `${ascii || 'value'}${n}`;
}

const INVALID_INT = /invalid int value: '([^']*)'/;
const INVALID_CHOICE = /invalid choice: '([^']*)' \(choose from '([^']*)'/;
/** The value a variant adds to a positional list. */
const EXTRA = 'extra9';

/**
 * The answer with each placeholder filled: a name, unless the real parser refuses it as an int
 * or a choice, then a number or its first choice. Undefined when the answer itself does not
 * parse (a card that asks only for a sub-command's name, `swift upload`).
 */
export async function fill(
  parsers: RealParsers,
  tool: string,
  answer: string,
): Promise<Filled | Refused> {
  const template = words(answer).slice(1);
  const fillers = new Map<string, string>();
  let n = 0;
  for (const word of template) {
    for (const placeholder of word.match(PLACEHOLDER) ?? []) {
      if (!fillers.has(placeholder)) {
        n++;
        fillers.set(
          placeholder,
          placeholder.includes(':') ? `key${n}:value${n}` : nameFor(placeholder, n),
        );
      }
    }
  }
  for (let attempt = 0; ; attempt++) {
    const argv = template.map((w) => w.replace(PLACEHOLDER, (p) => fillers.get(p) ?? p));
    const files = [...fillers.values(), EXTRA];
    const parsed = await parsers.parse(tool, argv, files);
    if (parsed.ok) {
      return { ok: true, tool, answer, argv, fillers, files, parsed };
    }
    const refused = INVALID_INT.exec(parsed.error) ?? INVALID_CHOICE.exec(parsed.error);
    const entry = [...fillers].find(([, value]) => value === refused?.[1]);
    if (!entry || attempt > fillers.size) {
      return parsed;
    }
    fillers.set(entry[0], refused?.[2] ?? String(40 + [...fillers.keys()].indexOf(entry[0])));
  }
}

interface Unit {
  option?: { action: Action; name: string };
  words: string[];
}

const isOptionWord = (word: string) => /^-[^\d]/.test(word);

/** The filled line after its sub-command, as options (with their values) and positionals. */
function units(argv: string[], actions: Action[]): Unit[] {
  const byName = new Map(actions.flatMap((a) => a.options.map((name) => [name, a] as const)));
  const result: Unit[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    const action = byName.get(word);
    if (!action) {
      result.push({ words: [word] });
      continue;
    }
    const unit: Unit = { option: { action, name: word }, words: [word] };
    const max = typeof action.nargs === 'number' ? action.nargs : action.nargs === '?' ? 1 : 1e9;
    while (unit.words.length - 1 < max && i + 1 < argv.length && !isOptionWord(argv[i + 1] ?? '')) {
      unit.words.push(argv[++i] as string);
    }
    result.push(unit);
  }
  return result;
}

/** Two letters of a word swapped (`delete` → `dleete`), or its last one doubled. */
function misspelt(word: string): string {
  const body = word.replace(/^-+/, '');
  const dashes = word.slice(0, word.length - body.length);
  if (body.length > 3 && body[1] !== body[2]) {
    return dashes + body[0] + body[2] + body[1] + body.slice(3);
  }
  return word + word.slice(-1);
}

const flat = (list: Unit[]) => list.flatMap((u) => u.words);

const plainValue = (value: Json): value is string | number =>
  typeof value === 'string' || typeof value === 'number';

/** Every mechanical variant of the filled answer, from what its real parser declares. */
export async function variants(parsers: RealParsers, filled: Filled): Promise<Variant[]> {
  const { tool, argv, parsed } = filled;
  const commandWords = tool === 'openstack' ? parsed.command.split(' ').length : 1;
  const head = argv.slice(0, commandWords);
  const all = await parsers.describe(tool, parsed.command);
  // Variants use the spellings the tool documents; a card may use a hidden one.
  const actions = all.filter((a) => !a.hidden);
  const rest = units(argv.slice(commandWords), all);
  const options = rest.filter((u) => u.option);
  const positionals = rest.filter((u) => !u.option);
  const out: Variant[] = [{ kind: 'as on the card', argv }];
  const add = (kind: string, list: Unit[], headWords = head) =>
    out.push({ kind, argv: [...headWords, ...flat(list)] });
  const replaceAt = (k: number, unit: Unit) => rest.map((u, j) => (j === k ? unit : u));

  if (options.length > 1) {
    add('options reordered', [...options].reverse().concat(positionals));
  }
  if (options.length && positionals.length) {
    add('positionals first', [...positionals, ...options]);
  }
  rest.forEach((unit, k) => {
    const option = unit.option;
    if (!option) {
      return;
    }
    const [, ...values] = unit.words;
    for (const name of option.action.options.filter((n) => n !== option.name)) {
      add(`alias ${name} for ${option.name}`, replaceAt(k, { ...unit, words: [name, ...values] }));
    }
    for (const name of option.action.options) {
      if (values.length === 1 && name.startsWith('--')) {
        add(`${name}=value`, replaceAt(k, { ...unit, words: [`${name}=${values[0]}`] }));
      } else if (values.length === 1) {
        add(`${name}value attached`, replaceAt(k, { ...unit, words: [`${name}${values[0]}`] }));
        // argparse splits `-m=v` at the `=` for a short option too.
        add(`${name}=value`, replaceAt(k, { ...unit, words: [`${name}=${values[0]}`] }));
      }
      if (name.startsWith('--') && name.length > 6) {
        add(
          `${name} abbreviated`,
          replaceAt(k, { ...unit, words: [name.slice(0, -2), ...values] }),
        );
      }
    }
    if (values.length === 1) {
      const other = [option.name, 'other8'];
      add(`${option.name} given twice, the card's value last`, [{ words: other }, ...rest]);
      add(`${option.name} given twice, the card's value first`, [...rest, { words: other }]);
    }
    if (values.length === 1 && option.action.int) {
      // argparse reads `-40` as a value, not an option, when no option looks like a number.
      add(
        `${option.name} negative number`,
        replaceAt(k, { ...unit, words: [option.name, `-${values[0]}`] }),
      );
    }
    if (values.length === 1 && /^\d+$/.test(values[0] ?? '')) {
      add(
        `${option.name} number spelt 0${values[0]}`,
        replaceAt(k, { ...unit, words: [option.name, `0${values[0]}`] }),
      );
    }
    add(
      `${option.name} misspelt`,
      replaceAt(k, { ...unit, words: [misspelt(option.name), ...values] }),
    );
    add(
      `${option.name} left out`,
      rest.filter((_, j) => j !== k),
    );
    if (values.length === 1 && (option.action.int || option.action.choices)) {
      const wrong = option.action.int ? 'many' : `${values[0]}x`;
      add(
        `${option.name} wrong type or choice`,
        replaceAt(k, { ...unit, words: [option.name, wrong] }),
      );
    }
    const short = option.action.options.find((n) => /^-[^-]$/.test(n));
    const flag = actions.find(
      (a) => a.nargs === 0 && a !== option.action && a.options.some((n) => /^-[^-]$/.test(n)),
    );
    const flagShort = flag?.options.find((n) => /^-[^-]$/.test(n));
    if (short && flagShort) {
      // A flag bundled before this option's short name: `-r -m x` as `-rm x`.
      const bundled = `${flagShort}${short.slice(1)}`;
      add(
        `${flagShort} bundled with ${short}`,
        replaceAt(k, { ...unit, words: [bundled, ...values] }),
      );
    }
  });
  const given = new Set(options.map((u) => u.option?.action.dest));
  for (const action of actions) {
    const name = action.options.find((n) => n.startsWith('--')) ?? action.options[0];
    const takesOne = action.nargs === 1 || action.nargs === '?';
    if (
      name &&
      takesOne &&
      !given.has(action.dest) &&
      plainValue(action.default) &&
      action.default !== ''
    ) {
      add(`${name} at its default`, [...rest, { words: [name, String(action.default)] }]);
    }
  }
  if (positionals.length) {
    add('an extra value', [...rest, { words: [EXTRA] }]);
    add('last positional left out', rest.slice(0, rest.lastIndexOf(positionals.at(-1) as Unit)));
  }
  if (
    positionals.length &&
    options.length &&
    rest.indexOf(positionals[0] as Unit) === options.length
  ) {
    add('-- before the positionals', [...options, { words: ['--'] }, ...positionals]);
  }
  if (tool === 'openstack' && head.some((w) => w.length > 4)) {
    // cliff's find_command takes a unique prefix of each word of a command.
    add(
      'sub-command words abbreviated',
      rest,
      head.map((w) => w.slice(0, 4)),
    );
  }
  const [first, second] = positionals;
  if (first && second && first.words[0] !== second.words[0]) {
    add(
      'positionals swapped',
      rest.map((u) => (u === first ? second : u === second ? first : u)),
    );
  }
  positionals.forEach((unit) => {
    if (/^\d+$/.test(unit.words[0] ?? '')) {
      add(
        'a name for a number',
        rest.map((u) => (u === unit ? { words: ['many'] } : u)),
      );
      const spelt = `0${unit.words[0]}`;
      add(
        `number spelt ${spelt}`,
        rest.map((u) => (u === unit ? { words: [spelt] } : u)),
      );
    }
  });
  // Every client has a global --debug flag; some read it after the sub-command too.
  add('global --debug before the sub-command', rest, ['--debug', ...head]);
  add('global --debug at the end', [...rest, { words: ['--debug'] }]);
  const last = head.length - 1;
  add(
    'sub-command misspelt',
    rest,
    head.map((w, i) => (i === last ? misspelt(w) : w)),
  );
  return out;
}

/** Deep equality of JSON values. */
function equal(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A slot's value on the card against the typed one. `free` holds the values the card's
 * placeholders were filled with: there any value the parser accepted fits, since the card
 * asks for any value of that type.
 */
function compare(card: Json, typed: Json, fallback: Json | undefined, free: string[]): Verdict {
  if (equal(card, typed)) {
    return 'same';
  }
  if (fallback !== undefined && equal(card, fallback) && !equal(typed, fallback)) {
    return 'adds';
  }
  if (typeof card === 'string' && typeof typed === 'string' && free.length) {
    let pattern = escape(card);
    for (const value of free) {
      pattern = pattern.split(escape(value)).join('.+');
    }
    return pattern !== escape(card) && new RegExp(`^${pattern}$`, 's').test(typed)
      ? 'same'
      : 'wrong';
  }
  if (typeof card === 'number' && typeof typed === 'number') {
    return free.includes(String(card)) ? 'same' : 'wrong';
  }
  if (Array.isArray(card) && Array.isArray(typed) && card.length > 0) {
    if (typed.length === card.length) {
      return merge(card.map((c, i) => compare(c, typed[i] ?? null, undefined, free)));
    }
    // More values than the card's (`--tag a --tag b`, `delete c o1 o2`): the card's among them.
    const left = [...typed];
    for (const value of card) {
      const k = left.findIndex((t) => compare(value, t, undefined, free) !== 'wrong');
      if (k < 0) {
        return 'wrong';
      }
      left.splice(k, 1);
    }
    return left.length ? 'adds' : 'same';
  }
  if (isObject(card) && isObject(typed)) {
    return merge(
      [...new Set([...Object.keys(card), ...Object.keys(typed)])].map((key) =>
        compare(
          card[key] ?? null,
          typed[key] ?? null,
          isObject(fallback) && key in fallback ? fallback[key] : undefined,
          free,
        ),
      ),
    );
  }
  return 'wrong';
}

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const merge = (verdicts: Verdict[]): Verdict =>
  verdicts.includes('wrong') ? 'wrong' : verdicts.includes('adds') ? 'adds' : 'same';

/**
 * The real verdict on a typed line against the card's (both parsed by the tool): the same
 * operation when every slot holds the same value, with defaults applied by the parser; more
 * when the typed line only adds (values to a list, options the card leaves at their default);
 * wrong when the tool refuses the line or a slot differs. `free`: the values of the card's
 * placeholders, which any accepted value fits (empty when the card is taken with its values).
 */
export function realVerdict(
  card: ParsedLine,
  typed: ParsedLine | Refused,
  free: string[],
): Verdict {
  if (!typed.ok || typed.command !== card.command) {
    return 'wrong';
  }
  return compare(card.ns, typed.ns, card.defaults, free);
}
