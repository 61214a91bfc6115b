/** Asks Debian's swift package (python) for reference answers. */
import { spawnSync } from 'node:child_process';

export function swiftPython<T>(script: string, input: unknown): T {
  const result = spawnSync('/usr/bin/python3', ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(result.stderr);
  }
  return JSON.parse(result.stdout) as T;
}
