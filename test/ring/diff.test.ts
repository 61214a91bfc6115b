/**
 * Differential tests: every scenario runs through the real swift-ring-builder and ours.
 * Exit codes must agree on every step; listings and messages must agree byte for byte
 * until the first successful rebalance; after each rebalance the placement is checked
 * against swift's invariants and against the real tool's balance and dispersion.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { RingBuilder } from '../../src-renderer/lib/ring/builder';
import { LOSE_BUILDER, SCENARIOS } from './scenarios';
import { SwiftSession } from './swift-session';
import { makePair, rebalanceFigures, type Pair } from './tools';

const swift = new SwiftSession();
afterAll(() => swift.close());

/** Our balance may exceed the real tool's by this many percentage points at most. */
const BALANCE_SLACK = 0.5;

async function checkRebalance(
  pair: Pair,
  realOut: string,
  ourOut: string,
  before: RingBuilder | null,
): Promise<void> {
  const real = rebalanceFigures(realOut);
  const ours = rebalanceFigures(ourOut);
  expect(ours, ourOut).not.toBeNull();
  expect(real, realOut).not.toBeNull();
  if (!real || !ours) {
    return;
  }
  expect(ours.balance).toBeLessThanOrEqual(real.balance + BALANCE_SLACK);
  expect(ours.dispersion).toBeLessThanOrEqual(real.dispersion);
  const b = pair.ourBuilder();
  b.validate();
  // every weighted device is within the balance the real tool reached of its weighted share
  const one = b.weightOfOnePart();
  for (const dev of b.iterDevs().filter((d) => d.weight)) {
    const share = dev.weight * one;
    expect(Math.abs(dev.parts - share)).toBeLessThanOrEqual(
      (share * (real.balance + BALANCE_SLACK)) / 100 + 1e-9,
    );
  }
  // min_part_hours: a partition moves at most one replica per rebalance unless a device left
  if (before?.replica2part2dev && before.removeDevs.length === 0) {
    const rows = b.replica2part2dev ?? [];
    const moved = new Map<number, number>();
    before.replica2part2dev.forEach((row, r) =>
      row.forEach((dev, part) => {
        if (rows[r]?.[part] !== dev) {
          moved.set(part, (moved.get(part) ?? 0) + 1);
        }
      }),
    );
    expect(Math.max(0, ...moved.values())).toBeLessThanOrEqual(1);
  }
  // the ring file we wrote is what swift itself loads
  const loaded = await swift.loadRing(pair.ourRingFile);
  expect(loaded.partShift).toBe(b.partShift);
  expect(loaded.rows).toEqual((b.replica2part2dev ?? []).map((row) => Array.from(row)));
}

describe.each(SCENARIOS)('$name', ({ steps, stem }) => {
  it('matches swift-ring-builder', async () => {
    const pair = makePair(swift, stem);
    let rebalanced = false;
    for (const line of steps) {
      // `=` marks a step whose output is fully determined even after a rebalance
      const exact = line.startsWith('=');
      const step = exact ? line.slice(1) : line;
      if (step === LOSE_BUILDER) {
        pair.loseBuilders();
        continue;
      }
      const args = step.split(' ').filter(Boolean);
      const before = rebalanced || args[0] === 'rebalance' ? safeBuilder(pair) : null;
      const real = await pair.real(args);
      const ours = pair.ours(args);
      const label = `step "${step}"\n--- real ---\n${real.stdout}${real.stderr}\n--- ours ---\n${ours.stdout}${ours.stderr}`;
      expect(ours.code, label).toBe(real.code);
      const succeeded = args[0] === 'rebalance' && real.code !== 2;
      if (exact || (!rebalanced && !succeeded)) {
        expect(ours.stdout, label).toBe(real.stdout);
      }
      if (succeeded && rebalanceFigures(real.stdout)) {
        await checkRebalance(pair, real.stdout, ours.stdout, before);
        rebalanced = true;
      }
    }
  });
});

function safeBuilder(pair: Pair): RingBuilder | null {
  try {
    return pair.ourBuilder();
  } catch {
    return null;
  }
}
