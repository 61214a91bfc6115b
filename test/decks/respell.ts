/**
 * Other spellings of a card's command that its tool reads the same: options in reverse order,
 * each by another of its names, long ones as `--opt=value`; and the same command with its
 * sub-command misspelt. Built from the grammar, so it holds for any card of any deck.
 */
import { readCommand, type Reading } from '../../src-renderer/lib/check/grammar/read';
import type { GrammarData, OptionSpec, ToolGrammar } from '../../src-renderer/lib/check/grammar/types';
import { isPlaceholder, tokenize, type Word } from '../../src-renderer/lib/check/shell';

export interface Read {
  words: Word[];
  tool: ToolGrammar;
  reading: Reading;
}

/** The card's answer read with its tool's grammar, when it is one simple command it covers. */
export function readAnswer(answer: string, data: GrammarData): Read | undefined {
  const words = tokenize(answer.normalize('NFKC'), false);
  const tool = data.tools[words[0]?.value ?? ''];
  if (!tool || words.some((w) => w.separator)) {
    return undefined;
  }
  const reading = readCommand(words, tool);
  return reading.grammar && reading.problems.length === 0 ? { words, tool, reading } : undefined;
}

const quote = (value: string): string =>
  isPlaceholder(value) || /^[\w./:@%+,=-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;

/** Another name of the option than the one written: long for short, short for long. */
function otherName(spec: OptionSpec, written: string): string {
  return spec.names.find((n) => n !== written && n.startsWith('--') !== written.startsWith('--')) ??
    spec.names.find((n) => n !== written) ??
    written;
}

/** The answer re-spelt; undefined when nothing about it can be spelt another way. */
export function respell({ words, reading }: Read): string | undefined {
  const head = words.slice(0, (reading.commandAt[reading.commandAt.length - 1] ?? reading.leading) + 1);
  const before = new Set(head.map((_, i) => i));
  const options = reading.options.filter((use) => !before.has(use.at));
  const positionals = [...reading.positionals.values()].flat().filter((v) => !before.has(v.at));
  const optionWords = [...options].reverse().map((use) => {
    const name = otherName(use.spec, use.written);
    const values = use.values.map((v) => quote(v.text));
    if (values.length === 1 && name.startsWith('--')) {
      return `${name}=${values[0]}`;
    }
    return [name, ...values].join(' ');
  });
  const grammar = reading.grammar;
  const variable = options.some((use) => typeof use.spec.arity === 'string');
  const positionalsFirst = variable && grammar?.interspersed !== false;
  const rest = positionalsFirst
    ? [...positionals.map((v) => quote(v.text)), ...optionWords]
    : [...optionWords, ...positionals.map((v) => quote(v.text))];
  const text = [...head.map((w) => w.raw), ...rest].join(' ');
  return options.length ? text : undefined;
}

/** The answer with its last sub-command word misspelt (two letters swapped, or one doubled). */
export function misspellCommand({ words, reading, tool }: Read): string | undefined {
  const at = reading.commandAt[reading.commandAt.length - 1];
  if (at === undefined) {
    return undefined;
  }
  const word = (words[at] as Word).value;
  const known = new Set(tool.knownCommands);
  const candidates = [
    word.length > 3 ? word.slice(0, 1) + word[2] + word[1] + word.slice(3) : word + word.slice(-1),
    word + word.slice(-1),
  ];
  for (const typo of candidates) {
    const replaced = reading.commandAt.map((i) => (i === at ? typo : (words[i] as Word).value)).join(' ');
    if (typo !== word && !known.has(replaced)) {
      return words.map((w, i) => (i === at ? typo : w.raw)).join(' ');
    }
  }
  return undefined;
}
