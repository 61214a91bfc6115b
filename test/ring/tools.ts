/**
 * Runs the real swift-ring-builder (Debian's swift 2.30) and our model side by side in
 * temporary folders, and reads what each produced.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskIO, withBackups } from '../../src-main/cli/ring-io';
import type { RingBuilder } from '../../src-renderer/lib/ring/builder';
import { runRingBuilder, type RingRun } from '../../src-renderer/lib/ring/run';
import { parseBuilder } from '../../src-renderer/lib/ring/state';

export const SWIFT_RING_BUILDER = '/usr/bin/swift-ring-builder';
/** Debian's python, which has the swift package (a pyenv python on PATH may not). */
export const SWIFT_PYTHON = '/usr/bin/python3';

export interface Pair {
  realDir: string;
  ourDir: string;
  real(args: string[]): RingRun;
  ours(args: string[]): RingRun;
  ourBuilder(): RingBuilder;
  ourRingFile: string;
  realRingFile: string;
  loseBuilders(): void;
}

export function makePair(stem = 'x'): Pair {
  const realDir = mkdtempSync(join(tmpdir(), 'ring-real-'));
  const ourDir = mkdtempSync(join(tmpdir(), 'ring-ours-'));
  const ourBuilderFile = join(ourDir, `${stem}.json`);
  const realBuilder = `${stem}.builder`;
  const realRing = `${stem}.ring.gz`;
  return {
    realDir,
    ourDir,
    real(args) {
      const result = spawnSync(SWIFT_RING_BUILDER, [realBuilder, ...args], {
        cwd: realDir,
        input: '',
        encoding: 'utf8',
      });
      return {
        stdout: normalise(result.stdout, realBuilder, realRing),
        stderr: result.stderr,
        code: result.status ?? -1,
      };
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

/** Loads a ring file with swift's own RingData and returns replica → part → device. */
export function loadWithSwift(ringFile: string): {
  partShift: number;
  rows: number[][];
  devs: number;
} {
  const script = [
    'import json, sys',
    'from swift.common.ring import RingData',
    'r = RingData.load(sys.argv[1])',
    'print(json.dumps({"partShift": r._part_shift, "rows": [list(a) for a in r._replica2part2dev_id],',
    '                  "devs": len([d for d in r.devs if d])}))',
  ].join('\n');
  const result = spawnSync(SWIFT_PYTHON, ['-c', script, ringFile], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`swift could not load ${ringFile}: ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as { partShift: number; rows: number[][]; devs: number };
}
