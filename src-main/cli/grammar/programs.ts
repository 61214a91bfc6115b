/** Finding and running the installed tools the grammar is read from. */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** sbin too: kpartx and losetup live there, and root's PATH is not everyone's. */
const EXTRA_DIRS = ['/usr/sbin', '/sbin'];

export function findProgram(name: string): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter), ...EXTRA_DIRS];
  for (const dir of dirs.filter(Boolean)) {
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      continue;
    }
  }
  return undefined;
}

/**
 * What a tool prints, on stdout and stderr together, whatever its exit status: many print their
 * usage and exit 1 when asked for it.
 */
export function output(program: string, args: string[]): string {
  const result = spawnSync(program, args, {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  if (result.error) {
    throw result.error;
  }
  return `${result.stdout}${result.stderr}`;
}
