/**
 * The tools whose parsers can be read directly: the OpenStack clients and cloud-init, all
 * Python argparse. One run of argparse_dump.py reads them all, with the interpreter the clients
 * are installed for, in a clean environment so that no OS_* variable or clouds.yaml changes a
 * default.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  CommandGrammar,
  OptionSpec,
  PositionalSpec,
  ToolGrammar,
} from '../../../src-renderer/lib/check/grammar/types';
import { readSynopsis } from './synopsis';
import { ringBuilderGrammar, type DumpedRingBuilder } from './ring-builder';
import { findProgram } from './programs';

export const ARGPARSE_TOOLS = [
  'cinder',
  'cloud-init',
  'glance',
  'nova',
  'openstack',
  'swift',
  'swift-ring-builder',
];

/**
 * cliff's App.run reads the global options with parse_known_args over the whole line, and swift
 * adds them again to every sub-command's parser: both take `--os-cloud x` after the sub-command
 * too (`openstack image list --os-cloud x` is read; `cinder list --os-username x` is "unrecognized
 * arguments").
 */
const GLOBAL_OPTIONS_ANYWHERE = new Set(['openstack', 'swift']);

/** cliff's CommandManager.find_command takes a unique prefix of each command word. */
const COMMAND_PREFIXES = new Set(['openstack']);

/**
 * cloud-init's main() builds a sub-command's parser only when the sub-command is `sysv_args[0]`
 * (cloudinit/cmd/main.py): with an option before it, the sub-command has no options or action.
 */
const SUB_COMMAND_FIRST = new Set(['cloud-init']);

const DUMPER = fileURLToPath(new URL('./argparse_dump.py', import.meta.url));

interface DumpedCommand {
  options: OptionSpec[];
  positionals: PositionalSpec[];
  /** swift only: the usage line that declares its positionals. */
  usage?: string;
}

interface DumpedTool {
  abbreviations: boolean;
  version: string;
  globalOptions: OptionSpec[];
  commands: Record<string, DumpedCommand>;
  knownCommands: string[];
}

/** The Python the clients run with: the interpreter on the `openstack` script's `#!` line. */
function clientPython(tools: string[]): string {
  for (const tool of tools) {
    const program = findProgram(tool);
    if (program) {
      const shebang = /^#!\s*(\S+)/.exec(readFileSync(program, 'utf8').split('\n')[0] ?? '');
      if (shebang?.[1]) {
        return shebang[1];
      }
    }
  }
  throw new Error(`none of ${tools.join(', ')} is installed`);
}

function command(tool: string, dumped: DumpedCommand): CommandGrammar {
  if (dumped.usage === undefined) {
    return { options: dumped.options, positionals: dumped.positionals, interspersed: true };
  }
  // swift declares no positionals to argparse (it takes what parse_known_args leaves over):
  // they are those of its usage line, which only it documents.
  const fromUsage = readSynopsis(dumped.usage).positionals;
  if (dumped.positionals.length > 0 || fromUsage.length === 0) {
    process.stderr.write(`${tool}: usage line without positionals: ${dumped.usage}\n`);
  }
  // The program's code reads these words itself, by how many there are: an optional one given is
  // another target (a container's object instead of the container), not a default overridden.
  const positionals = fromUsage.map((positional) =>
    positional.arity === '?' || positional.arity === '*'
      ? { ...positional, narrows: true }
      : positional,
  );
  return { options: dumped.options, positionals, interspersed: true };
}

/**
 * Reads every tool in `wanted` that is installed; `wanted[tool]` names the sub-commands whose
 * full grammar to keep (names a tool does not have are dropped by the dumper).
 */
export function readArgparseTools(wanted: Record<string, string[]>): Record<string, ToolGrammar> {
  const installed = Object.fromEntries(
    Object.entries(wanted).filter(([tool]) => findProgram(tool) !== undefined),
  );
  if (Object.keys(installed).length === 0) {
    return {};
  }
  const home = mkdtempSync(join(tmpdir(), 'gen-grammar-'));
  try {
    const output = execFileSync(
      clientPython(Object.keys(installed)),
      [DUMPER, JSON.stringify(installed)],
      {
        encoding: 'utf8',
        // A fixed hash seed: osc-lib lists the auth plugins (--os-auth-type's choices) from a set.
        env: {
          PATH: process.env['PATH'] ?? '/usr/bin:/bin',
          HOME: home,
          LANG: 'C.UTF-8',
          PYTHONHASHSEED: '0',
        },
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
        timeout: 120_000,
      },
    );
    const { 'swift-ring-builder': ringBuilder, ...dumped } = JSON.parse(output) as Record<
      string,
      DumpedTool
    > & { 'swift-ring-builder'?: DumpedRingBuilder };
    const tools = Object.fromEntries(
      Object.entries(dumped).map(([tool, data]) => [
        tool,
        {
          source: 'argparse',
          version: data.version,
          globalOptions: data.globalOptions,
          ...(GLOBAL_OPTIONS_ANYWHERE.has(tool) ? { globalOptionsAnywhere: true } : {}),
          ...(COMMAND_PREFIXES.has(tool) ? { commandPrefixes: true } : {}),
          ...(SUB_COMMAND_FIRST.has(tool) ? { subCommandFirst: true } : {}),
          // Positionals from a usage line are what parse_known_args leaves over, `--` included.
          ...(Object.values(data.commands).some((c) => c.usage !== undefined)
            ? { doubleDashIsWord: true }
            : {}),
          // argparse reads `-rv` as `-r -v` and `-fjson` as `-f json`.
          bundling: true,
          abbreviations: data.abbreviations,
          commands: Object.fromEntries(
            Object.entries(data.commands).map(([name, dumpedCommand]) => [
              name,
              command(tool, dumpedCommand),
            ]),
          ),
          knownCommands: data.knownCommands,
        } satisfies ToolGrammar,
      ]),
    );
    return ringBuilder
      ? { ...tools, 'swift-ring-builder': ringBuilderGrammar(ringBuilder) }
      : tools;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
