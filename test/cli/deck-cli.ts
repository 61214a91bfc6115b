import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `npm run deck -- <args>` the way npm does (the bundled CLI), without npm's own output. */
export function deck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['src-main/cli/run.cjs', 'deck', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export const data = (name: string): string =>
  fileURLToPath(new URL(`../data/notes/${name}`, import.meta.url));
