/**
 * The CLI shell itself (`npm run ring-builder`, the bundled CLI): process exit codes,
 * stdout/stderr split and the help text, against the real swift-ring-builder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SWIFT_RING_BUILDER } from './tools';

const ROOT = join(import.meta.dirname, '../..');

function ours(args: string[]) {
  const result = spawnSync(process.execPath, ['src-main/cli/run.cjs', 'ring-builder', ...args], {
    cwd: ROOT,
    input: '',
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

function real(args: string[]) {
  const result = spawnSync(SWIFT_RING_BUILDER, args, { input: '', encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

describe('npm run ring-builder', () => {
  it('prints the same help as swift-ring-builder without arguments', () => {
    const mine = ours([]);
    expect(mine.code).toBe(0);
    expect(mine.stdout).toBe(real([]).stdout);
  });

  it('exits 0, 1 and 2 as swift does, with warnings on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ring-cli-'));
    const file = join(dir, 'object.json');
    expect(ours([file, 'create', '6', '3', '1']).code).toBe(0);
    expect(existsSync(join(dir, 'backups'))).toBe(true);
    const added = ours([file, 'add', 'z1-10.0.0.1:6200/sdb1', '100']);
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('WARNING: No region specified');
    expect(ours([file, 'rebalance']).code).toBe(2);
    for (const zone of [2, 3]) {
      ours([file, 'add', `r1z${zone}-10.0.0.${zone}:6200/sdb1`, '100']);
    }
    expect(ours([file, 'rebalance', '--seed', '1']).code).toBe(0);
    expect(existsSync(join(dir, 'object.ring.gz'))).toBe(true);
    const again = ours([file, 'rebalance']);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('No partitions could be reassigned.');
    const bad = ours([file, 'add', '--bogus', '1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no such option: --bogus');
    expect(ours([join(dir, 'missing.json')]).stdout).toContain('Ring Builder file does not exist');
  });

  it('writes all of a long listing to a non-blocking pipe whose reader is slow', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ring-cli-'));
    const file = join(dir, 'object.json');
    ours([file, 'create', '10', '3', '1']);
    const devices = Array.from({ length: 800 }, (_, i) => [
      `r1z${(i % 9) + 1}-10.0.${i >> 8}.${i & 255}:6200/sd${i}`,
      '100',
    ]).flat();
    expect(ours([file, 'add', ...devices]).code).toBe(0);
    const listing = ours([file]).stdout;
    expect(listing.length).toBeGreaterThan(65536);
    // a pipe buffer holds 64 KiB: the CLI meets EAGAIN until the reader wakes up
    const reader = [
      'import os, subprocess, sys, time',
      'r, w = os.pipe()',
      'os.set_blocking(w, False)',
      'p = subprocess.Popen(sys.argv[1:], stdout=w)',
      'os.close(w)',
      'time.sleep(0.5)',
      'out = b""',
      'while chunk := os.read(r, 65536): out += chunk',
      'sys.stdout.buffer.write(out)',
      'sys.exit(p.wait())',
    ].join('\n');
    const slow = spawnSync(
      'python3',
      ['-c', reader, process.execPath, 'src-main/cli/run.cjs', 'ring-builder', file],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(slow.status).toBe(0);
    expect(slow.stdout).toBe(listing);
  });
});
