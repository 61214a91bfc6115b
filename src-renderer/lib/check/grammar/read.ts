/**
 * Reading one simple command with its tool's grammar, the way argparse (or getopt, for the
 * usage-text tools) would: sub-command words, aliases, `--opt=v`, `-ovalue`, bundled flags
 * `-av`, unique long-option prefixes, `--`, and positionals assigned to their slots by arity.
 * What the tool would reject is kept as a located finding instead of thrown.
 */
import type { Finding } from '../findings';
import { isOptionsPlaceholder, isPlaceholder, type Word } from '../shell';
import { editDistance, nearest } from './suggest';
import type {
  Arity,
  CommandForm,
  CommandGrammar,
  OptionSpec,
  PositionalSpec,
  ToolGrammar,
} from './types';

/** A value as typed, with the index of the word it came from. */
export interface Value {
  text: string;
  at: number;
}

/** One use of an option. */
export interface OptionUse {
  spec: OptionSpec;
  /** As typed (`-r`, `--recur`), for the diff; `spec.names` has the tool's spellings. */
  written: string;
  at: number;
  values: Value[];
}

/** A finding, and the typed word it is about (if any) for the diff. */
export interface Located {
  finding: Finding;
  at?: number;
}

export interface Reading {
  tool: string;
  /** Sub-command key (`image create`, `''` for a tool without sub-commands). */
  command: string;
  /** Word indexes of the sub-command words. */
  commandAt: number[];
  /** Undefined when the tool does not have the sub-command or its grammar is not in the data. */
  grammar: CommandGrammar | undefined;
  known: boolean;
  /** Positionals before the sub-command (`swift-ring-builder <builder_file> add`), then its own. */
  slots: PositionalSpec[];
  /** How many of `slots` come before the sub-command. */
  leading: number;
  options: OptionUse[];
  positionals: Map<string, Value[]>;
  problems: Located[];
  /** The answer said `[option]`: any option fits. */
  anyOptions: boolean;
}

const NEGATIVE_NUMBER = /^-\d+(?:\.\d*)?$|^-\.\d+$/;

function looksLikeOption(word: string): boolean {
  return word.length > 1 && word.startsWith('-') && !NEGATIVE_NUMBER.test(word);
}

const range = (arity: Arity): [number, number] => {
  switch (arity) {
    case '?':
      return [0, 1];
    case '*':
      return [0, Infinity];
    case '+':
      return [1, Infinity];
    default:
      return [arity, arity];
  }
};

/** Reads `words` (one simple command, tool name first) with the tool's grammar. */
export function readCommand(words: Word[], tool: ToolGrammar): Reading {
  const reading: Reading = {
    tool: words[0]?.value ?? '',
    command: '',
    commandAt: [],
    grammar: undefined,
    known: false,
    slots: tool.leadingPositionals ?? [],
    leading: tool.leadingPositionals?.length ?? 0,
    options: [],
    positionals: new Map(),
    problems: [],
    anyOptions: false,
  };
  let i = 1;
  const index = indexOf(tool);
  const globals = index.globals;
  // A tool without sub-commands reads every option with its one grammar.
  while (index.hasSubCommands && i < words.length && looksLikeOption((words[i] as Word).value)) {
    if (tool.subCommandFirst) {
      reading.problems.push({
        finding: {
          kind: 'before-sub-command',
          slot: reading.tool,
          typed: (words[i] as Word).value,
        },
        at: i,
      });
    }
    i = readOption(words, i, [globals], reading);
  }
  const leading: Value[] = [];
  while (leading.length < reading.slots.length && i < words.length) {
    const value = (words[i] as Word).value;
    if (looksLikeOption(value)) {
      break;
    }
    leading.push({ text: value, at: i++ });
  }
  assignPositionals(leading, reading.slots, reading);
  i = readSubCommand(words, i, tool, index, reading);
  const grammar = reading.grammar;
  if (!grammar) {
    return reading;
  }
  // The first form the line fits, or else the one with the fewest problems.
  let best: Reading | undefined;
  for (const form of [grammar, ...(grammar.alternatives ?? []).map((f) => asGrammar(f, grammar))]) {
    const attempt: Reading = {
      ...reading,
      grammar: form,
      options: [...reading.options],
      positionals: new Map(reading.positionals),
      problems: [...reading.problems],
      slots: [...reading.slots, ...form.positionals],
    };
    const own = index.options(form);
    readArguments(
      words,
      i,
      [own, ...(tool.globalOptionsAnywhere ? [globals] : [])],
      attempt,
      tool.doubleDashIsWord === true,
    );
    if (!best || attempt.problems.length < best.problems.length) {
      best = attempt;
    }
    if (best.problems.length === 0) {
      break;
    }
  }
  return best ?? reading;
}

function readSubCommand(
  words: Word[],
  start: number,
  tool: ToolGrammar,
  index: ToolIndex,
  reading: Reading,
): number {
  const longest = index.byLength.length - 1;
  const plain: string[] = [];
  for (let k = start; k < words.length && plain.length < longest; k++) {
    const value = (words[k] as Word).value;
    if (looksLikeOption(value) || isPlaceholder(value)) {
      break;
    }
    plain.push(value);
  }
  for (let k = plain.length; k >= 1; k--) {
    const typed = plain.slice(0, k);
    const key = typed.join(' ');
    const found =
      key in tool.commands || index.known.has(key)
        ? key
        : tool.commandPrefixes
          ? byPrefixes(typed, index.byLength[k] ?? [])
          : undefined;
    if (found !== undefined) {
      reading.command = found;
      reading.commandAt = typed.map((_, n) => start + n);
      reading.grammar = tool.commands[found];
      reading.known = true;
      if (found !== key) {
        reading.problems.push({
          finding: { kind: 'abbreviated-command', slot: reading.tool, typed: key, expected: found },
          at: start,
        });
      }
      return start + k;
    }
  }
  if ('' in tool.commands && (plain.length === 0 || !index.hasSubCommands)) {
    reading.grammar = tool.commands[''];
    reading.known = true;
    return start;
  }
  if (plain.length === 0) {
    // The tool's name alone: its parser would print its usage; nothing to name or suggest.
    return start;
  }
  const typed = plain.join(' ');
  let best: { name: string; words: number } | undefined;
  // Multi-word names are only compared whole when their first word is near the typed one.
  const first = plain[0] ?? '';
  const near = new Map<string, boolean>();
  const nearFirst = (name: string): boolean => {
    const word = name.slice(0, name.indexOf(' '));
    let ok = near.get(word);
    if (ok === undefined) {
      ok = editDistance(first, word, 2) <= 2;
      near.set(word, ok);
    }
    return ok;
  };
  for (let k = 1; k <= plain.length; k++) {
    const names = index.byLength[k] ?? [];
    const name = nearest(plain.slice(0, k).join(' '), k === 1 ? names : names.filter(nearFirst));
    if (name !== undefined) {
      best = { name, words: k };
    }
  }
  reading.command = best ? plain.slice(0, best.words).join(' ') : typed;
  reading.commandAt = plain.slice(0, best?.words ?? plain.length).map((_, n) => start + n);
  reading.problems.push({
    finding: {
      kind: 'unknown-command',
      slot: reading.tool,
      typed: reading.command,
      suggestion: best?.name,
    },
    at: plain.length ? start : undefined,
  });
  return start + (best?.words ?? plain.length);
}

/**
 * cliff's `_get_commands_by_partial_name`: the one command of as many words whose every word
 * starts with the typed one; none when no command or more than one does.
 */
function byPrefixes(typed: string[], names: string[]): string | undefined {
  let found: string | undefined;
  for (const name of names) {
    const parts = name.split(' ');
    if (parts.every((part, n) => part.startsWith(typed[n] ?? ''))) {
      if (found !== undefined) {
        return undefined;
      }
      found = name;
    }
  }
  return found;
}

const forms = new WeakMap<CommandForm, CommandGrammar>();

/** Another form of a command as a grammar of its own: its positionals, its options or the main ones. */
function asGrammar(form: CommandForm, main: CommandGrammar): CommandGrammar {
  let grammar = forms.get(form);
  if (!grammar) {
    grammar = {
      options: form.options ?? main.options,
      positionals: form.positionals,
      interspersed: main.interspersed,
    };
    forms.set(form, grammar);
  }
  return grammar;
}

/** What reading needs of a tool's grammar, worked out once per tool. */
interface ToolIndex {
  globals: OptionTable;
  known: Set<string>;
  hasSubCommands: boolean;
  /** Known sub-commands by how many words they have. */
  byLength: string[][];
  options(grammar: CommandGrammar): OptionTable;
}

const indexes = new WeakMap<ToolGrammar, ToolIndex>();

function indexOf(tool: ToolGrammar): ToolIndex {
  let index = indexes.get(tool);
  if (!index) {
    const byLength: string[][] = [[]];
    for (const name of tool.knownCommands) {
      const n = name.split(' ').length;
      while (byLength.length <= n) {
        byLength.push([]);
      }
      byLength[n]?.push(name);
    }
    const tables = new Map<CommandGrammar, OptionTable>();
    index = {
      globals: new OptionTable(tool.globalOptions, tool),
      known: new Set(tool.knownCommands),
      hasSubCommands: tool.knownCommands.some((name) => name !== ''),
      byLength: byLength.length > 1 ? byLength : [[], []],
      options(grammar) {
        let table = tables.get(grammar);
        if (!table) {
          table = new OptionTable(grammar.options, tool);
          tables.set(grammar, table);
        }
        return table;
      },
    };
    indexes.set(tool, index);
  }
  return index;
}

/** Option names of one parser: exact spellings, and the long ones for prefix matching. */
class OptionTable {
  readonly byName = new Map<string, OptionSpec>();

  readonly abbreviations: boolean;
  readonly bundling: boolean;

  constructor(
    readonly specs: OptionSpec[],
    tool: ToolGrammar,
  ) {
    this.abbreviations = tool.abbreviations === true;
    this.bundling = tool.bundling === true;
    for (const spec of specs) {
      for (const name of spec.names) {
        this.byName.set(name, spec);
      }
    }
  }

  /** argparse's unique-prefix rule (allow_abbrev, its default), getopt_long's too. */
  byPrefix(prefix: string): OptionSpec[] {
    const found = new Set<OptionSpec>();
    if (!this.abbreviations) {
      return [];
    }
    for (const [name, spec] of this.byName) {
      if (name.startsWith('--') && name.startsWith(prefix)) {
        found.add(spec);
      }
    }
    return [...found];
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}

function unknownOption(reading: Reading, tables: OptionTable[], name: string, at: number): void {
  const names = tables.flatMap((table) => table.names());
  reading.problems.push({
    finding: { kind: 'unknown-option', typed: name, suggestion: nearest(name, names) },
    at,
  });
}

/** Reads the option at `words[i]` with the first table that knows it; returns the next index. */
function readOption(words: Word[], i: number, tables: OptionTable[], reading: Reading): number {
  const word = (words[i] as Word).value;
  const name = word.slice(0, word.indexOf('=') > 0 ? word.indexOf('=') : undefined);
  const table =
    tables.find((t) => t.byName.has(name) || t.byName.has(word.slice(0, 2))) ??
    tables.find((t) => t.byPrefix(name).length > 0) ??
    tables[0];
  if (!table) {
    return i + 1;
  }
  return readOptionWith(words, i, table, tables, reading);
}

function readOptionWith(
  words: Word[],
  i: number,
  table: OptionTable,
  tables: OptionTable[],
  reading: Reading,
): number {
  const word = (words[i] as Word).value;
  const eq = word.indexOf('=');
  let name = eq > 0 ? word.slice(0, eq) : word;
  let attached: string | undefined = eq > 0 ? word.slice(eq + 1) : undefined;
  let spec = table.byName.get(name);
  if (!spec && word.startsWith('--')) {
    const candidates = table.byPrefix(name);
    if (candidates.length > 1) {
      const names = candidates.map((c) => c.names.find((n) => n.startsWith(name)) ?? c.dest);
      reading.problems.push({
        finding: { kind: 'ambiguous-option', typed: name, note: names.join(', ') },
        at: i,
      });
      return i + 1;
    }
    spec = candidates[0];
  }
  if (!spec && !word.startsWith('--') && table.bundling) {
    // `-ovalue`, or flags bundled as `-av` (the last one may take the rest as its value).
    name = word.slice(0, 2);
    attached = word.length > 2 ? word.slice(2) : undefined;
    spec = table.byName.get(name);
    while (spec && spec.arity === 0 && attached) {
      reading.options.push({ spec, written: name, at: i, values: [] });
      name = `-${attached[0]}`;
      attached = attached.length > 1 ? attached.slice(1) : undefined;
      spec = table.byName.get(name);
    }
  }
  if (!spec) {
    unknownOption(reading, tables, name, i);
    return i + 1;
  }
  const use: OptionUse = { spec, written: name, at: i, values: [] };
  reading.options.push(use);
  const [min, max] = range(spec.arity);
  if (attached !== undefined) {
    if (max === 0) {
      reading.problems.push({
        finding: { kind: 'unexpected-value', slot: primaryName(spec), typed: attached },
        at: i,
      });
    } else {
      use.values.push({ text: attached, at: i });
    }
    return i + 1;
  }
  let next = i + 1;
  while (use.values.length < max && next < words.length) {
    const value = (words[next] as Word).value;
    if (looksLikeOption(value) || value === '--') {
      break;
    }
    use.values.push({ text: value, at: next });
    next++;
  }
  if (use.values.length < min) {
    reading.problems.push({
      finding: { kind: 'missing-value', slot: primaryName(spec), note: spec.metavar },
      at: i,
    });
  }
  return next;
}

/** The spelling feedback uses: the long name if there is one (`--recursive`, not `-r`). */
export function primaryName(spec: OptionSpec): string {
  return spec.names.find((n) => n.startsWith('--')) ?? spec.names[0] ?? spec.dest;
}

function readArguments(
  words: Word[],
  start: number,
  tables: OptionTable[],
  reading: Reading,
  doubleDashIsWord: boolean,
) {
  const grammar = reading.grammar as CommandGrammar;
  const loose: Value[] = [];
  let optionsEnded = false;
  for (let i = start; i < words.length;) {
    const value = (words[i] as Word).value;
    if (!optionsEnded && value === '--') {
      // argparse reads every later word as a positional; a tool that takes the words it leaves
      // over (swift) gets the `--` too.
      if (doubleDashIsWord) {
        loose.push({ text: value, at: i });
      }
      optionsEnded = true;
      i++;
    } else if (!optionsEnded && isOptionsPlaceholder(value)) {
      reading.anyOptions = true;
      i++;
    } else if (!optionsEnded && looksLikeOption(value)) {
      i = readOption(words, i, tables, reading);
    } else {
      loose.push({ text: value, at: i });
      optionsEnded ||= grammar.interspersed === false;
      i++;
    }
  }
  assignPositionals(loose, grammar.positionals, reading);
}

/**
 * argparse's rule for one run of positionals: each slot takes as many words as it can while
 * leaving the later slots their minimum. Words beyond every slot are extra.
 */
function assignPositionals(loose: Value[], specs: PositionalSpec[], reading: Reading): void {
  const ranges = specs.map((p) => range(p.arity));
  let next = 0;
  specs.forEach((spec, k) => {
    const laterMin = ranges.slice(k + 1).reduce((sum, [min]) => sum + min, 0);
    const [min, max] = ranges[k] as [number, number];
    const take = Math.max(
      Math.min(max, loose.length - next - laterMin),
      Math.min(min, loose.length - next),
    );
    reading.positionals.set(spec.name, loose.slice(next, next + Math.max(0, take)));
    next += Math.max(0, take);
  });
  for (const extra of loose.slice(next)) {
    reading.problems.push({ finding: { kind: 'extra-argument', typed: extra.text }, at: extra.at });
  }
}
