/**
 * `npm test`'s first step (the `pretest` script): the programs and fonts the tests run against
 * are installed, or get installed, or the run stops here with the command to install them.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ensurePrerequisites, parsePrerequisites, type System } from './prerequisites';

const LIST = join(import.meta.dirname, 'prerequisites.txt');
const SBIN = ['/usr/local/sbin', '/usr/sbin', '/sbin'];
const PROBE_TIMEOUT_MS = 20_000;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function succeeds(command: string, args: string[]): { ok: boolean; stdout: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: PROBE_TIMEOUT_MS });
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

const system: System = {
  hasCommand: (name) =>
    [...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean), ...SBIN].some((dir) =>
      isExecutable(join(dir, name)),
    ),
  isExecutable,
  pythonHasModule: (module) => succeeds('/usr/bin/python3', ['-c', `import ${module}`]).ok,
  hasFontFor: (lang) => {
    const fonts = succeeds('fc-list', [`:lang=${lang}`, 'family']);
    return fonts.ok && fonts.stdout.trim() !== '';
  },
  env: (name) => process.env[name] || undefined,
  isRoot: () => process.getuid?.() === 0,
  run: (command) => {
    const [file, ...args] = command as [string, ...string[]];
    const result = spawnSync(file, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return result.status === 0;
  },
  say: (line) => console.log(line),
};

process.exitCode = ensurePrerequisites(parsePrerequisites(readFileSync(LIST, 'utf8')), system);
