/**
 * Grammars of the C and OCaml tools the deck uses (qemu-img, qemu-nbd, kpartx, losetup, mount,
 * umount, guestfish, guestmount, guestunmount, virt-*): which options exist and which take a
 * value come from the getopt tables compiled into the program when it has them (elf-getopt.ts),
 * else from its --help; the help adds metavars, choices, defaults and descriptions; positionals
 * come from the usage forms of its man page or --help.
 */
import type {
  Arity,
  CommandGrammar,
  OptionSpec,
  ToolGrammar,
} from '../../../src-renderer/lib/check/grammar/types';
import { parseOptstring, readGetoptTables, type LongOption } from './elf-getopt';
import { readHelpOptions, type HelpOption } from './help-options';
import { helpSynopsis, manSynopsis } from './man-synopsis';
import { findProgram, output } from './programs';
import { readSynopsis } from './synopsis';

export interface Tables {
  optstring?: string;
  longOptions: LongOption[];
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const union = new Set([...a, ...b]);
  return union.size === 0 ? 0 : [...a].filter((x) => b.has(x)).length / union.size;
}

function best<T>(
  candidates: T[],
  score: (candidate: T) => number,
  atLeast = Number.MIN_VALUE,
): T | undefined {
  let found: T | undefined;
  let top = atLeast - Number.MIN_VALUE;
  for (const candidate of candidates) {
    const value = score(candidate);
    if (value > top) {
      top = value;
      found = candidate;
    }
  }
  return found;
}

const shortLetters = (names: string[]): Set<string> =>
  new Set(names.filter((name) => /^-[^-]$/.test(name)).map((name) => name.slice(1)));

/** An array's names as typed: `--format`, and `-f` when its val is that letter. */
function arrayNames(array: LongOption[]): Set<string> {
  return new Set(
    array.flatMap((option) => [
      `--${option.name}`,
      ...(option.val > 32 && option.val < 127 ? [`-${String.fromCharCode(option.val)}`] : []),
    ]),
  );
}

/**
 * The program's own option string and struct option array: those most like what it documents,
 * and only when most of them are documented (an OCaml tool builds its tables at run time, and
 * what its binary holds are other programs' strings).
 */
const LIKE_DOCUMENTED = 0.4;

export function pickTables(
  optstrings: string[],
  arrays: LongOption[][],
  documented: string[],
): Tables {
  const longOptions =
    best(arrays, (array) => jaccard(arrayNames(array), new Set(documented)), LIKE_DOCUMENTED) ?? [];
  const letters = shortLetters(documented);
  for (const option of longOptions) {
    if (option.val > 32 && option.val < 127) {
      letters.add(String.fromCharCode(option.val));
    }
  }
  const optstring = best(
    optstrings,
    (candidate) => jaccard(new Set(parseOptstring(candidate).keys()), letters),
    LIKE_DOCUMENTED,
  );
  return { ...(optstring === undefined ? {} : { optstring }), longOptions };
}

const HAS_ARG: Record<0 | 1 | 2, Arity> = { 0: 0, 1: 1, 2: '?' };

function dest(names: string[]): string {
  const long = names.find((name) => name.startsWith('--')) ?? names[0] ?? '';
  return long.replace(/^-+/, '').replaceAll('-', '_');
}

/**
 * One option per getopt case: a long option whose `val` is a short option's letter is that
 * option's other name; long options that share a `val` of their own are spellings of one.
 */
function fromTables(tables: Tables): { names: string[]; arity: Arity }[] {
  const options: { names: string[]; arity: Arity; val?: number }[] = [];
  const short = tables.optstring ? parseOptstring(tables.optstring) : new Map<string, 0 | 1 | 2>();
  for (const [letter, hasArg] of short) {
    if (letter !== '?') {
      options.push({ names: [`-${letter}`], arity: HAS_ARG[hasArg], val: letter.charCodeAt(0) });
    }
  }
  for (const long of tables.longOptions) {
    const same = long.val !== 0 ? options.find((option) => option.val === long.val) : undefined;
    if (same) {
      same.names.push(`--${long.name}`);
    } else {
      options.push({
        names: [`--${long.name}`],
        arity: HAS_ARG[long.hasArg],
        val: long.val || undefined,
      });
    }
  }
  return options.map(({ names, arity }) => ({ names, arity }));
}

function described(names: string[], arity: Arity, help: HelpOption | undefined): OptionSpec {
  const spec: OptionSpec = { names, dest: dest(names), arity };
  if (arity !== 0 && help?.metavar) {
    spec.metavar = help.metavar;
  }
  if (arity !== 0 && help?.choices) {
    spec.choices = help.choices;
  }
  if (arity !== 0 && help?.default !== undefined) {
    spec.default = help.default;
  }
  // kpartx's `-v verbose`: a flag whose help the reader took for a value.
  const text = help?.help ?? (arity === 0 ? help?.metavar : undefined);
  if (text) {
    spec.help = text;
  }
  return spec;
}

/** Options as the tables say, described by the help; the help alone where there are no tables. */
export function combineOptions(tables: Tables | undefined, help: HelpOption[]): OptionSpec[] {
  const helpFor = (names: string[]): HelpOption | undefined =>
    help.find((entry) => entry.names.some((name) => names.includes(name)));
  if (!tables || (!tables.optstring && tables.longOptions.length === 0)) {
    return help.map((entry) =>
      described(
        entry.names,
        entry.metavar === undefined ? 0 : entry.optionalValue ? '?' : 1,
        entry,
      ),
    );
  }
  return fromTables(tables).map(({ names, arity }) => {
    const entry = helpFor(names);
    // The help may list more spellings than one table entry (`--dryrun, --dry-run`).
    const all = [...names, ...(entry?.names.filter((name) => !names.includes(name)) ?? [])];
    return described(
      all.filter((name) => names.includes(name) || isTableName(tables, name)),
      arity,
      entry,
    );
  });
}

function isTableName(tables: Tables, name: string): boolean {
  return name.startsWith('--')
    ? tables.longOptions.some((option) => `--${option.name}` === name)
    : parseOptstring(tables.optstring ?? '').has(name.slice(1));
}

/** `-a disk.img [-a disk.img ...]`: the form shows the option given again. */
function repeatedInForms(name: string, forms: string[]): boolean {
  const escaped = name.replace(/[-]/g, '\\-');
  return forms.some((form) =>
    new RegExp(`(?:^|[\\s[])${escaped}\\b[^[\\]]*\\[\\s*${escaped}\\b`).test(form),
  );
}

/** The forms' positionals; the form with the most of them first, the others as alternatives. */
export function formsGrammar(
  tool: string,
  forms: string[],
  options: OptionSpec[],
  interspersed: boolean,
): CommandGrammar {
  const arityOf = (name: string): Arity | undefined =>
    options.find((option) => option.names.includes(name))?.arity;
  const marked = options.map((option) =>
    option.names.some((name) => repeatedInForms(name, forms))
      ? { ...option, repeatable: true }
      : option,
  );
  // mount's `--make-[shared|slave|…]` spells option names, not arguments.
  const usable = forms.filter((form) => !/-\[/.test(form));
  const grammars = usable.map((form) => ({
    options: marked,
    positionals: readSynopsis(form.slice(tool.length), arityOf).positionals,
    interspersed,
    usage: form,
  }));
  const main = best(grammars, (grammar) => grammar.positionals.length + 1);
  if (!main) {
    return { options: marked, positionals: [], interspersed };
  }
  const alternatives = grammars
    .filter((grammar) => grammar !== main)
    .map(({ positionals, usage }) => ({ positionals, usage }));
  return alternatives.length > 0 ? { ...main, alternatives } : main;
}

export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find(Boolean) ?? ''
  );
}

export interface ToolSpec {
  /** How to make it print its version (kpartx has no option for it: its usage says it). */
  versionArgs: string[];
  helpArgs: string[];
}

const SPECS: Record<string, ToolSpec> = {
  kpartx: { versionArgs: [], helpArgs: [] },
};
const DEFAULT_SPEC: ToolSpec = { versionArgs: ['--version'], helpArgs: ['--help'] };

/**
 * A tool without sub-commands: its grammar is `commands['']`. `report` is told what it was read
 * from, for the generator's summary.
 */
export function readGetoptTool(
  tool: string,
  report: (sources: string) => void = () => undefined,
): ToolGrammar | undefined {
  const program = findProgram(tool);
  if (!program) {
    return undefined;
  }
  const spec = SPECS[tool] ?? DEFAULT_SPEC;
  const help = output(program, spec.helpArgs);
  const helpOptions = readHelpOptions(help);
  const raw = readGetoptTables(program);
  const tables = pickTables(
    raw.optstrings,
    raw.longOptions,
    helpOptions.flatMap((option) => option.names),
  );
  const options = combineOptions(tables, helpOptions);
  const forms = manSynopsis(tool);
  const grammar = formsGrammar(
    tool,
    forms.length > 0 ? forms : helpSynopsis(help, tool),
    options,
    // getopt permutes arguments unless its option string starts with `+`.
    !tables.optstring?.startsWith('+'),
  );
  const hasLong = options.some((option) => option.names.some((name) => name.startsWith('--')));
  const fromBinary = [
    ...(tables.optstring ? [`option string "${tables.optstring}"`] : []),
    ...(tables.longOptions.length > 0 ? [`${tables.longOptions.length} long options`] : []),
  ];
  report(
    [
      fromBinary.length > 0 ? `getopt tables in ${program}: ${fromBinary.join(', ')}` : '',
      `${spec.helpArgs.join(' ') || 'usage'} output: ${helpOptions.length} options`,
      forms.length > 0 ? `man page SYNOPSIS: ${forms.length} forms` : 'usage forms from the help',
    ]
      .filter(Boolean)
      .join('; '),
  );
  return {
    source: 'usage',
    // qemu-nbd names itself by the path it was run as.
    version: firstLine(output(program, spec.versionArgs)).replace(program, tool),
    globalOptions: [],
    bundling: true,
    ...(hasLong ? { abbreviations: true } : {}),
    commands: { '': grammar },
    knownCommands: [''],
  };
}
