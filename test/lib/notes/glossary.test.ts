import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { helpPrompt, unknownSubcommand } from '../../../src-renderer/lib/notes/glossary';
import { COMMAND_HELP } from '../../../src-renderer/lib/notes/glossary-data';

function installed(tool: string): boolean {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('helpPrompt', () => {
  it('asks a subcommand by its help text, with the arguments as a hint', () => {
    expect(helpPrompt('cinder list')).toBe('**cinder** — Lists all volumes.');
    expect(helpPrompt('$ swift upload <container> <file_or_directory>')).toBe(
      '**swift** — Uploads files or directories to the given container. (`<container> <file_or_directory>`)',
    );
    expect(helpPrompt('openstack image create --file x.img cirros')).toBe(
      '**openstack** — Create/upload an image (`--file x.img cirros`)',
    );
  });

  it('finds swift-ring-builder commands after the builder file, keeping placeholders in code', () => {
    expect(helpPrompt('swift-ring-builder object.builder create 10 3 1')).toBe(
      '**swift-ring-builder** — Creates `<builder_file>` with 2^`<part_power>` partitions and `<replicas>`. (`object.builder 10 3 1`)',
    );
    expect(helpPrompt('swift-ring-builder object.builder')).toBe(
      '**swift-ring-builder** — Shows information about the ring and the devices within. (`object.builder`)',
    );
  });

  it('knows nothing about commands outside the glossary', () => {
    expect(helpPrompt('qemu-nbd -c /dev/nbd0 image.qcow2')).toBeUndefined();
    expect(helpPrompt('openstack container')).toBeUndefined();
    expect(helpPrompt('cinder --help')).toBeUndefined();
  });
});

describe('unknownSubcommand', () => {
  it('flags a subcommand the tool does not have, and only for tools listed in full', () => {
    expect(unknownSubcommand('cinder volume-list')).toBe('volume-list');
    expect(unknownSubcommand('swift-ring-builder account.builder rebalanse')).toBe('rebalanse');
    expect(unknownSubcommand('cinder list')).toBeUndefined();
    expect(unknownSubcommand('swift-ring-builder <builder_file>')).toBeUndefined();
    expect(unknownSubcommand('nova boot x')).toBeUndefined();
    expect(unknownSubcommand('glance --version')).toBeUndefined();
  });
});

describe('the glossary data', () => {
  it.skipIf(!installed('cinder'))('matches what the installed cinder says', () => {
    const help = execFileSync('cinder', ['help', 'backup-restore'], { encoding: 'utf8' });
    expect(help).toContain(COMMAND_HELP['cinder backup-restore']?.replace(/\.$/, '') ?? 'missing');
  });

  it('has one sentence per command and no empty entry', () => {
    for (const [command, description] of Object.entries(COMMAND_HELP)) {
      expect(command).toMatch(/^[a-z][a-z-]*( [a-z_-]+){0,4}$/);
      expect(description.length, command).toBeGreaterThan(5);
    }
  });
});
