import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCommand, type DiffToken } from '../../../src-renderer/lib/check/command';

/** `same` words as is, `+[extra]`, `-[missing]`: a diff as one readable string. */
const show = (diff: DiffToken[]): string =>
  diff
    .map((t) => (t.op === 'same' ? t.text : t.op === 'extra' ? `+[${t.text}]` : `-[${t.text}]`))
    .join(' ');

describe('checkCommand: equivalent commands', () => {
  it.each([
    [
      'option order',
      'glance image-create --name x --disk-format qcow2',
      'glance image-create --disk-format qcow2 --name x',
    ],
    [
      '--opt=value',
      'glance image-create --disk-format=qcow2 --name=x',
      'glance image-create --disk-format qcow2 --name x',
    ],
    ['whitespace', '  swift   list\tmybox ', 'swift list mybox'],
    [
      'quoting',
      'swift post -m "web-listings: true" public',
      "swift post -m 'web-listings: true' public",
    ],
    [
      'escaped space',
      'swift post -m web-listings:\\ true public',
      "swift post -m 'web-listings: true' public",
    ],
    ['<placeholder>', 'swift download photos cat.jpg', 'swift download <container> <object>'],
    ['Japanese placeholder', 'swift post 写真', 'swift post <コンテナ名>'],
    ['[placeholder] with a space', 'losetup /dev/loop0 disk.img', 'losetup [loop dev] [raw img]'],
    [
      'placeholder inside a word',
      'glance image-create --file=cirros.img',
      'glance image-create --file [file]',
    ],
    [
      '[option] stands for any options',
      'glance image-update --name new --min-disk 2 abc123',
      'glance image-update [option] [image]',
    ],
    [
      'flag before an option value',
      'guestmount --rw -a d.qcow2 -m /dev/sda1 /mnt',
      'guestmount -a d.qcow2 -m /dev/sda1 --rw /mnt',
    ],
    ['full-width input from an IME', 'ｓｗｉｆｔ　ｌｉｓｔ', 'swift list'],
    [
      'compound commands',
      'umount /mnt/image;rmdir /mnt/image',
      'umount /mnt/image; rmdir /mnt/image',
    ],
    ['the placeholder typed as written', 'swift stat <container>', 'swift stat <container>'],
  ])('accepts %s', (_, typed, expected) => {
    const result = checkCommand(typed, expected);
    expect(result.correct).toBe(true);
    expect(result.diff.every((token) => token.op === 'same')).toBe(true);
  });
});

describe('checkCommand: wrong commands and their diff', () => {
  it.each([
    [
      'a missing argument',
      'swift upload photos',
      'swift upload <container> <file_or_directory>',
      'swift upload photos -[<file_or_directory>]',
    ],
    [
      'an extra option',
      'glance image-list --all',
      'glance image-list',
      'glance image-list +[--all]',
    ],
    ['a wrong subcommand', 'cinder volume-list', 'cinder list', 'cinder +[volume-list] -[list]'],
    [
      'a wrong option value',
      'glance image-create --disk-format raw --name x',
      'glance image-create --disk-format qcow2 --name x',
      'glance image-create --disk-format +[raw] -[qcow2] --name x',
    ],
    [
      'swapped positionals',
      'nova volume-attach volume vm',
      'nova volume-attach vm volume',
      'nova volume-attach +[volume] vm -[volume]',
    ],
    [
      'case',
      'qemu-img convert -o qcow2',
      'qemu-img convert -O qcow2',
      'qemu-img convert +[-o] +[qcow2] -[-O] -[qcow2]',
    ],
    [
      'a missing second command',
      'umount /mnt',
      'umount /mnt; rmdir /mnt',
      'umount /mnt -[;] -[rmdir] -[/mnt]',
    ],
  ])('rejects %s', (_, typed, expected, diff) => {
    const result = checkCommand(typed, expected);
    expect(result.correct).toBe(false);
    expect(show(result.diff)).toBe(diff);
  });

  it('does not let a placeholder swallow nothing', () => {
    expect(checkCommand('swift post', 'swift post <container>').correct).toBe(false);
  });
});

describe('checkCommand: what the words alone cannot tell', () => {
  it.each([
    // vgchange --help: `vgchange -a|--activate y|n|ay`: all three are one command.
    ['an option spelt apart', 'vgchange -a y', 'vgchange -ay'],
    ['a long option', 'vgchange --activate y', 'vgchange -ay'],
    ['a name added', 'vgchange -ay vg_centosbase', 'vgchange -ay'],
    // diskimage-builder reads its elements as a set: the order is the user's.
    [
      'the same words in another order',
      'disk-image-create vm ubuntu',
      'disk-image-create ubuntu vm',
    ],
    [
      'an option added',
      'glance-cache-manage delete-all-cached-images -f',
      'glance-cache-manage delete-all-cached-images',
    ],
    ['a shortened name', 'ip a', 'ip address'],
    ['a final slash', 'rmdir /mnt/', 'rmdir /mnt'],
  ])('is undecided for %s, with a finding that says so', (_, typed, expected) => {
    const result = checkCommand(typed, expected);
    expect(result.correct).toBe(false);
    expect(result.undecided).toBe(true);
    expect(result.findings).toEqual([{ kind: 'unknown-options', slot: typed.split(' ')[0] }]);
  });

  it.each([
    ['another program', 'lvchange -ay', 'vgchange -ay'],
    ['another argument and no options', 'rmdir /mnt2', 'rmdir /mnt'],
    ['another sub-command', 'glance-cache-manage list-queued', 'glance-cache-manage list-cached'],
    ['a second command left out', 'umount /mnt', 'umount /mnt; rmdir /mnt'],
    ['another separator', 'a x || b', 'a x && b'],
    // Not a shortening: a text answer that reads like a command keeps its near miss.
    ['a longer word', 'qcow2 formats', 'qcow2 format'],
  ])('is surely wrong for %s', (_, typed, expected) => {
    const result = checkCommand(typed, expected);
    expect(result).toMatchObject({ correct: false });
    expect(result.undecided).toBeUndefined();
    expect(result.findings).toBeUndefined();
  });
});

const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const value = fc.stringMatching(/^[a-zA-Z0-9._/]{1,10}$/);
const option = fc.record({ flag: name.map((n) => `--${n}`), value });
const command = fc.record({
  words: fc.array(name, { minLength: 1, maxLength: 3 }),
  options: fc.uniqueArray(option, { selector: (o) => o.flag, maxLength: 5 }),
});
const render = (
  words: string[],
  options: { flag: string; value: string }[],
  form: (o: { flag: string; value: string }) => string,
) => [...words, ...options.map(form)].join(' ');

describe('checkCommand properties', () => {
  it('accepts any order of options, either --opt=value or --opt value, any spacing and quoting', () => {
    fc.assert(
      fc.property(
        command,
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.nat(),
        ({ words, options }, equalsForm, quoted, seed) => {
          const expected = render(words, options, (o) => `${o.flag} ${o.value}`);
          const shuffled = [...options].sort(
            (a, b) => ((a.flag.length * 31 + seed) % 7) - ((b.flag.length * 31 + seed) % 7),
          );
          const typed = render(words, shuffled, (o) => {
            const i = options.indexOf(o);
            const v = quoted[i] ? `'${o.value}'` : o.value;
            return equalsForm[i] ? `${o.flag}=${v}` : `${o.flag}   ${v}`;
          });
          expect(checkCommand(typed, expected).correct).toBe(true);
        },
      ),
    );
  });

  it('accepts any value for a placeholder and rejects a changed literal word', () => {
    fc.assert(
      fc.property(command, value, name, ({ words, options }, filler, other) => {
        const expected = render([...words, '<target>'], options, (o) => `${o.flag} ${o.value}`);
        expect(
          checkCommand(
            render([...words, filler], options, (o) => `${o.flag} ${o.value}`),
            expected,
          ).correct,
        ).toBe(true);
        fc.pre(other !== words[0]);
        const changed = render(
          [other, ...words.slice(1), filler],
          options,
          (o) => `${o.flag} ${o.value}`,
        );
        expect(checkCommand(changed, expected).correct).toBe(false);
      }),
    );
  });

  it('is correct exactly when the diff has no missing or extra word', () => {
    fc.assert(
      fc.property(command, command, ({ words: w1, options: o1 }, { words: w2, options: o2 }) => {
        const a = render(w1, o1, (o) => `${o.flag} ${o.value}`);
        const b = render(w2, o2, (o) => `${o.flag}=${o.value}`);
        const result = checkCommand(a, b);
        expect(result.correct).toBe(result.diff.every((t) => t.op === 'same'));
      }),
    );
  });
});
