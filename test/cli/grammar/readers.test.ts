/** The usage-text readers, on text the real tools print. */
import { describe, expect, it } from 'vitest';
import { parseOptstring } from '../../../src-main/cli/grammar/elf-getopt';
import { readHelpOptions } from '../../../src-main/cli/grammar/help-options';
import { helpSynopsis } from '../../../src-main/cli/grammar/man-synopsis';
import { readSynopsis } from '../../../src-main/cli/grammar/synopsis';

const positionals = (text: string, arity?: Parameters<typeof readSynopsis>[1]): string[] =>
  readSynopsis(text, arity).positionals.map(({ name, arity: n }) => `${name}:${n}`);

describe('readSynopsis', () => {
  it("reads swift's usage lines: nesting, [...] after an option group, <x> [<x>]", () => {
    expect(
      positionals(
        '[--all] [--header <header:value>] [<container> [<object>] [--version-id <version_id>] [...]]',
      ),
    ).toEqual(['container:?', 'object:*']);
    expect(positionals('[--meta <name:value>] <container> <object> [<object>] [...]')).toEqual([
      'container:1',
      'object:+',
    ]);
  });

  it('reads a repeated group of pairs as one trailing positional', () => {
    expect(
      positionals('<search-value> <new_weight> [<search-value> <new_weight>] ... [--yes]'),
    ).toEqual(['search_value:1', 'new_weight:1', 'more_search_value_new_weight:*']);
  });

  it("reads qemu-img's `filename [filename2 [...]] output_filename` and `[-f fmt]` values", () => {
    const convert = readSynopsis('[-c] [-f fmt] [-O output_fmt] filename [filename2 [...]] out');
    expect(convert.positionals.map((p) => `${p.name}:${p.arity}`)).toEqual(['filename:+', 'out:1']);
    expect(convert.options.map((o) => [o.names[0], o.arity, o.metavar])).toEqual([
      ['-c', 0, undefined],
      ['-f', 1, 'fmt'],
      ['-O', 1, 'output_fmt'],
    ]);
  });

  it("takes an option's arity from the caller: `-a disk.img` consumes the image", () => {
    const arity = (name: string) => (name === '-a' || name === '-m' ? 1 : undefined);
    expect(
      positionals('[--options] -a disk.img [-a disk.img ...] -m device [--ro] mp', arity),
    ).toEqual(['mp:1']);
    expect(positionals('[-dflnrv] {directory|device}')).toEqual(['directory|device:1']);
    expect(positionals('[--resize /dev/sdaN=[+/-]<size>[%]] [...] indisk outdisk', arity)).toEqual([
      'indisk:1',
      'outdisk:1',
    ]);
  });
});

describe('readHelpOptions', () => {
  it('reads the layouts of qemu-nbd, libguestfs, util-linux and kpartx', () => {
    const options = readHelpOptions(
      [
        "  -p, --port=PORT           port to listen on (default `10809')",
        '  -a|--add image       Add image',
        '  --blocksize[=512|4096]',
        '                       Set sector size of the disk for -a option',
        '  --password-crypto <md5|sha256|sha512>',
        '                                      Set password crypto',
        ' -d, --detach <loopdev>...     detach one or more devices',
        '\t-a add partition devmappings',
        "  '-c' indicates that target image must be compressed (qcow format only)",
      ].join('\n'),
    );
    expect(options).toEqual([
      {
        names: ['-p', '--port'],
        metavar: 'PORT',
        help: "port to listen on (default `10809')",
        default: '10809',
      },
      { names: ['-a', '--add'], metavar: 'image', help: 'Add image' },
      {
        names: ['--blocksize'],
        metavar: '512|4096',
        optionalValue: true,
        choices: ['512', '4096'],
        help: 'Set sector size of the disk for -a option',
      },
      {
        names: ['--password-crypto'],
        metavar: '<md5|sha256|sha512>',
        choices: ['md5', 'sha256', 'sha512'],
        help: 'Set password crypto',
      },
      { names: ['-d', '--detach'], metavar: '<loopdev>...', help: 'detach one or more devices' },
      { names: ['-c'], help: 'indicates that target image must be compressed (qcow format only)' },
    ]);
  });
});

describe('getopt option strings and usage blocks', () => {
  it("reads getopt's colons: value, optional value, flag", () => {
    expect([...parseOptstring('+:hVT:m::')]).toEqual([
      ['h', 0],
      ['V', 0],
      ['T', 1],
      ['m', 2],
    ]);
  });

  it('reads the Usage block of --help, with "or:" lines, and stops at its end', () => {
    const help =
      'Usage: qemu-nbd [OPTIONS] FILE\n  or:  qemu-nbd -L [OPTIONS]\n\nqemu-nbd is a tool';
    expect(helpSynopsis(help, 'qemu-nbd')).toEqual([
      'qemu-nbd [OPTIONS] FILE',
      'qemu-nbd -L [OPTIONS]',
    ]);
  });
});
