/**
 * The grammar checker on the real tools' grammars (grammar-data.json, generated from the
 * installed clients). Each verdict here was confirmed against the tool itself where it can run
 * offline (`cinder extend 20 vol1` → `invalid int value: 'vol1'`).
 */
import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  type CheckResult,
  type DiffToken,
} from '../../../../src-renderer/lib/check/answer';
import { describeFindings } from '../../../../src-renderer/lib/check/feedback';
import data from '../../../../src-renderer/lib/check/grammar/grammar-data.json';
import type { GrammarData } from '../../../../src-renderer/lib/check/grammar/types';
import { translate, type MessageKey, type Params } from '../../../../src-renderer/lib/i18n';

const grammar = data as GrammarData;
const english = (key: MessageKey, params?: Params): string => translate('en', key, params);
const check = (typed: string, expected: string): CheckResult =>
  checkAnswer(typed, expected, grammar);
const kinds = (result: CheckResult) => (result.findings ?? []).map((f) => f.kind);

/** `same` words as is, `+[extra]`, `-[missing]`, `~[t(y)p(o)]` for characters: one string. */
const show = (diff: DiffToken[]): string =>
  diff
    .map((t) => {
      if (t.op === 'changed') {
        return `~[${t.chars.map((c) => (c.op === 'same' ? c.text : c.op === 'extra' ? `+${c.text}` : `-${c.text}`)).join('')}]`;
      }
      return t.op === 'same' ? t.text : t.op === 'extra' ? `+[${t.text}]` : `-[${t.text}]`;
    })
    .join(' ');

describe('issue 12: verdicts the real tools agree with', () => {
  it('accepts an option by its alias', () => {
    const result = check(
      'openstack container delete -r c1',
      'openstack container delete --recursive <container>',
    );
    expect(result).toMatchObject({ correct: true, findings: [] });
  });

  it('accepts leaving out an option the card gives its default', () => {
    expect(check('glance cache-clear', 'glance cache-clear --target both')).toMatchObject({
      correct: true,
      findings: [],
    });
  });

  it('accepts more values where the arity allows them, with a note', () => {
    const result = check('openstack image delete img1 img2', 'openstack image delete <image>');
    expect(result.correct).toBe(true);
    expect(result.findings).toEqual([
      {
        kind: 'adds-values',
        slot: 'images',
        typed: 'img2',
        note: 'Image(s) to delete (name or ID)',
      },
    ]);
  });

  it('rejects a value of the wrong type, and says which slot', () => {
    const result = check('cinder extend 20 vol1', 'cinder extend <volume> <新しいサイズ>');
    expect(result.correct).toBe(false);
    expect(result.findings).toEqual([
      { kind: 'wrong-type', slot: 'new_size', typed: 'vol1', note: 'int' },
    ]);
    expect(show(result.diff)).toBe('cinder extend 20 +[vol1]');
  });

  it('rejects swapped placeholders', () => {
    const result = check(
      'nova volume-attach <volume> <server>',
      'nova volume-attach <server> <volume>',
    );
    expect(result.correct).toBe(false);
    expect(result.findings).toEqual([
      { kind: 'wrong-placeholder', slot: 'server', typed: '<volume>', expected: '<server>' },
      { kind: 'wrong-placeholder', slot: 'volume', typed: '<server>', expected: '<volume>' },
    ]);
  });
});

describe('grammar checker: same operation, other spelling', () => {
  it.each([
    ['--opt=value', 'cinder create --name=db1 10', 'cinder create --name <名前> <サイズ>'],
    [
      'option order',
      'glance image-create --name x --file f.img --container-format bare --disk-format qcow2',
      'glance image-create --disk-format qcow2 --container-format bare --name <名前> --file <ファイル>',
    ],
    [
      'options between positionals',
      'cinder backup-restore b1 --volume v1',
      'cinder backup-restore --volume <volume> <backup>',
    ],
    ['a number written another way', 'cinder create --name x 01', 'cinder create --name <名前> 1'],
    [
      'the placeholder itself',
      'cinder extend <volume> <新しいサイズ>',
      'cinder extend <volume> <新しいサイズ>',
    ],
    ['a placeholder named alike', 'glance image-show <image_id>', 'glance image-show <IMAGE_ID>'],
    [
      'quoting',
      'swift post -m "web-listings: true" photos',
      "swift post -m 'web-listings: true' <container>",
    ],
    [
      'metadata without the space',
      'swift post -m web-listings:true photos',
      "swift post -m 'web-listings: true' <container>",
    ],
    [
      'metadata as its header',
      "swift post -H 'X-Container-Meta-Web-Listings: true' photos",
      "swift post -m 'web-listings: true' <container>",
    ],
    [
      'a read ACL as its header',
      "swift post -H 'X-Container-Read: .r:*' photos",
      "swift post -r '.r:*' <container>",
    ],
    [
      'any metadata item for a placeholder',
      'swift post -m color:blue photos',
      'swift post -m <name:value> <container>',
    ],
    [
      'a value with a placeholder inside',
      'swift copy --destination /backup/cat.jpg photos cat.jpg',
      'swift copy --destination /<コピー先コンテナ>/<オブジェクト> <container> <object>',
    ],
    [
      'a flag alternative with the same value',
      'openstack image set --activate img',
      'openstack image set --activate <image>',
    ],
  ])('accepts %s', (_, typed, expected) => {
    const result = check(typed, expected);
    expect(result.findings?.filter((f) => !f.kind.startsWith('adds-'))).toEqual([]);
    expect(result.correct).toBe(true);
    expect(result.diff.every((t) => t.op === 'same')).toBe(true);
  });

  it('notes an optional option the card does not give, with its help', () => {
    const result = check('cinder delete --cascade vol1', 'cinder delete <volume>');
    expect(result.correct).toBe(true);
    expect(result.findings).toEqual([
      { kind: 'adds-option', slot: '--cascade', note: 'Remove any snapshots along with volume.' },
    ]);
  });

  it('accepts the object metadata prefix only for an object', () => {
    expect(
      check(
        "swift post -H 'X-Object-Meta-Color: blue' c o",
        'swift post -m color:blue <container> <object>',
      ).correct,
    ).toBe(true);
    expect(
      check(
        "swift post -H 'X-Container-Meta-Color: blue' c o",
        'swift post -m color:blue <container> <object>',
      ).correct,
    ).toBe(false);
  });
});

describe('grammar checker: wrong, and why', () => {
  it('names an unknown sub-command and the nearest one', () => {
    const result = check('cinder exnted vol1 20', 'cinder extend <volume> <新しいサイズ>');
    expect(result.correct).toBe(false);
    expect(result.findings).toEqual([
      { kind: 'unknown-command', slot: 'cinder', typed: 'exnted', suggestion: 'extend' },
    ]);
    expect(show(result.diff)).toBe('cinder ~[ex+nte-nd] vol1 20');
  });

  it('finds the nearest of several words', () => {
    const result = check('openstack image delte img1', 'openstack image delete <image>');
    expect(result.findings).toEqual([
      {
        kind: 'unknown-command',
        slot: 'openstack',
        typed: 'image delte',
        suggestion: 'image delete',
      },
    ]);
    expect(show(result.diff)).toBe('openstack image ~[del-ete] img1');
  });

  it('tells another real sub-command from an unknown one', () => {
    expect(check('cinder show vol1', 'cinder delete <volume>').findings).toEqual([
      { kind: 'wrong-command', typed: 'show', expected: 'delete' },
    ]);
  });

  it('names an unknown option and the nearest one', () => {
    const result = check('cinder delete --cascde vol1', 'cinder delete --cascade <volume>');
    expect(kinds(result)).toEqual(['unknown-option', 'missing-option']);
    expect(result.findings?.[0]).toEqual({
      kind: 'unknown-option',
      typed: '--cascde',
      suggestion: '--cascade',
    });
  });

  it('names a missing argument and shows it as missing', () => {
    const result = check('cinder extend vol1', 'cinder extend <volume> <新しいサイズ>');
    expect(result.findings).toEqual([
      { kind: 'missing-argument', slot: 'new_size', expected: '<新しいサイズ>' },
    ]);
    expect(show(result.diff)).toBe('cinder extend vol1 -[<新しいサイズ>]');
  });

  it('names a missing option', () => {
    const result = check(
      'cinder backup-create vol1',
      'cinder backup-create --incremental <volume>',
    );
    expect(result.findings).toEqual([
      { kind: 'missing-option', slot: '--incremental', expected: '--incremental' },
    ]);
    expect(show(result.diff)).toBe('cinder backup-create vol1 -[--incremental]');
  });

  it('names a value outside the choices, with the nearest choice', () => {
    const result = check('glance cache-clear --target queu', 'glance cache-clear --target both');
    expect(result.findings).toEqual([
      {
        kind: 'wrong-choice',
        slot: '--target',
        typed: 'queu',
        suggestion: 'queue',
        note: 'both, cache, queue',
      },
    ]);
  });

  it('rejects another value than the card fixes, marking its characters', () => {
    const result = check(
      'glance image-create --disk-format qcow --container-format bare --name x --file f',
      'glance image-create --disk-format qcow2 --container-format bare --name <名前> --file <ファイル>',
    );
    // glanceclient v2 checks --disk-format against the image schema's enum before sending.
    expect(kinds(result)).toEqual(['wrong-choice']);
    expect(show(result.diff)).toContain('~[qcow-2]');
  });

  it('rejects a changed option value', () => {
    const result = check('glance cache-clear --target cache', 'glance cache-clear --target both');
    expect(result.findings).toEqual([
      { kind: 'wrong-value', slot: '--target', typed: 'cache', expected: 'both' },
    ]);
    expect(show(result.diff)).toBe('glance cache-clear --target +[cache] -[both]');
  });

  it('rejects a literal where the card has a placeholder-only value', () => {
    expect(
      check('cinder extend <size> <volume>', 'cinder extend <volume> <新しいサイズ>').correct,
    ).toBe(false);
  });

  it('rejects an extra argument', () => {
    expect(
      kinds(check('cinder extend vol1 20 30', 'cinder extend <volume> <新しいサイズ>')),
    ).toEqual(['extra-argument']);
  });

  it('rejects another tool', () => {
    expect(check('nova extend vol1 20', 'cinder extend <volume> <新しいサイズ>').findings).toEqual([
      { kind: 'wrong-tool', typed: 'nova', expected: 'cinder', suggestion: undefined },
    ]);
  });

  // The study screen showed `-[cinder] +[openstack] show myvol`: as if `openstack show myvol`
  // were the answer, which openstack refuses (`show` is not one of its commands).
  it('marks the words of another tool’s command that the answer lacks, not only the tool', () => {
    const answer = 'openstack volume show <volume>';
    expect(show(check('cinder  show   myvol', answer).diff)).toBe(
      '+[cinder] -[openstack] -[volume] show myvol',
    );
    expect(show(check('cinder show vol', 'openstack volume list').diff)).toBe(
      '+[cinder] -[openstack] +[show] +[vol] -[volume] -[list]',
    );
    expect(show(check('nova extend vol1 20', 'cinder extend <volume> <新しいサイズ>').diff)).toBe(
      '+[nova] -[cinder] extend vol1 20',
    );
  });

  it('shows a misspelt tool by its letters, and a left-out tool as missing', () => {
    expect(show(check('opnestack volume list', 'openstack volume list').diff)).toBe(
      '~[op+ne-nstack] volume list',
    );
    const card = 'swift-ring-builder object.builder add r1z1-10.0.0.1:6200/sdb 100';
    expect(show(check('object.builder add r1z1-10.0.0.1:6200/sdb 100', card).diff)).toBe(
      '-[swift-ring-builder] object.builder add r1z1-10.0.0.1:6200/sdb 100',
    );
  });

  it('rejects a flag alternative that stores another value', () => {
    const result = check(
      'openstack image set --deactivate img',
      'openstack image set --activate <image>',
    );
    expect(result.correct).toBe(false);
  });

  it('rejects metadata without a colon, in swift’s words', () => {
    const result = check(
      'swift post -m web-listings photos',
      "swift post -m 'web-listings: true' <container>",
    );
    expect(result.correct).toBe(false);
    expect(result.findings?.[0]).toMatchObject({
      kind: 'invalid-value',
      note: "Metadata parameter web-listings must contain a ':'",
    });
  });
});

describe('grammar checker: values by what the tool does with them', () => {
  const sysprep = 'virt-sysprep --operations defaults,user-account -a <イメージ>';

  // man virt-sysprep: a comma-separated list; "--operations can be specified multiple times;
  // the first time the set of enabled operations is empty, while any further --operations
  // affects the operations enabled so far".
  it.each([
    'virt-sysprep --operations user-account,defaults -a disk.img',
    'virt-sysprep --operations defaults --operations user-account -a disk.img',
    'virt-sysprep -a disk.img --operation=user-account --operation=defaults',
  ])('takes %s for the card’s --operations', (typed) => {
    expect(check(typed, sysprep)).toMatchObject({ correct: true });
  });

  it.each([
    ['an operation left out', 'virt-sysprep --operations defaults -a disk.img'],
    ['the defaults left out', 'virt-sysprep --operations user-account -a disk.img'],
    ['the operation disabled', 'virt-sysprep --operations defaults,-user-account -a disk.img'],
  ])('rejects %s', (_, typed) => {
    expect(kinds(check(typed, sysprep))).toEqual(['wrong-value']);
  });

  it('refuses what virt-sysprep refuses: an empty name, a name with a space', () => {
    // virt-sysprep --operations 'defaults,user-account,' → "--operations: empty operation name";
    // --operations ' user-account' → "‘ user-account’ is not a known operation".
    expect(
      check('virt-sysprep --operations defaults,user-account, -a x', sysprep).findings,
    ).toContainEqual(expect.objectContaining({ kind: 'invalid-value' }));
    expect(check("virt-sysprep --operations 'defaults, user-account' -a x", sysprep).correct).toBe(
      false,
    );
  });

  it('keeps order where the defaults may enable again what was disabled', () => {
    const card = 'virt-sysprep --operations defaults,-tmp-files -a <イメージ>';
    expect(check('virt-sysprep --operations -tmp-files,defaults -a x', card).correct).toBe(false);
  });

  // swift's proxy cleans an ACL with clean_acl (each element stripped, empty ones dropped) and
  // parse_acl reads lists that are only searched: `.rlistings,.r:*` is `.r:*, .rlistings`.
  it.each(["swift post -r '.rlistings,.r:*' c", "swift post -r '.r:*, .rlistings,' c"])(
    'takes %s for the same ACL',
    (typed) => {
      expect(check(typed, "swift post -r '.r:*,.rlistings' <container>").correct).toBe(true);
    },
  );

  it('still rejects an ACL that grants less', () => {
    expect(
      check("swift post -r '.r:*' c", "swift post -r '.r:*,.rlistings' <container>"),
    ).toMatchObject({ correct: false });
  });

  // staticweb: `if not config_true_value(self._listings)`; TRUE_VALUES are true, 1, yes, on,
  // t, y in any case; swiftclient title-cases the header name.
  it.each(["-m 'web-listings: yes'", "-m 'Web-Listings: True'", "-m 'web-listings:on'"])(
    'takes %s for web-listings: true',
    (option) => {
      expect(
        check(`swift post ${option} c`, "swift post -m 'web-listings: true' <container>"),
      ).toMatchObject({ correct: true });
    },
  );

  it('rejects web-listings: no for true', () => {
    expect(
      check("swift post -m 'web-listings: no' c", "swift post -m 'web-listings: true' <container>")
        .correct,
    ).toBe(false);
  });
});

describe('grammar checker: swift-ring-builder as it runs', () => {
  // Each checked on a scratch builder (create 8 1 1, add r1z1-10.0.0.1:6201/sdb 100): exit 0.
  it('takes remove by options for the search value they spell', () => {
    const card = 'swift-ring-builder <builder_file> remove r1z1-<IP>:<port>/<デバイス>';
    const typed = 'swift-ring-builder object.builder remove --region 1 --zone 1 --ip 10.0.0.1';
    expect(check(`${typed} --port 6200 --device sdb1`, card).correct).toBe(true);
    expect(check(typed, 'swift-ring-builder <builder_file> remove <search-value>').correct).toBe(
      true,
    );
    // r1z2 is another zone; without port and device, another search than the card's.
    expect(check(typed.replace('--zone 1', '--zone 2'), card).findings).toEqual([
      expect.objectContaining({ kind: 'wrong-value', typed: 'r1z2-10.0.0.1' }),
    ]);
  });

  it('takes default for the command run without a sub-command', () => {
    expect(
      check('swift-ring-builder container.builder default', 'swift-ring-builder container.builder'),
    ).toMatchObject({ correct: true, findings: [] });
  });

  it('takes the seed after rebalance, as get_seed reads it', () => {
    const result = check(
      'swift-ring-builder object.builder rebalance 1234',
      'swift-ring-builder <builder_file> rebalance',
    );
    expect(result.correct).toBe(true);
    expect(kinds(result)).toEqual(['adds-values']);
  });

  it('takes ./account.builder for account.builder, as the ring card judge does', () => {
    expect(
      check(
        'swift-ring-builder ./account.builder create 10 2 1',
        'swift-ring-builder account.builder create 10 2 1',
      ).correct,
    ).toBe(true);
    expect(
      check(
        'swift-ring-builder ../account.builder create 10 2 1',
        'swift-ring-builder account.builder create 10 2 1',
      ).correct,
    ).toBe(false);
  });

  it('names no empty sub-command when the card has none', () => {
    const result = check(
      'swift-ring-builder object.builder rebalance',
      'swift-ring-builder <builder_file>',
    );
    expect(describeFindings(result.findings ?? [], english)).toEqual([
      'Another command: the answer has no sub-command, not rebalance.',
    ]);
  });
});

describe('grammar checker: directories with their final slash', () => {
  it.each([
    ['guestunmount /mnt/', 'guestunmount /mnt'],
    ['mount /dev/loop0 /mnt/', 'mount /dev/loop0 /mnt'],
    ['umount /mnt/image/', 'umount /mnt/image'],
  ])('takes %s for %s', (typed, expected) => {
    expect(check(typed, expected).correct).toBe(true);
  });

  it('still tells a device or another directory apart', () => {
    // A device with a final slash: "Not a directory".
    expect(check('umount /dev/sdb1/', 'umount /dev/sdb1').correct).toBe(false);
    expect(check('mount /dev/loop0/ /mnt', 'mount /dev/loop0 /mnt').correct).toBe(false);
    expect(check('guestunmount /mnt2/', 'guestunmount /mnt').correct).toBe(false);
  });

  it('takes a directory answer without the slash the card writes, not a file with one', () => {
    expect(check('/etc/udev/rules.d', '/etc/udev/rules.d/').correct).toBe(true);
    expect(check('/etc/glance/glance-api.conf/', '/etc/glance/glance-api.conf').correct).toBe(
      false,
    );
  });
});

describe('grammar checker: a slot the card leaves empty', () => {
  // losetup --help: `losetup [options] -f | <loopdev> <file>`; man losetup: `-f [file]` "If a
  // file argument is present, use the found device as loop device. Otherwise, just print its
  // name." With a file, -f attaches it: another operation than finding the unused device.
  it.each(['losetup -f disk.img', 'losetup -f --show disk.img', 'losetup -f -P disk.img'])(
    'rejects %s for losetup -f',
    (typed) => {
      const result = check(typed, 'losetup -f');
      expect(result.correct).toBe(false);
      expect(kinds(result)).toContain('changes-target');
    },
  );

  it('still takes losetup --find, and a file where the card has one', () => {
    expect(check('losetup --find', 'losetup -f').correct).toBe(true);
    expect(check('losetup --show -f disk.img', 'losetup -f --show <rawイメージ>').correct).toBe(
      true,
    );
  });
});

describe('grammar checker: redirections', () => {
  // Card 252.1: glance help image-download says of --file "If this is not specified and there
  // is no redirection the image data will not be saved": redirecting may do what --file does.
  const card = 'glance image-download --file <ファイル> <IMAGE_ID>';

  it('reads > out.img as a redirection, not two extra arguments, and cannot tell', () => {
    const result = check('glance image-download <IMAGE_ID> > out.img', card);
    expect(result.correct).toBe(false);
    expect(result.undecided).toBe(true);
    expect(result.findings).toEqual([
      { kind: 'redirection', typed: '> out.img', expected: '--file <ファイル>' },
    ]);
  });

  // openstack image save --help: "--file <filename>  Downloaded image save filename (default:
  // stdout)": the tool itself says that left out, the image goes to standard output.
  it('is correct for > file where the option says it defaults to stdout', () => {
    const save = 'openstack image save --file <ファイル> <image>';
    expect(check('openstack image save cirros > cirros.img', save)).toMatchObject({
      correct: true,
    });
    expect(
      check('openstack image save cirros > other.img', 'openstack image save --file a.img <image>')
        .findings,
    ).toEqual([{ kind: 'wrong-value', slot: '--file', typed: 'other.img', expected: 'a.img' }]);
    // >> appends to a file that may be there: not said to be the same.
    expect(check('openstack image save cirros >> cirros.img', save).undecided).toBe(true);
  });

  it('is correct for the same redirection, its target taking the placeholder', () => {
    expect(
      check('glance image-download 8f3a >out.img', 'glance image-download <IMAGE_ID> > <ファイル>'),
    ).toMatchObject({ correct: true });
  });

  it('is still wrong when something else is wrong', () => {
    const result = check('glance image-show <IMAGE_ID> > out.img', card);
    expect(result.correct).toBe(false);
    expect(result.undecided).toBeUndefined();
    expect(kinds(result)).toEqual(['wrong-command']);
  });

  it('cannot tell a redirection the card does not have on an otherwise right command', () => {
    const result = check('cinder list 2>&1', 'cinder list');
    expect(result.undecided).toBe(true);
    expect(kinds(result)).toEqual(['redirection']);
  });
});

describe('grammar checker: where no grammar covers the command', () => {
  it('compares words as before and says nothing more', () => {
    expect(check('umount /mnt; rmdir /mnt', 'umount /mnt; rmdir /mnt')).toMatchObject({
      correct: true,
    });
    const result = check('rmdir /mnt2', 'rmdir /mnt');
    expect(result.correct).toBe(false);
    expect(result.findings ?? []).toEqual([]);
  });
});

describe('grammar checker: swift-ring-builder devices by meaning', () => {
  const card = 'swift-ring-builder object.builder add r1z1-<IP>:6200/<デバイス> 100';

  it.each([
    [
      'the options form',
      'swift-ring-builder object.builder add --region 1 --zone 1 --ip 10.0.0.1 --port 6200 --device sdb --weight 100',
    ],
    [
      'short options, any order',
      'swift-ring-builder object.builder add -w 100 -d sdb -p 6200 -i 10.0.0.1 -z 1 -r 1',
    ],
    [
      'z1-… in swift’s default region 1',
      'swift-ring-builder object.builder add z1-10.0.0.1:6200/sdb 100',
    ],
    ['the weight as a float', 'swift-ring-builder object.builder add r1z1-10.0.0.1:6200/sdb 100.0'],
  ])('accepts %s', (_, typed) => {
    expect(check(typed, card)).toMatchObject({ correct: true, findings: [] });
  });

  it('rejects another port, region or weight', () => {
    for (const typed of [
      'swift-ring-builder object.builder add r1z1-10.0.0.1:6201/sdb 100',
      'swift-ring-builder object.builder add r2z1-10.0.0.1:6200/sdb 100',
      'swift-ring-builder object.builder add --region 1 --zone 1 --ip 10.0.0.1 --port 6200 --device sdb --weight 50',
    ]) {
      expect(kinds(check(typed, card))).toEqual(['wrong-value']);
    }
  });

  it('says which option swift would ask for', () => {
    const result = check(
      'swift-ring-builder object.builder add -r 1 -z 1 -i 10.0.0.1 -p 6200 -d sdb',
      card,
    );
    expect(result.findings).toEqual([
      { kind: 'invalid-value', slot: 'add', note: 'Required argument --weight not specified.' },
    ]);
  });

  it('requires the tool name, and the builder file as written', () => {
    expect(kinds(check('object.builder add r1z1-10.0.0.1:6200/sdb 100', card))).toEqual([
      'wrong-tool',
    ]);
    expect(
      check('swift-ring-builder object add r1z1-10.0.0.1:6200/sdb 100', card).findings,
    ).toEqual([
      { kind: 'wrong-value', slot: 'builder_file', typed: 'object', expected: 'object.builder' },
    ]);
  });

  it('refuses a search value swift cannot parse, as swift does before it changes anything', () => {
    // swift 2.30.1 on a scratch ring, each exit code 2 with the builder unchanged:
    // `remove r1z1-10.0.0.1:6200/sdb1 100` → "Invalid ip 100" (add's weight copied to remove);
    // `set_weight d0 50 100 60` → "Invalid ip 100"; `set_weight abc 50` →
    // "Invalid <search-value>: 'abc'".
    const remove = 'swift-ring-builder <builder_file> remove r1z1-<IP>:<port>/<デバイス>';
    const setWeight = 'swift-ring-builder <builder_file> set_weight <search-value> <new_weight>';
    for (const [typed, expected, note] of [
      [
        'swift-ring-builder object.builder remove r1z1-10.0.0.1:6200/sdb1 100',
        remove,
        'Invalid ip 100',
      ],
      ['swift-ring-builder object.builder set_weight d0 50 100 60', setWeight, 'Invalid ip 100'],
      [
        'swift-ring-builder object.builder set_weight abc 50',
        setWeight,
        "Invalid <search-value>: 'abc'",
      ],
    ] as const) {
      const result = check(typed, expected);
      expect(result.correct).toBe(false);
      expect(result.findings).toContainEqual({ kind: 'invalid-value', slot: 'search-value', note });
    }
    for (const typed of [
      'swift-ring-builder object.builder remove r1z1-10.0.0.1:6200/sdb1',
      'swift-ring-builder object.builder remove r1z1-10.0.0.1:6200/sdb1_ssd',
    ]) {
      expect(check(typed, remove).correct).toBe(true);
    }
    expect(
      check('swift-ring-builder object.builder set_weight d0 50 d1 60', setWeight).correct,
    ).toBe(true);
  });

  it('reads the builder file before the sub-command', () => {
    expect(
      check(
        'swift-ring-builder account.builder create 10 2 1',
        'swift-ring-builder <builder_file> create <part_power> <replicas> <min_part_hours>',
      ).correct,
    ).toBe(true);
    expect(
      check('swift-ring-builder object.builder ad r1z1-10.0.0.1:6200/sdb 100', card).findings,
    ).toEqual([
      { kind: 'unknown-command', slot: 'swift-ring-builder', typed: 'ad', suggestion: 'add' },
    ]);
  });
});

describe('grammar checker: the image and mount tools (getopt)', () => {
  it('issue 12: accepts bundled flags written apart', () => {
    expect(check('kpartx -a -v /dev/loop0', 'kpartx -av /dev/loop0')).toMatchObject({
      correct: true,
      findings: [],
    });
    expect(check('kpartx -va /dev/loop0', 'kpartx -av /dev/loop0').correct).toBe(true);
  });

  it('names the one flag of a bundle that is missing', () => {
    const result = check('kpartx -a /dev/loop0', 'kpartx -av /dev/loop0');
    expect(result.findings).toEqual([{ kind: 'missing-option', slot: '-v', expected: '-v' }]);
    expect(show(result.diff)).toBe('kpartx -a /dev/loop0 -[-v]');
  });

  it.each([
    [
      'an attached value, options reordered',
      'qemu-img convert -f raw -c -Oqcow2 a.img b.qcow2',
      'qemu-img convert -c -f raw -O qcow2 <元.img> <先.qcow2>',
    ],
    [
      'long names for short ones',
      'losetup --find --show disk.img',
      'losetup -f --show <rawイメージ>',
    ],
    [
      '--add for -a',
      'guestmount --add d.qcow2 -i --ro /mnt',
      'guestmount -a <イメージ> -i --ro /mnt',
    ],
    [
      '--opt=value',
      'qemu-nbd --connect=/dev/nbd0 d.qcow2',
      'qemu-nbd -c /dev/nbd0 <イメージ.qcow2>',
    ],
  ])('accepts %s', (_, typed, expected) => {
    expect(check(typed, expected)).toMatchObject({ correct: true, findings: [] });
  });

  it('rejects an output format qemu-img does not have, suggesting the nearest', () => {
    const result = check(
      'qemu-img convert -c -f raw -O qcow3 a.img b.qcow2',
      'qemu-img convert -c -f raw -O qcow2 <元.img> <先.qcow2>',
    );
    expect(result.findings?.[0]).toMatchObject({
      kind: 'wrong-choice',
      slot: '-O',
      typed: 'qcow3',
    });
  });

  it('names a missing positional by the tool’s name for it', () => {
    expect(
      check(
        'virt-resize --expand /dev/sda2 in.img',
        'virt-resize --expand /dev/sda2 <元イメージ> <新イメージ>',
      ).findings,
    ).toEqual([{ kind: 'missing-argument', slot: 'outdisk', expected: '<新イメージ>' }]);
  });
});

describe('grammar checker: argparse prefixes', () => {
  it('accepts a unique prefix of a long option, as argparse does', () => {
    expect(
      check(
        'openstack container delete --recur c1',
        'openstack container delete --recursive <container>',
      ).correct,
    ).toBe(true);
    expect(check('cinder delete --casc vol1', 'cinder delete --cascade <volume>').correct).toBe(
      true,
    );
  });

  it('rejects a prefix that several options start with, naming them', () => {
    const result = check(
      'openstack image create --pro x --file f.img img',
      'openstack image create --file <ファイル> <名前>',
    );
    expect(result.correct).toBe(false);
    expect(result.findings?.[0]).toMatchObject({ kind: 'ambiguous-option', typed: '--pro' });
    expect(result.findings?.[0]?.note).toContain('--property');
  });
});

describe('grammar checker: optional positionals', () => {
  it('notes an optional positional the card leaves out', () => {
    const result = check(
      'nova volume-attach vm1 vol1 /dev/vdb',
      'nova volume-attach <server> <volume>',
    );
    expect(result.correct).toBe(true);
    expect(result.findings).toMatchObject([
      { kind: 'adds-values', slot: 'device', typed: '/dev/vdb' },
    ]);
  });

  it('says nothing of filling the slots of a card that asks only for the command', () => {
    expect(check('cinder extend vol1 20', 'cinder extend')).toMatchObject({
      correct: true,
      findings: [],
    });
  });
});

/** Cases where the checker once disagreed with the real tools' parsers (real-tools.test.ts). */
describe('grammar checker: the real tools’ own rules', () => {
  it('A: accepts a unique prefix of each openstack command word, and notes the full command', () => {
    // `openstack volu list --help` prints `volume list`'s usage: cliff took the prefix.
    const result = check('openstack volu list', 'openstack volume list');
    expect(result.correct).toBe(true);
    expect(result.findings).toEqual([
      {
        kind: 'abbreviated-command',
        slot: 'openstack',
        typed: 'volu list',
        expected: 'volume list',
      },
    ]);
    const create = check(
      'openstack volu snap crea --volume vol1 snap1',
      'openstack volume snapshot create --volume <volume> <名前>',
    );
    expect(create.correct).toBe(true);
    expect(kinds(create)).toEqual(['abbreviated-command']);
  });

  it('A: refuses a prefix that more than one command of as many words starts with', () => {
    // `openstack imag s`: 'Command "imag" matches: … image save, image set, image show'.
    const result = check('openstack imag s img1', 'openstack image show <image>');
    expect(result.correct).toBe(false);
    expect(kinds(result)).toContain('unknown-command');
    expect(check('cinder exte vol1 20', 'cinder extend <volume> <新しいサイズ>').correct).toBe(
      false,
    );
  });

  it('B: an object where the card has only a container is another operation', () => {
    const result = check('swift delete container1 extra9', 'swift delete <container>');
    expect(result.correct).toBe(false);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ kind: 'changes-target', slot: 'object', typed: 'extra9' }),
    );
    expect(check('swift stat container1 obj', 'swift stat container1').correct).toBe(false);
    // More of a slot the card fills is still the card's operation, with a note.
    const more = check('openstack image delete img1 img2', 'openstack image delete <image>');
    expect(more.correct).toBe(true);
    expect(kinds(more)).toEqual(['adds-values']);
  });

  it('B: swift delete and download take names or --all, not both', () => {
    // swiftclient 4.1.0, `swift delete c1 --all` (dummy ST_AUTH, nothing contacted): prints
    // "Usage: swift delete [--all] [--leave-segments] …" and exits 1; st_download the same.
    for (const [typed, expected] of [
      ['swift delete c1 --all', 'swift delete <container>'],
      ['swift delete -a c1 o1', 'swift delete <container> <object>'],
      ['swift download c1 --all', 'swift download <container>'],
    ] as const) {
      const result = check(typed, expected);
      expect(result.correct).toBe(false);
      expect(result.findings).toContainEqual({ kind: 'extra-argument', typed: 'c1' });
    }
    expect(check('swift delete --all', 'swift delete --all').correct).toBe(true);
    expect(check('swift delete c1', 'swift delete <container>').correct).toBe(true);
  });

  it('C: swift reads `--` as a word (the container), not as the end of the options', () => {
    const result = check(
      'swift post -m key1:value1 -- container2',
      'swift post -m <name:value> <container>',
    );
    expect(result.correct).toBe(false);
    expect(check('swift post -r .r:* -- c1', 'swift post -r .r:* c1').correct).toBe(false);
    // argparse tools still take it as the end of the options.
    expect(check('openstack image delete -- img1', 'openstack image delete <image>').correct).toBe(
      true,
    );
  });

  it('D: checks the value of every use of an option, not only the last', () => {
    // `argument --size: invalid int value: 'other8'`.
    const result = check(
      'openstack volume create --size other8 --size 40 v1',
      'openstack volume create --size <サイズ> <名前>',
    );
    expect(result.correct).toBe(false);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ kind: 'wrong-type', typed: 'other8' }),
    );
    // `invalid choice: 'other8' (choose from 'both', 'cache', 'queue')`.
    expect(
      check(
        'glance cache-clear --target other8 --target queue',
        'glance cache-clear --target queue',
      ).correct,
    ).toBe(false);
    // glance's image schema sees only the last value: the real client accepts this one.
    expect(
      check(
        'glance image-create --disk-format other8 --disk-format qcow2 --container-format bare --name n --file f',
        'glance image-create --disk-format qcow2 --container-format bare --name <名前> --file <ファイル>',
      ).correct,
    ).toBe(true);
  });

  it('G: cloud-init reads its sub-command only as the first word', () => {
    // `cloud-init --debug status`: AttributeError: 'Namespace' object has no attribute 'action'.
    const result = check('cloud-init --debug status', 'cloud-init status');
    expect(result.correct).toBe(false);
    expect(result.findings).toContainEqual({
      kind: 'before-sub-command',
      slot: 'cloud-init',
      typed: '--debug',
    });
    expect(check('cloud-init --debug clean --logs', 'cloud-init clean --logs').correct).toBe(false);
    expect(check('cloud-init clean --logs', 'cloud-init clean --logs').correct).toBe(true);
  });

  it('E: qemu-img’s size must be a size (qemu_strtosz)', () => {
    // `qemu-img resize 10G disk.qcow2`: "Parameter 'size' expects a non-negative number".
    const resize = check('qemu-img resize 10G disk.qcow2', 'qemu-img resize <イメージ> <サイズ>');
    expect(resize.correct).toBe(false);
    expect(resize.findings).toContainEqual(
      expect.objectContaining({
        kind: 'wrong-type',
        slot: 'size',
        typed: 'disk.qcow2',
        note: 'size',
      }),
    );
    expect(
      check(
        'qemu-img create -f qcow2 10G disk.qcow2',
        'qemu-img create -f qcow2 <イメージ> <サイズ>',
      ).correct,
    ).toBe(false);
    // `10Q`: "Invalid image size specified"; `1.5G`, `10g`, `512` are created.
    expect(
      check('qemu-img create -f qcow2 d.img 10Q', 'qemu-img create -f qcow2 <イメージ> <サイズ>')
        .correct,
    ).toBe(false);
    for (const size of ['10G', '1.5G', '10g', '512', '+5G']) {
      expect(
        check(`qemu-img resize d.img ${size}`, 'qemu-img resize <イメージ> <サイズ>').correct,
      ).toBe(true);
    }
  });

  it('F: swift-ring-builder weights are numbers', () => {
    // `set_weight d0 abc`: exit 2, "could not convert string to float: 'abc'"; so does `add`.
    const result = check(
      'swift-ring-builder object.builder set_weight d0 abc',
      'swift-ring-builder <builder_file> set_weight <search-value> <weight>',
    );
    expect(result.correct).toBe(false);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ kind: 'wrong-type', typed: 'abc', note: 'float' }),
    );
    expect(
      check(
        'swift-ring-builder object.builder add r1z1-127.0.0.1:6200/sdb abc',
        'swift-ring-builder object.builder add r1z1-127.0.0.1:6200/sdb 100',
      ).correct,
    ).toBe(false);
    expect(
      check(
        'swift-ring-builder object.builder set_weight d0 50.5',
        'swift-ring-builder <builder_file> set_weight <search-value> <weight>',
      ).correct,
    ).toBe(true);
  });
});
