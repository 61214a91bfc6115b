/**
 * swift-ring-builder's grammar, from what argparse_dump.py read of it: each command's usage
 * forms (its docstring), the options of the optparse parser it builds, and the positional types
 * its code converts to. The builder file comes before the command (`leadingPositionals`).
 */
import type {
  CommandGrammar,
  OptionSpec,
  PositionalSpec,
  ToolGrammar,
} from '../../../src-renderer/lib/check/grammar/types';
import { readSynopsis } from './synopsis';

interface DumpedCommand {
  /** `swift-ring-builder <builder_file> add <device> <weight> …`, one per form. */
  forms: string[];
  options: OptionSpec[];
  /** Positional index → the type the command converts it to (`int(argv[3])`). */
  positionalTypes: Record<string, 'int' | 'float'>;
  /** Variables the command's argument helpers convert with float() (`weight` of `weightstr`). */
  floatWords: string[];
}

export interface DumpedRingBuilder {
  abbreviations: boolean;
  /** Options that switch a device command from positional devices to `--region …` options. */
  deviceFormatSwitches: string[];
  version: string;
  commands: Record<string, DumpedCommand>;
  knownCommands: string[];
}

/**
 * A device or change written as one word (`[r<region>]z<zone>-<ip>:<port>…/<device_name>_<meta>`,
 * `<ip>:<port>…`, `<overload>[%]`) is one positional; the names are those swift's code uses.
 */
const COMPOUND_WORDS: [RegExp, string][] = [
  [/\[r<region>\]z<zone>-\S+/g, '<device>'],
  [/<ip>:<port>\S+/g, '<change_value>'],
  [/<overload>\[%\]/g, '<overload>'],
];

/** The form's words after `swift-ring-builder <builder_file> <command>`. */
function argumentsOf(form: string, command: string): string {
  let rest = form.replace(/^swift-ring-builder\s+<\w+>\s*/, '');
  if (command && rest.startsWith(command)) {
    rest = rest.slice(command.length);
  }
  for (const [pattern, name] of COMPOUND_WORDS) {
    rest = rest.replace(pattern, name);
  }
  // `[options]` stands for the parser's options, which are read from the parser itself.
  return rest.replace(/\[options\]/g, '');
}

function formGrammar(
  form: string,
  command: string,
  options: OptionSpec[],
  types: Record<string, 'int' | 'float'>,
  floatWords: string[],
): CommandGrammar {
  // One value a helper converts (`<weight>`, `<new_weight>`); not the `[<device> <weight>] ...`
  // pairs after it, which mix kinds.
  const converted = (positional: PositionalSpec): boolean =>
    positional.arity === 1 &&
    floatWords.some((word) => positional.name === word || positional.name.endsWith(`_${word}`));
  const positionals: PositionalSpec[] = readSynopsis(argumentsOf(form, command)).positionals.map(
    (positional, index): PositionalSpec => {
      const type = types[String(index)] ?? (converted(positional) ? 'float' : undefined);
      return type ? { ...positional, type } : positional;
    },
  );
  return { options, positionals, interspersed: true, usage: form };
}

function commandGrammar(name: string, dumped: DumpedCommand, switches: string[]): CommandGrammar {
  const [first = `swift-ring-builder <builder_file> ${name}`, ...others] = dumped.forms;
  // With devices written as positionals, an option such as --region makes the tool reject the
  // line: the positional form takes only the options that do not switch it.
  const positionalForm =
    others.length > 0
      ? dumped.options.filter((option) => !option.names.some((n) => switches.includes(n)))
      : dumped.options;
  const main = formGrammar(first, name, positionalForm, dumped.positionalTypes, dumped.floatWords);
  if (others.length === 0) {
    return main;
  }
  return {
    ...main,
    alternatives: others.map((form) => {
      const { positionals, usage } = formGrammar(form, name, dumped.options, {}, dumped.floatWords);
      return { positionals, options: dumped.options, ...(usage ? { usage } : {}) };
    }),
  };
}

export function ringBuilderGrammar(dumped: DumpedRingBuilder): ToolGrammar {
  return {
    source: 'usage',
    version: dumped.version,
    globalOptions: [],
    // optparse reads `-fd` as `-f -d` and `-w100` as `-w 100`.
    bundling: true,
    abbreviations: dumped.abbreviations,
    leadingPositionals: [{ name: 'builder_file', arity: 1 }],
    commands: Object.fromEntries(
      Object.entries(dumped.commands).map(([name, command]) => [
        name,
        commandGrammar(name, command, dumped.deviceFormatSwitches),
      ]),
    ),
    knownCommands: dumped.knownCommands,
  };
}
