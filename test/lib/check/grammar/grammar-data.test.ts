/**
 * The committed grammar data says what the real tools say (checked by hand against their
 * --help and parsers): the cases of issue 12's table among them.
 */
import { describe, expect, it } from 'vitest';
import data from '../../../../src-renderer/lib/check/grammar/grammar-data.json';
import type {
  CommandGrammar,
  GrammarData,
  OptionSpec,
  ToolGrammar,
} from '../../../../src-renderer/lib/check/grammar/types';

const grammar = data as GrammarData;

function tool(name: string): ToolGrammar {
  const found = grammar.tools[name];
  if (!found) {
    throw new Error(`no grammar for ${name}`);
  }
  return found;
}

function command(toolName: string, name: string): CommandGrammar {
  const found = tool(toolName).commands[name];
  if (!found) {
    throw new Error(`no grammar for ${toolName} ${name}`);
  }
  return found;
}

function option(spec: CommandGrammar, name: string): OptionSpec {
  const found = spec.options.find((candidate) => candidate.names.includes(name));
  if (!found) {
    throw new Error(`no option ${name}`);
  }
  return found;
}

describe('grammar data read from the OpenStack clients', () => {
  it('openstack container delete: -r is --recursive, a flag; <container> takes one or more', () => {
    const spec = command('openstack', 'container delete');
    expect(option(spec, '-r')).toMatchObject({ names: ['--recursive', '-r'], arity: 0 });
    expect(spec.positionals).toEqual([
      expect.objectContaining({ name: 'containers', metavar: '<container>', arity: '+' }),
    ]);
  });

  it('openstack image delete takes <image> [<image> ...]', () => {
    expect(command('openstack', 'image delete').positionals).toEqual([
      expect.objectContaining({ metavar: '<image>', arity: '+' }),
    ]);
  });

  it('openstack image create: --disk-format choices and default, visibility flags by value', () => {
    const spec = command('openstack', 'image create');
    expect(option(spec, '--disk-format')).toMatchObject({ arity: 1, default: 'raw' });
    expect(option(spec, '--disk-format').choices).toEqual(
      expect.arrayContaining(['qcow2', 'raw', 'vmdk', 'iso']),
    );
    expect(option(spec, '--public')).toMatchObject({ dest: 'visibility', const: 'public' });
    expect(option(spec, '--private')).toMatchObject({ dest: 'visibility', const: 'private' });
    expect(option(spec, '--property')).toMatchObject({ arity: 1, repeatable: true });
    expect(spec.positionals).toEqual([expect.objectContaining({ name: 'name', arity: 1 })]);
  });

  it('glance cache-clear --target has choices and defaults to both', () => {
    expect(option(command('glance', 'cache-clear'), '--target')).toMatchObject({
      arity: 1,
      choices: ['both', 'cache', 'queue'],
      default: 'both',
    });
  });

  it('cinder extend takes the volume, then the new size as an int', () => {
    expect(command('cinder', 'extend').positionals).toEqual([
      expect.objectContaining({ name: 'volume', arity: 1 }),
      expect.objectContaining({ name: 'new_size', arity: 1, type: 'int' }),
    ]);
  });

  it("cinder's hidden underscore spellings are aliases of the hyphenated options", () => {
    expect(option(command('cinder', 'create'), '--snapshot-id').names).toEqual([
      '--snapshot-id',
      '--snapshot_id',
    ]);
  });

  it('nova volume-attach takes server, volume and an optional device', () => {
    expect(command('nova', 'volume-attach').positionals.map((p) => [p.name, p.arity])).toEqual([
      ['server', 1],
      ['volume', 1],
      ['device', '?'],
    ]);
  });

  it('swift post -m/--meta is repeatable; its positionals come from its usage line', () => {
    const spec = command('swift', 'post');
    expect(option(spec, '-m')).toMatchObject({ names: ['-m', '--meta'], repeatable: true });
    expect(spec.positionals.map((p) => [p.name, p.arity])).toEqual([
      ['container', '?'],
      ['object', '?'],
    ]);
    expect(command('swift', 'delete').positionals.map((p) => p.arity)).toEqual(['?', '*']);
  });

  it('records where global options go and that argparse bundles short flags', () => {
    expect(tool('openstack')).toMatchObject({ globalOptionsAnywhere: true, bundling: true });
    expect(tool('cinder').globalOptionsAnywhere).toBeUndefined();
    expect(tool('openstack').knownCommands).toContain('image create');
  });

  it('cloud-init clean removes the logs only with --logs', () => {
    expect(option(command('cloud-init', 'clean'), '--logs')).toMatchObject({
      names: ['-l', '--logs'],
      arity: 0,
    });
  });
});

describe('grammar data read from usage text and binaries', () => {
  it('kpartx: -a and -v are flags and can be bundled; -p takes a value', () => {
    const spec = command('kpartx', '');
    expect(option(spec, '-a').arity).toBe(0);
    expect(option(spec, '-v').arity).toBe(0);
    expect(option(spec, '-p').arity).toBe(1);
    expect(tool('kpartx').bundling).toBe(true);
    expect(spec.positionals).toEqual([{ name: 'wholedisk', arity: 1 }]);
  });

  it('swift-ring-builder: the builder file comes before the command', () => {
    const ring = tool('swift-ring-builder');
    expect(ring.leadingPositionals).toEqual([{ name: 'builder_file', arity: 1 }]);
    expect(command('swift-ring-builder', 'create').positionals.map((p) => p.type)).toEqual([
      'int',
      'float',
      'int',
    ]);
    const add = command('swift-ring-builder', 'add');
    expect(add.positionals.map((p) => p.name).slice(0, 2)).toEqual(['device', 'weight']);
    expect(add.options.some((o) => o.names.includes('--region'))).toBe(false);
    expect(add.alternatives?.[0]?.options?.find((o) => o.names.includes('--region'))).toMatchObject(
      { names: ['-r', '--region'], type: 'int' },
    );
  });

  it('qemu-img convert: -c is a flag, -O takes a format qemu-img supports', () => {
    const spec = command('qemu-img', 'convert');
    expect(option(spec, '-c').arity).toBe(0);
    expect(option(spec, '-O')).toMatchObject({ arity: 1, metavar: 'output_fmt' });
    expect(option(spec, '-O').choices).toEqual(expect.arrayContaining(['qcow2', 'raw']));
    expect(spec.positionals.map((p) => [p.name, p.arity])).toEqual([
      ['filename', '+'],
      ['output_filename', 1],
    ]);
    expect(command('qemu-img', 'create').positionals.map((p) => p.arity)).toEqual([1, '?']);
  });

  it("guestmount's --dir-cache-timeout takes a value, as its getopt table says", () => {
    expect(option(command('guestmount', ''), '--dir-cache-timeout').arity).toBe(1);
    expect(option(command('guestmount', ''), '-m').names).toEqual(['-m', '--mount']);
  });

  it('losetup -f and --show are flags; qemu-nbd -c takes the device', () => {
    expect(option(command('losetup', ''), '-f')).toMatchObject({ names: ['-f', '--find'] });
    expect(option(command('losetup', ''), '--show').arity).toBe(0);
    expect(option(command('qemu-nbd', ''), '-c')).toMatchObject({ arity: 1 });
    expect(option(command('qemu-nbd', ''), '-d').arity).toBe(0);
  });

  it("guestfish: --ro/--rw flags, -a takes the image, and the deck's shell commands", () => {
    const guestfish = tool('guestfish');
    expect(option(command('guestfish', ''), '--ro').names).toEqual(['-r', '--ro']);
    expect(option(command('guestfish', ''), '-a').arity).toBe(1);
    expect(guestfish.shellCommands?.['mount']?.positionals.map((p) => p.name)).toEqual([
      'mountable',
      'mountpoint',
    ]);
    expect(guestfish.shellCommands?.['run']).toMatchObject({ positionals: [], usage: 'launch' });
    // Not in `guestfish -h`'s list, but guestfish takes it (its help page is quit's).
    expect(guestfish.shellCommands?.['exit']).toMatchObject({ usage: 'quit' });
    expect(guestfish.knownShellCommands).toEqual(
      expect.arrayContaining(['list-filesystems', 'launch', 'run']),
    );
  });

  it('every tool records the version it was read from', () => {
    for (const [name, entry] of Object.entries(grammar.tools)) {
      expect(entry.version, name).toMatch(/\d+\.\d+/);
    }
  });
});
