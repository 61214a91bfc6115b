/**
 * What swift-ring-builder runs that its usage text leaves out (swift/cli/ringbuilder.py,
 * swift 2.30.1): main() runs `default` when no sub-command is given (`if len(argv) == 2:
 * command = "default"`), so naming it is the same command, and it exits 0; `rebalance` reads
 * its seed from `--seed` or else from the word after it (`get_seed`: `return args[index]`), so
 * `rebalance 1234` is a rebalance seeded with 1234. Checked on a scratch builder:
 * `swift-ring-builder c.builder default` and `… rebalance 1234` both exit 0.
 */
import type { Reading } from './read';
import type { ToolGrammar } from './types';

const TOOL = 'swift-ring-builder';
const runs = new WeakMap<ToolGrammar, ToolGrammar>();

/** The tool's grammar with those forms, for swift-ring-builder; any other tool as it is. */
export function asRun(name: string, tool: ToolGrammar): ToolGrammar {
  if (name !== TOOL) {
    return tool;
  }
  const known = runs.get(tool);
  if (known) {
    return known;
  }
  const { commands } = tool;
  const plain = commands[''];
  const rebalance = commands.rebalance;
  const patched: ToolGrammar = {
    ...tool,
    commands: {
      ...commands,
      ...(plain ? { default: plain } : {}),
      ...(rebalance && rebalance.positionals.length === 0
        ? {
            rebalance: {
              ...rebalance,
              positionals: [{ name: 'seed', arity: '?', help: 'seed to use for rebalance' }],
            },
          }
        : {}),
    },
  };
  runs.set(tool, patched);
  return patched;
}

/** `default` named is the command run without one. */
export function asRunCommand(reading: Reading): Reading {
  return reading.tool === TOOL && reading.command === 'default'
    ? { ...reading, command: '' }
    : reading;
}
