/**
 * Runs the real swift-ring-builder (Debian's swift 2.30, through one SwiftSession) and our
 * model side by side in temporary folders, and reads what each produced.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskIO, withBackups } from '../../src-main/cli/ring-io';
import type { RingBuilder } from '../../src-renderer/lib/ring/builder';
import { runRingBuilder, type RingRun } from '../../src-renderer/lib/ring/run';
import { parseBuilder } from '../../src-renderer/lib/ring/state';
import type { SwiftSession } from './swift-session';

export const SWIFT_RING_BUILDER = '/usr/bin/swift-ring-builder';

export interface Pair {
  realDir: string;
  ourDir: string;
  real(args: string[]): Promise<RingRun>;
  ours(args: string[]): RingRun;
  ourBuilder(): RingBuilder;
  ourRingFile: string;
  realRingFile: string;
  loseBuilders(): void;
}

export function makePair(swift: SwiftSession, stem = 'x'): Pair {
  const realDir = mkdtempSync(join(tmpdir(), 'ring-real-'));
  const ourDir = mkdtempSync(join(tmpdir(), 'ring-ours-'));
  const ourBuilderFile = join(ourDir, `${stem}.json`);
  const realBuilder = `${stem}.builder`;
  const realRing = `${stem}.ring.gz`;
  return {
    realDir,
    ourDir,
    async real(args) {
      const result = await swift.ringBuilder(realDir, [realBuilder, ...args]);
      return { ...result, stdout: normalise(result.stdout, realBuilder, realRing) };
    },
    ours(args) {
      const argv = ['swift-ring-builder', ourBuilderFile, ...args];
      const run = runRingBuilder(argv, withBackups(diskIO(), ourBuilderFile));
      return { ...run, stdout: normalise(run.stdout, ourBuilderFile, join(ourDir, realRing)) };
    },
    ourBuilder: () => parseBuilder(readFileSync(ourBuilderFile, 'utf8')),
    ourRingFile: join(ourDir, realRing),
    realRingFile: join(realDir, realRing),
    loseBuilders: () => {
      rmSync(join(realDir, realBuilder));
      rmSync(ourBuilderFile);
    },
  };
}

/** File names and the random builder id differ by design; everything else must not. */
export function normalise(text: string, builderFile: string, ringFile: string): string {
  return text
    .split(ringFile)
    .join('<RING>')
    .split(builderFile)
    .join('<BUILDER>')
    .replace(/id [0-9a-f]{32}/g, 'id <ID>')
    .replace(/\(\d+:\d\d:\d\d remaining\)/g, '(<TIME> remaining)');
}

export interface RebalanceFigures {
  reassigned: number;
  balance: number;
  dispersion: number;
}

export function rebalanceFigures(stdout: string): RebalanceFigures | null {
  const m =
    /Reassigned (\d+) \(.*\) partitions\. Balance is now ([\d.]+)\.\s+Dispersion is now ([\d.]+)/.exec(
      stdout,
    );
  return m ? { reassigned: Number(m[1]), balance: Number(m[2]), dispersion: Number(m[3]) } : null;
}
