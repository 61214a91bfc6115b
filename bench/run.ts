/**
 * `npm run bench`: runs every bench/*.bench.ts in turn; each prints its own figures.
 * `npm run bench -- ring` runs only the files whose name contains "ring".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();

let failed = 0;
for (const name of files) {
  console.log(`\n=== ${name}`);
  const run = spawnSync('npx', ['tsx', join(dir, name)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`${name} exited with ${run.status ?? run.signal}`);
  }
}
process.exitCode = failed ? 1 : 0;
