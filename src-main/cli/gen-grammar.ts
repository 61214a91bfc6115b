/**
 * `npm run gen:grammar`: regenerates src-renderer/lib/check/grammar/grammar-data.json, the
 * grammar of every command the shipped decks use, from the installed tools themselves (their
 * argparse parsers where they have them, their usage text elsewhere). Prints what it read from
 * each tool and every deck command it could not cover, with the reason.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { GrammarData, ToolGrammar } from '../../src-renderer/lib/check/grammar/types';
import { ARGPARSE_TOOLS, readArgparseTools } from './grammar/argparse-tools';
import { deckCommands, wordsAbout, type DeckCommand } from './grammar/deck-commands';
import { readGetoptTool } from './grammar/getopt-tools';
import { shellCommandNames, withShellCommands } from './grammar/guestfish';
import { findProgram } from './grammar/programs';
import { readQemuImg } from './grammar/qemu-img';
import { commandKey, hasSubcommands, lookupCandidates } from './grammar/subcommands';
import { writeData } from './grammar/write-data';

const DECKS = fileURLToPath(new URL('../../decks/', import.meta.url));
const OUT = fileURLToPath(
  new URL('../../src-renderer/lib/check/grammar/grammar-data.json', import.meta.url),
);

function wantedBy(commands: DeckCommand[], tools: string[]): Record<string, string[]> {
  const wanted: Record<string, Set<string>> = Object.fromEntries(
    tools.map((tool) => [tool, new Set<string>()]),
  );
  for (const { tool, words } of commands) {
    for (const candidate of lookupCandidates(tool, words)) {
      wanted[tool]?.add(candidate);
    }
  }
  return Object.fromEntries(Object.entries(wanted).map(([tool, names]) => [tool, [...names]]));
}

/** Keeps the full grammars the deck's lines resolve to (the dumper was asked for prefixes too). */
function pruned(grammar: ToolGrammar, tool: string, commands: DeckCommand[]): ToolGrammar {
  const used = new Set(
    commands
      .filter((command) => command.tool === tool)
      .map((command) => commandKey(grammar, tool, command.words))
      .filter((key) => key !== undefined),
  );
  return {
    ...grammar,
    commands: Object.fromEntries(Object.entries(grammar.commands).filter(([key]) => used.has(key))),
  };
}

function uncovered(data: GrammarData, commands: DeckCommand[]): string[] {
  const reasons: string[] = [];
  for (const command of commands) {
    if (command.mention) {
      continue;
    }
    const line = `${command.tool} ${command.words.join(' ')}`.trim();
    const grammar = data.tools[command.tool];
    if (!grammar) {
      const why = findProgram(command.tool) ? 'no reader for it' : 'not installed';
      reasons.push(`${command.where}: ${line}: no grammar for ${command.tool} (${why})`);
      continue;
    }
    const key = commandKey(grammar, command.tool, command.words);
    if (key === undefined) {
      reasons.push(`${command.where}: ${line}: ${command.tool} has no such sub-command`);
    } else if (!grammar.commands[key]) {
      reasons.push(`${command.where}: ${line}: no grammar read for "${key}"`);
    }
  }
  return reasons;
}

/**
 * Tools without sub-commands and without a parser to read: their help, man page and binary.
 * Only those the deck runs: a tool it only names (a table of virt-* tools) needs no grammar.
 */
function readUsageTools(
  commands: DeckCommand[],
  sources: Record<string, string>,
): Record<string, ToolGrammar> {
  const run = commands.filter((command) => !command.mention);
  const names = [...new Set(run.map((command) => command.tool))].filter(
    (tool) => !ARGPARSE_TOOLS.includes(tool) && !hasSubcommands(tool),
  );
  const tools: Record<string, ToolGrammar> = {};
  for (const tool of names.sort()) {
    const grammar = readGetoptTool(tool, (read) => {
      sources[tool] = read;
    });
    const program = findProgram(tool);
    if (grammar && program && tool === 'guestfish') {
      const about = wordsAbout(DECKS, tool);
      const listed = shellCommandNames(program);
      const used = listed.filter((name) => about.words.has(name));
      const unlisted = [...about.listKeys].filter((name) => !listed.includes(name));
      tools[tool] = withShellCommands(grammar, program, used, unlisted);
      sources[tool] += '; shell commands from guestfish -h';
    } else if (grammar) {
      tools[tool] = grammar;
    }
  }
  return tools;
}

async function main(): Promise<void> {
  const commands = deckCommands(DECKS);
  const tools: Record<string, ToolGrammar> = {};
  const argparseTools = readArgparseTools(wantedBy(commands, ARGPARSE_TOOLS));
  const qemuImg = readQemuImg(wantedBy(commands, ['qemu-img'])['qemu-img'] ?? []);
  const sources: Record<string, string> = {
    ...Object.fromEntries(Object.keys(argparseTools).map((tool) => [tool, 'its Python parsers'])),
    'swift-ring-builder':
      "its commands' docstrings, optparse parsers and argv conversions (Python)",
    'qemu-img': 'qemu-img --help Command syntax; getopt tables of each sub-command in its binary',
  };
  const read = {
    ...argparseTools,
    ...(qemuImg ? { 'qemu-img': qemuImg } : {}),
    ...readUsageTools(commands, sources),
  };
  for (const [tool, grammar] of Object.entries(read)) {
    tools[tool] = pruned(grammar, tool, commands);
  }
  const data: GrammarData = { tools };
  const text = await writeData(OUT, data);
  for (const [tool, grammar] of Object.entries(data.tools).sort()) {
    const options = Object.values(grammar.commands).reduce((n, c) => n + c.options.length, 0);
    const shell = grammar.knownShellCommands
      ? `, ${Object.keys(grammar.shellCommands ?? {}).length} of ` +
        `${grammar.knownShellCommands.length} shell commands`
      : '';
    process.stdout.write(
      `${tool} (${grammar.source}, ${grammar.version}): ${Object.keys(grammar.commands).length} ` +
        `of ${grammar.knownCommands.length} sub-commands, ${options} options, ` +
        `${grammar.globalOptions.length} global options${shell}\n    read from ${sources[tool] ?? '?'}\n`,
    );
  }
  const missing = uncovered(data, commands);
  process.stdout.write(
    `${commands.length} deck command lines; not covered: ${missing.length}\n` +
      missing.map((reason) => `  ${reason}\n`).join('') +
      `${OUT}: ${Buffer.byteLength(text)} bytes, ${gzipSync(text).length} gzipped\n`,
  );
}

await main();
