/**
 * Writes the grammar data with a fixed key order (tools and commands sorted, each spec's fields
 * in the order types.ts declares them), formatted as the repository's prettier wants it, so that
 * regenerating from the same tools gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import type {
  CommandForm,
  CommandGrammar,
  GrammarData,
  OptionSpec,
  PositionalSpec,
  ToolGrammar,
} from '../../../src-renderer/lib/check/grammar/types';

/** A copy of `value` with only `keys`, in that order, leaving out what is undefined. */
function ordered<T extends object>(value: T, keys: (keyof T)[]): T {
  const copy: Partial<T> = {};
  for (const key of keys) {
    if (value[key] !== undefined) {
      copy[key] = value[key];
    }
  }
  return copy as T;
}

function sortedRecord<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, map(record[key] as T)]),
  );
}

const option = (spec: OptionSpec): OptionSpec =>
  ordered(spec, [
    'names',
    'dest',
    'arity',
    'metavar',
    'type',
    'choices',
    'choicesOfLastUse',
    'default',
    'const',
    'repeatable',
    'required',
    'help',
  ]);

const positional = (spec: PositionalSpec): PositionalSpec =>
  ordered(spec, ['name', 'metavar', 'arity', 'type', 'choices', 'help', 'narrows']);

const form = (grammar: CommandForm): CommandForm =>
  ordered(
    {
      ...grammar,
      positionals: grammar.positionals.map(positional),
      options: grammar.options?.map(option),
    },
    ['positionals', 'options', 'usage'],
  );

const command = (grammar: CommandGrammar): CommandGrammar =>
  ordered(
    {
      ...grammar,
      options: grammar.options.map(option),
      positionals: grammar.positionals.map(positional),
      alternatives: grammar.alternatives?.map(form),
    },
    ['options', 'positionals', 'interspersed', 'usage', 'alternatives'],
  );

const tool = (grammar: ToolGrammar): ToolGrammar =>
  ordered(
    {
      ...grammar,
      globalOptions: grammar.globalOptions.map(option),
      leadingPositionals: grammar.leadingPositionals?.map(positional),
      commands: sortedRecord(grammar.commands, command),
      knownCommands: [...new Set(grammar.knownCommands)].sort(),
      shellCommands: grammar.shellCommands && sortedRecord(grammar.shellCommands, command),
      knownShellCommands:
        grammar.knownShellCommands && [...new Set(grammar.knownShellCommands)].sort(),
    },
    [
      'source',
      'version',
      'globalOptions',
      'globalOptionsAnywhere',
      'bundling',
      'abbreviations',
      'commandPrefixes',
      'doubleDashIsWord',
      'subCommandFirst',
      'leadingPositionals',
      'commands',
      'knownCommands',
      'shellCommands',
      'knownShellCommands',
    ],
  );

export function normalized(data: GrammarData): GrammarData {
  return { tools: sortedRecord(data.tools, tool) };
}

export async function serialize(data: GrammarData): Promise<string> {
  return format(JSON.stringify(normalized(data)), { parser: 'json', printWidth: 100 });
}

export async function writeData(path: string, data: GrammarData): Promise<string> {
  const text = await serialize(data);
  writeFileSync(path, text);
  return text;
}
