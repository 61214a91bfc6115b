/**
 * qemu-img: its sub-commands and their synopses from `qemu-img --help` ("Command syntax:"), each
 * sub-command's getopt tables from the binary (every sub-command has its own option string and
 * struct option array; the one that matches its synopsis is its own), value choices from the help
 * (`Supported formats: …` for the image formats, "(human or json)" for --output).
 */
import type { OptionSpec, ToolGrammar } from '../../../src-renderer/lib/check/grammar/types';
import { readGetoptTables } from './elf-getopt';
import { combineOptions, firstLine, formsGrammar, pickTables } from './getopt-tools';
import { readHelpOptions } from './help-options';
import { findProgram, output } from './programs';
import { readSynopsis } from './synopsis';

/** `  convert [--object objectdef] … output_filename`, one line per sub-command. */
function syntaxLines(help: string): Map<string, string> {
  const lines = help.split('\n');
  const start = lines.findIndex((line) => /^Command syntax:/.test(line));
  const found = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}([a-z]+) (.*)$/.exec(line);
    if (!match) {
      break;
    }
    // `resize … filename [+ | -]size`: the sign is part of the size.
    found.set(match[1] ?? '', (match[2] ?? '').replace(/\[\+ \| -\]/g, ''));
  }
  return found;
}

function optionNames(synopsis: string): string[] {
  return [...synopsis.matchAll(/(?:^|[\s[(|])(--?[A-Za-z][\w-]*)/g)].map((m) => m[1] ?? '');
}

export function readQemuImg(wanted: string[]): ToolGrammar | undefined {
  const program = findProgram('qemu-img');
  if (!program) {
    return undefined;
  }
  const help = output(program, ['--help']);
  const helpOptions = readHelpOptions(help);
  const raw = readGetoptTables(program);
  const formats = /^Supported formats: (.*)$/m.exec(help)?.[1]?.trim().split(/\s+/) ?? [];
  const outputFormats = /'--output' takes the format[^(]*\((\w+) or (\w+)\)/.exec(help);
  const choicesFor = (metavar: string | undefined): string[] | undefined => {
    if (metavar === 'ofmt' && outputFormats) {
      return [outputFormats[1] ?? '', outputFormats[2] ?? ''];
    }
    if (metavar?.includes('|')) {
      return metavar.split('|');
    }
    // "'fmt' is the disk image format", "'output_fmt' is the destination format".
    return metavar === 'fmt' || metavar?.endsWith('_fmt') ? formats : undefined;
  };
  const syntax = syntaxLines(help);
  const commands: ToolGrammar['commands'] = {};
  for (const name of wanted.filter((command) => syntax.has(command))) {
    const synopsis = syntax.get(name) ?? '';
    const tables = pickTables(raw.optstrings, raw.longOptions, [
      '-h',
      '--help',
      ...optionNames(synopsis),
    ]);
    const options = combineOptions(tables, helpOptions);
    const arityOf = (option: string): OptionSpec['arity'] | undefined =>
      options.find((spec) => spec.names.includes(option))?.arity;
    const shown = readSynopsis(synopsis, arityOf).options;
    const described = options.map((option) => {
      const metavar = shown.find((spec) =>
        option.names.some((n) => spec.names.includes(n)),
      )?.metavar;
      const choices = choicesFor(metavar);
      return {
        ...option,
        ...(metavar && option.arity !== 0 ? { metavar } : {}),
        ...(choices && option.arity !== 0 ? { choices } : {}),
      };
    });
    const grammar = formsGrammar(
      `qemu-img ${name}`,
      [`qemu-img ${name} ${synopsis}`],
      described,
      !tables.optstring?.startsWith('+'),
    );
    // The synopsis's `size` is read with qemu_strtosz ("Invalid image size specified").
    commands[name] = {
      ...grammar,
      positionals: grammar.positionals.map((positional) =>
        positional.name === 'size' ? { ...positional, type: 'size' } : positional,
      ),
    };
  }
  const global = pickTables(raw.optstrings, raw.longOptions, [
    '-h',
    '--help',
    '-V',
    '--version',
    '-T',
    '--trace',
  ]);
  return {
    source: 'usage',
    version: firstLine(output(program, ['--version'])),
    globalOptions: combineOptions(global, helpOptions),
    bundling: true,
    abbreviations: true,
    commands,
    knownCommands: [...syntax.keys()],
  };
}
