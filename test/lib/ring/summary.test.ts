import { describe, expect, it } from 'vitest';
import { runInMemory, type RingFiles } from '../../../src-renderer/lib/ring/console';
import { summarise } from '../../../src-renderer/lib/ring/summary';

function build(steps: string[][]): RingFiles {
  let files: RingFiles = { builder: null, ring: null };
  for (const args of steps) {
    files = runInMemory('object', args, files, Date.UTC(2026, 10, 25)).files;
  }
  return files;
}

describe('calculator summary', () => {
  it('shows shares, balance and per-tier figures as swift computes them', () => {
    const files = build([
      ['create', '8', '3', '1'],
      ['add', 'r1z1-10.0.0.1:6200/sdb1', '100', 'r1z1-10.0.0.2:6200/sdb1', '100'],
      ['add', 'r1z1-10.0.0.3:6200/sdb1', '200'],
      ['rebalance', '--seed', '1'],
    ]);
    const s = summarise(files.builder ?? '');
    expect(s.parts).toBe(256);
    // 768 replicas over weights 100/100/200: shares 192/192/384, but three devices and three
    // replicas put every partition on every device
    expect(s.devices.map((d) => d.target)).toEqual([192, 192, 384]);
    expect(s.devices.map((d) => d.parts)).toEqual([256, 256, 256]);
    expect(s.balance).toBeCloseTo(33.33, 2);
    expect(s.dispersion).toBe(0);
    const zone = s.tiers.find((t) => t.name === 'r1z1');
    expect(zone).toMatchObject({ placedParts: 768, maxReplicas: 3, dispersion: 0, balance: 0 });
    const heavy = s.tiers.find((t) => t.name === 'r1z1-10.0.0.3/sdb1');
    expect(heavy?.balance).toBeCloseTo(-33.33, 2);
  });

  it('reads a builder that was never rebalanced', () => {
    const s = summarise(
      build([
        ['create', '10', '3', '24'],
        ['add', 'r1z1-10.0.0.1:6200/sdb1', '100'],
      ]).builder ?? '',
    );
    expect(s).toMatchObject({ rebalanced: false, dispersion: null, tiers: [], minPartHours: 24 });
    expect(s.devices[0]).toMatchObject({ parts: 0, target: 3072, balance: -100 });
  });
});
