/**
 * `npm run check`: the type checks, eslint and prettier, two at a time. Each is mostly one
 * thread, and one after the other they were 80 s of `npm test` on the 2-core machine. A check's
 * output is printed whole when it ends, so two never interleave; the run fails if any failed.
 */
import { spawn } from 'node:child_process';

/** Longest first, so the two lanes end at about the same time. */
const CHECKS: string[][] = [
  ['svelte-check', '--fail-on-warnings', '--tsconfig', './tsconfig.web.json'],
  ['eslint', '.'],
  ['prettier', '--check', '.'],
  ['tsc', '--noEmit', '-p', 'tsconfig.node.json'],
  ['tsc', '--noEmit', '-p', 'tsconfig.e2e.json'],
];
const LANES = 2;

function run(args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', ...args], {
      shell: process.platform === 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      process.stdout.write(`\n> ${args.join(' ')}${code === 0 ? '' : ` (exit ${code})`}\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code === 0);
    });
  });
}

const queue = [...CHECKS];
let failed = 0;
await Promise.all(
  Array.from({ length: LANES }, async () => {
    for (let args = queue.shift(); args; args = queue.shift()) {
      if (!(await run(args))) {
        failed++;
      }
    }
  }),
);
if (failed > 0) {
  process.stdout.write(`\n${failed} of ${CHECKS.length} checks failed\n`);
  process.exitCode = 1;
}
