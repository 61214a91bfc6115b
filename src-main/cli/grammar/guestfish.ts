/**
 * guestfish's own shell commands (`run`, `mount`, `list-filesystems`): every name `guestfish -h`
 * lists, and for the ones wanted, the synopsis `guestfish -h <command>` prints (an alias such as
 * `run` prints its target's page, `launch`).
 */
import type {
  CommandForm,
  CommandGrammar,
  ToolGrammar,
} from '../../../src-renderer/lib/check/grammar/types';
import { output } from './programs';
import { readSynopsis } from './synopsis';

/** `add-drive-ro         add a drive in snapshot mode (read-only)`, after a header line. */
export function shellCommandNames(program: string): string[] {
  return output(program, ['-h'])
    .split('\n')
    .map((line) => /^([a-z][\w-]*)\s{2,}\S/.exec(line)?.[1])
    .filter((name) => name !== undefined);
}

function shellCommand(program: string, name: string): CommandGrammar | undefined {
  const page = output(program, ['-h', name]).split('\n');
  const titleAt = page.findIndex((line) => /^\s*[a-z][\w-]* - /.test(line));
  const canonical = /^\s*([a-z][\w-]*) - /.exec(page[titleAt] ?? '')?.[1];
  if (!canonical) {
    return undefined;
  }
  // The synopsis is the first line after the title that starts with the command's name (under
  // SYNOPSIS, or under DESCRIPTION for the commands guestfish itself implements).
  const synopsis = page
    .slice(titleAt + 1)
    .map((line) => line.trim())
    .find((line) => line === canonical || line.startsWith(`${canonical} `));
  if (synopsis === undefined) {
    return undefined;
  }
  return {
    options: [],
    positionals: readSynopsis(synopsis.slice(canonical.length)).positionals,
    usage: synopsis,
  };
}

/**
 * Adds the shell's commands to guestfish's grammar: full ones for `wanted` (those it lists) and
 * `maybe` (names it may accept without listing them, as `exit` for `quit`: its own help page
 * decides), and the names of all.
 */
export function withShellCommands(
  grammar: ToolGrammar,
  program: string,
  wanted: string[],
  maybe: string[],
): ToolGrammar {
  const listed = shellCommandNames(program);
  const shellCommands: Record<string, CommandGrammar> = {};
  for (const name of [...wanted.filter((command) => listed.includes(command)), ...maybe]) {
    const command = shellCommand(program, name);
    if (command) {
      shellCommands[name] = command;
    }
  }
  const known = [...new Set([...listed, ...Object.keys(shellCommands)])];
  return { ...withAnyCommands(grammar), shellCommands, knownShellCommands: known };
}

/**
 * The man page's `guestfish [--options] [commands]` means any number of words after the options:
 * shell commands with their arguments, separated by `:`.
 */
function withAnyCommands(grammar: ToolGrammar): ToolGrammar {
  const anyWords = <T extends CommandForm>(command: T): T => ({
    ...command,
    positionals: command.positionals.map((positional) =>
      positional.name === 'commands' ? { ...positional, arity: '*' } : positional,
    ),
  });
  const withForms = (command: CommandGrammar): CommandGrammar => ({
    ...anyWords(command),
    ...(command.alternatives ? { alternatives: command.alternatives.map(anyWords) } : {}),
  });
  return {
    ...grammar,
    commands: Object.fromEntries(
      Object.entries(grammar.commands).map(([name, command]) => [name, withForms(command)]),
    ),
  };
}
