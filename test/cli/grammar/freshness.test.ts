/**
 * The committed grammar data is what the installed tools say today: cinder's parser and kpartx's
 * binary and help are read again and compared, and every command line of the shipped deck has a
 * grammar (or is one the generator reports it cannot cover). Regenerate with
 * `npm run gen:grammar` when a client is upgraded or the deck gains a command.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArgparseTools } from '../../../src-main/cli/grammar/argparse-tools';
import { deckCommands } from '../../../src-main/cli/grammar/deck-commands';
import { readGetoptTool } from '../../../src-main/cli/grammar/getopt-tools';
import { findProgram } from '../../../src-main/cli/grammar/programs';
import { commandKey } from '../../../src-main/cli/grammar/subcommands';
import { normalized } from '../../../src-main/cli/grammar/write-data';
import data from '../../../src-renderer/lib/check/grammar/grammar-data.json';
import type { GrammarData, ToolGrammar } from '../../../src-renderer/lib/check/grammar/types';

const committed = data as GrammarData;
const DECKS = fileURLToPath(new URL('../../../decks/', import.meta.url));

function same(tool: string, fresh: ToolGrammar | undefined): void {
  const was = committed.tools[tool];
  expect(fresh, `${tool} was read`).toBeDefined();
  expect(was, `${tool} is in the committed data`).toBeDefined();
  if (fresh && was) {
    expect(normalized({ tools: { [tool]: fresh } })).toEqual(
      normalized({ tools: { [tool]: was } }),
    );
  }
}

for (const tool of ['cinder', 'kpartx']) {
  if (!findProgram(tool)) {
    console.warn(`freshness of the ${tool} grammar not checked: ${tool} is not installed`);
  }
}

describe('the committed grammar data is current', () => {
  it.skipIf(!findProgram('cinder'))("cinder's parser says the same", () => {
    const commands = Object.keys(committed.tools['cinder']?.commands ?? {});
    same('cinder', readArgparseTools({ cinder: commands })['cinder']);
  });

  it.skipIf(!findProgram('kpartx'))("kpartx's getopt table and help say the same", () => {
    same('kpartx', readGetoptTool('kpartx'));
  });

  it('covers every command line of the shipped decks the installed tools can be asked about', () => {
    const missing = deckCommands(DECKS)
      .filter((command) => !command.mention && findProgram(command.tool))
      .filter((command) => {
        const grammar = committed.tools[command.tool];
        const key = grammar && commandKey(grammar, command.tool, command.words);
        // A sub-command the tool does not have is the deck's to correct (`cinder volume-list`
        // is a card about that very mistake), not a gap in the grammar.
        return grammar === undefined || (key !== undefined && !grammar.commands[key]);
      })
      .map((command) => `${command.where}: ${command.tool} ${command.words.join(' ')}`);
    expect(missing, 'run npm run gen:grammar').toEqual([]);
  });
});
