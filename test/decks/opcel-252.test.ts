/**
 * The shipped OPCEL 252 deck against the real tools: every command a card asks for must be one
 * the installed client lists in its own help. The seed notes had commands that do not exist
 * (`cinder volume-list`); this is what keeps such mistakes out of the deck. The clients come
 * from Debian (python3-cinderclient, -glanceclient, -swiftclient, -novaclient,
 * -openstackclient and swift); .ci/run installs them.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNotesFile } from '../../src-renderer/lib/notes/files';
import { generateFromNotes } from '../../src-renderer/lib/notes/generate';

const DECK = 'decks/opcel-252';
const notes = readdirSync(DECK)
  .filter(isNotesFile)
  .map((name) => ({ path: name, text: readFileSync(join(DECK, name), 'utf8') }));
const { cards, warnings } = generateFromNotes(notes);
const commands = cards.filter((card) => card.kind === 'type-in').map((card) => card.back.trim());

function help(tool: string, args: string[]): string | undefined {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // swift-ring-builder prints its usage and exits 1 when given no builder file.
    const out = (error as { stdout?: string }).stdout;
    return out || undefined;
  }
}

/** `    list    Lists all volumes.` lines under "Positional arguments", as argparse writes them. */
function subcommandsOf(text: string): Set<string> {
  const section = text.slice(text.search(/positional arguments:/i));
  return new Set([...section.matchAll(/^ {4}([a-z][a-z0-9_-]*)\s/gm)].map((m) => m[1]!));
}

const CLIENTS = ['cinder', 'glance', 'nova', 'swift'] as const;

describe('the shipped OPCEL 252 deck', () => {
  it('generates without warnings', () => {
    expect(warnings).toEqual([]);
    expect(cards.length).toBeGreaterThan(400);
  });

  for (const tool of CLIENTS) {
    const text = help(tool, tool === 'swift' ? ['--help'] : ['help']);
    it.skipIf(!text)(`asks only for ${tool} subcommands that ${tool} --help lists`, () => {
      const known = subcommandsOf(text!);
      expect(known.size).toBeGreaterThan(5);
      const used = commands.filter((c) => c.startsWith(`${tool} `)).map((c) => c.split(/\s+/)[1]!);
      expect(used.length).toBeGreaterThan(0);
      expect(used.filter((sub) => !sub.startsWith('-') && !known.has(sub))).toEqual([]);
    });
  }

  const openstack = help('openstack', ['command', 'list', '-f', 'value']);
  it.skipIf(!openstack)('asks only for openstack commands that `openstack command list` has', () => {
    const known = [...openstack!.matchAll(/'([a-z][a-z ]+)'/g)].map((m) => m[1]!);
    const used = commands.filter((c) => c.startsWith('openstack '));
    expect(used.length).toBeGreaterThan(0);
    const unknown = used.filter((command) => {
      const words = command.split(/\s+/).slice(1);
      return !known.some((name) => name.split(' ').every((word, i) => words[i] === word));
    });
    expect(unknown).toEqual([]);
  });

  const ringHelp = help('swift-ring-builder', []);
  it.skipIf(!ringHelp)('asks only for swift-ring-builder commands its usage lists', () => {
    const known = new Set(
      [...ringHelp!.matchAll(/^swift-ring-builder <builder_file> ([a-z_]+)/gm)].map((m) => m[1]!),
    );
    const used = commands
      .filter((c) => c.startsWith('swift-ring-builder '))
      .map((c) => c.split(/\s+/)[2])
      .filter((sub): sub is string => sub !== undefined && /^[a-z_]+$/.test(sub));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((sub) => !known.has(sub))).toEqual([]);
  });
});
