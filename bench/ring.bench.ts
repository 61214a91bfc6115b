/**
 * `npx tsx bench/ring.bench.ts`: the same workloads through the real swift-ring-builder and
 * ours, side by side: rebalance time of each tool's CLI (ours is `npm run ring-builder`'s
 * command: Node running the bundled CLI), our model's rebalance in-process, the ratios and both
 * balances. `RUNS=5` times ours five times (the real tool once) and prints the medians: on a
 * shared machine one short run says more about the neighbours' load than about the CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { RingBuilder } from '../src-renderer/lib/ring/builder';
import { parseAddValue } from '../src-renderer/lib/ring/parse';
import { pyInt, pyParseFloat } from '../src-renderer/lib/ring/pyformat';
import { rebalance } from '../src-renderer/lib/ring/rebalance';
import { WORKLOADS, type Workload } from './ring-workloads';

const REAL = '/usr/bin/swift-ring-builder';
const REPO = fileURLToPath(new URL('..', import.meta.url));
/** Node's arguments exactly as `npm run ring-builder` has them (flags, launcher, CLI name). */
const OUR_CLI = (
  JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts['ring-builder']!.split(' ').slice(1);
const SEED = '1';
const RUNS = Number(process.env.RUNS ?? 1);

interface Timed {
  ms: number;
  stdout: string;
  code: number;
}

function run(command: string, args: string[], cwd: string): Timed {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  if (result.status !== 0 && !(result.status === 1 && result.stdout.includes('Reassigned'))) {
    throw new Error(
      `${command} ${args.slice(0, 3).join(' ')} failed: ${result.stdout}${result.stderr}`,
    );
  }
  return { ms, stdout: result.stdout, code: result.status };
}

function balanceOf(stdout: string): number {
  const m = /Balance is now (\d+\.\d+)/.exec(stdout);
  return m ? Number(m[1]) : NaN;
}

function throughTool(tool: 'real' | 'ours', w: Workload): { rebalance: Timed; total: number } {
  const dir = mkdtempSync(join(tmpdir(), `ring-bench-${tool}-`));
  const invoke = (args: string[]): Timed =>
    tool === 'real'
      ? run(REAL, ['x.builder', ...args], dir)
      : run(process.execPath, [...OUR_CLI, join(dir, 'x.json'), ...args], REPO);
  try {
    const create = invoke(['create', ...w.create]);
    const add = invoke(['add', ...w.devices]);
    const reb = invoke(['rebalance', '--seed', SEED]);
    return { rebalance: reb, total: create.ms + add.ms + reb.ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function inProcess(w: Workload): { ms: number; balance: number } {
  const b = new RingBuilder(pyInt(w.create[0]), pyParseFloat(w.create[1]), pyInt(w.create[2]));
  for (let i = 0; i < w.devices.length; i += 2) {
    const v = parseAddValue(w.devices[i] as string);
    b.addDev({
      ...v,
      region: v.region ?? 1,
      replication_ip: v.replication_ip ?? v.ip,
      replication_port: v.replication_port ?? v.port,
      weight: pyParseFloat(w.devices[i + 1] as string),
    });
  }
  const start = performance.now();
  const result = rebalance(b, SEED);
  return { ms: performance.now() - start, balance: result.balance };
}

// The first run after a source change builds the bundle: do that before anything is timed.
run(process.execPath, OUR_CLI, REPO);

function medianBy<T>(runs: T[], key: (run: T) => number): T {
  return [...runs].sort((a, b) => key(a) - key(b))[runs.length >> 1] as T;
}

const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** `npx tsx bench/ring.bench.ts 'part power 18'` runs only the workloads whose name has that. */
const only = process.argv[2] ?? '';
for (const w of WORKLOADS.filter((workload) => workload.name.includes(only))) {
  console.log(`\nring builder: ${w.name}${RUNS > 1 ? ` (ours: median of ${RUNS})` : ''}`);
  const real = throughTool('real', w);
  const cliRuns = Array.from({ length: RUNS }, () => throughTool('ours', w));
  const modelRuns = Array.from({ length: RUNS }, () => inProcess(w));
  const cli = {
    rebalance: medianBy(cliRuns, (r) => r.rebalance.ms).rebalance,
    total: medianBy(cliRuns, (r) => r.total).total,
  };
  const model = medianBy(modelRuns, (r) => r.ms);
  const rows: [string, string, string, string][] = [
    ['', 'rebalance', 'create+add+rebalance', 'balance'],
    [
      'swift-ring-builder 2.30',
      fmt(real.rebalance.ms),
      fmt(real.total),
      balanceOf(real.rebalance.stdout).toFixed(2),
    ],
    [
      'our CLI (bundled, node startup)',
      fmt(cli.rebalance.ms),
      fmt(cli.total),
      balanceOf(cli.rebalance.stdout).toFixed(2),
    ],
    ['our model in-process', fmt(model.ms), '', model.balance.toFixed(2)],
  ];
  for (const row of rows) {
    console.log(
      `  ${row[0].padEnd(30)} ${row[1].padStart(10)} ${row[2].padStart(22)} ${row[3].padStart(8)}`,
    );
  }
  console.log(
    `  speed-up: CLI ${(real.rebalance.ms / cli.rebalance.ms).toFixed(1)}× (whole workload ${(real.total / cli.total).toFixed(1)}×), ` +
      `model ${(real.rebalance.ms / model.ms).toFixed(1)}× ` +
      `(targets: CLI rebalance ≥ 30×, whole workload ≥ 20×, model ≥ 10×; load ${loadavg()[0]!.toFixed(1)})`,
  );
}
