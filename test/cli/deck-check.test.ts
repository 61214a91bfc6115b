import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { data, deck } from './deck-cli';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deck-check-'));
  writeFileSync(
    join(dir, 'clash.md'),
    '# Swift\n\nswift list?::コンテナの一覧\n\nswift list?::オブジェクトの一覧\n',
  );
  writeFileSync(join(dir, 'latin1.md'), Uint8Array.of(0x63, 0x61, 0x66, 0xe9, 0x0a));
  writeFileSync(join(dir, 'fine.md'), 'q::a\n');
});

describe('deck check', () => {
  it('passes notes with warnings only, and fails them with --strict', () => {
    const run = deck('check', data('000_3af3aa1cc6fa0faa.txt'));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('1 files, 103 cards, 0 errors, 12 warnings\n');
    expect(deck('check', data('000_3af3aa1cc6fa0faa.txt'), '--strict').status).toBe(1);
  });

  it('fails on two cards asking the same question with different answers', () => {
    const run = deck('check', join(dir, 'clash.md'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'clash.md:5: error: Same question as line 3 in deck "clash::Swift"',
    );
  });

  it('reports an unreadable file and still checks the others', () => {
    const run = deck('check', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'error: latin1.md:1: not UTF-8 text (invalid byte 0xe9 at offset 3)',
    );
    expect(run.stdout).toBe('3 files, 2 cards, 2 errors, 0 warnings\n');
  });

  it('fails for a missing path', () => {
    const run = deck('check', join(dir, 'missing'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no such file or folder');
  });
});
