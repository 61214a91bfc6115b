import { describe, expect, it } from 'vitest';
import {
  parseConsoleLine,
  runInMemory,
  suggestCommand,
} from '../../../src-renderer/lib/ring/console';
import { parseBuilder } from '../../../src-renderer/lib/ring/state';

describe('calculator console', () => {
  it('reads lines with or without the program and builder file', () => {
    expect(
      parseConsoleLine('swift-ring-builder container.builder add r1z1-10.0.0.1:6201/sdb 100'),
    ).toEqual({
      ring: 'container',
      args: ['add', 'r1z1-10.0.0.1:6201/sdb', '100'],
    });
    expect(parseConsoleLine('  rebalance --seed 3')).toEqual({
      ring: null,
      args: ['rebalance', '--seed', '3'],
    });
    expect(parseConsoleLine('set_info d0 _"snet: 1.2.3.4"').args).toEqual([
      'set_info',
      'd0',
      '_snet: 1.2.3.4',
    ]);
  });

  it('suggests the command a typo meant', () => {
    expect(suggestCommand('rebalence')).toBe('rebalance');
    expect(suggestCommand('set-weight')).toBe('set_weight');
    expect(suggestCommand('xyzzy')).toBeNull();
  });

  it('builds, rebalances and writes a ring in memory', () => {
    let files = { builder: null as string | null, ring: null as Uint8Array | null };
    const now = Date.UTC(2026, 10, 25);
    const steps = [
      ['create', '8', '3', '1'],
      [
        'add',
        'r1z1-10.0.0.1:6200/sdb1',
        '100',
        'r1z2-10.0.0.2:6200/sdb1',
        '100',
        'r1z3-10.0.0.3:6200/sdb1',
        '100',
      ],
      ['rebalance', '--seed', '1'],
    ];
    for (const args of steps) {
      const result = runInMemory('object', args, files, now);
      expect(result.run.code, result.run.stdout).toBe(0);
      files = result.files;
    }
    expect(files.ring).not.toBeNull();
    const b = parseBuilder(files.builder ?? '');
    expect(b.iterDevs().map((d) => d.parts)).toEqual([256, 256, 256]);
    const listing = runInMemory('object', [], files, now).run.stdout;
    expect(listing).toContain('Ring file object.ring.gz is up-to-date');
  });
});
