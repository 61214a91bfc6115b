import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { emphasisRun } from '../lib/formats/hostile-files';
import { data, deck, root } from './deck-cli';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deck-build-'));
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(
    join(dir, 'image.md'),
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d),
  );
  // 「見出し」 in Shift_JIS.
  writeFileSync(
    join(dir, 'sjis.md'),
    Uint8Array.of(0x23, 0x20, 0x8c, 0xa9, 0x8f, 0x6f, 0x82, 0xb5, 0x0a),
  );
});

describe('deck build', () => {
  it('prints the seed cards as JSON on stdout and the warnings on stderr', () => {
    const run = deck('build', data('000_3af3aa1cc6fa0faa.txt'), '--json', '--root', 'OPCEL 252');
    expect(run.status).toBe(0);
    const cards = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(cards).toHaveLength(103);
    expect(Object.keys(cards[0] ?? {})).toEqual([
      'id',
      'front',
      'back',
      'kind',
      'tags',
      'deck',
      'source',
    ]);
    expect(cards[0]).toMatchObject({
      kind: 'type-in',
      deck: 'OPCEL 252::イメージサービス (Glance)',
      source: { file: '000_3af3aa1cc6fa0faa.txt', line: 6 },
    });
    expect(run.stderr).toContain(
      '000_3af3aa1cc6fa0faa.txt:75: warning: "cinder volume-list": cinder\'s help lists no subcommand "volume-list"; check the notes. [unknown-subcommand]',
    );
    expect(run.stderr).toContain('103 cards from 1 files, 12 warnings');
  });

  it('reads a folder recursively, without its README, with paths relative to it', () => {
    const run = deck('build', data('folder'), '--json');
    expect(run.status).toBe(0);
    const cards = JSON.parse(run.stdout) as { deck: string; source: { file: string } }[];
    expect([...new Set(cards.map((c) => `${c.source.file} ${c.deck}`))]).toEqual([
      'glance.md OPCEL 252::イメージサービス (Glance)',
      'sub/swift.md swift::オブジェクトストレージ (Swift)',
    ]);
    expect(run.stderr).toContain('sub/swift.md:6: warning: No description found');
  });

  it('prints readable cards without --json', () => {
    const run = deck('build', data('folder/glance.md'));
    expect(run.stdout).toContain(
      'glance.md:8 [basic] OPCEL 252::イメージサービス (Glance)\n  Q: Glance の既定の API ポートは?\n  A: 9292',
    );
  });

  it.each([
    ['a missing file', 'nope.md', 'error: {dir}/nope.md: no such file or folder'],
    ['an empty file', 'empty.md', 'empty.md:1: error: The file is empty: no cards. [empty-file]'],
    [
      'a binary file',
      'image.md',
      'error: image.md: binary file (it contains NUL bytes), not Markdown notes',
    ],
    [
      'a non-UTF-8 file',
      'sjis.md',
      'error: sjis.md:1: not UTF-8 text (invalid byte 0x8c at offset 2); save the notes as UTF-8',
    ],
  ])('fails with a clear message for %s', (_, name, message) => {
    const run = deck('build', join(dir, name));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message.replace('{dir}', dir));
    expect(run.stdout).toBe('');
  });

  it('stops quietly when its reader closes the pipe early', () => {
    const command = `set -o pipefail; node src-main/cli/run.cjs deck build '${data('000_3af3aa1cc6fa0faa.txt')}' 2>/dev/null | head -1`;
    const run = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
    expect(run.stdout).toBe(
      '000_3af3aa1cc6fa0faa.txt:6 [type-in] 000_3af3aa1cc6fa0faa::イメージサービス (Glance)\n',
    );
    expect(run.status).toBe(0);
  });

  it('refuses 50 MB of `*_` with the notes limit, in bounded time and memory', () => {
    const file = join(dir, 'stars.md');
    writeFileSync(file, emphasisRun(50));
    const started = Date.now();
    const run = deck('build', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('error: stars.md: 50.0 M characters of notes; the limit is 4 M\n');
    // It ran out of memory before; now it stops after reading the file.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('explains a bad command line', () => {
    expect(deck('build').stderr).toContain('error: missing the notes file or folder to read');
    expect(deck('build', 'a.md', '--jsn').stderr).toContain('error: unknown option --jsn');
  });
});
