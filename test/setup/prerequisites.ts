/**
 * What `npm test` needs from the system (test/setup/prerequisites.txt) and what to do when some
 * of it is missing: install it with apt-get where we may, otherwise stop with the command to run.
 * The system is behind the `System` interface so the decisions are tested without apt.
 */

export type Probe =
  | { kind: 'chromium' }
  | { kind: 'command'; name: string }
  | { kind: 'python'; module: string }
  | { kind: 'font'; lang: string };

export interface Prerequisite {
  /** The Debian package that provides it. */
  pkg: string;
  probe: Probe;
}

export interface System {
  /** An executable on PATH (or in the sbin folders, where kpartx lives). */
  hasCommand(name: string): boolean;
  isExecutable(path: string): boolean;
  pythonHasModule(module: string): boolean;
  hasFontFor(lang: string): boolean;
  env(name: string): string | undefined;
  isRoot(): boolean;
  /** Runs a command with the output shown; true when it exits 0. */
  run(command: string[]): boolean;
  say(line: string): void;
}

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const SWIFT_PYTHON = '/usr/bin/python3';

export function parsePrerequisites(text: string): Prerequisite[] {
  const list: Prerequisite[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const words = raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      continue;
    }
    const [pkg, kind, arg] = words as [string, string | undefined, string | undefined];
    const probe = probeOf(kind, arg);
    if (!probe || words.length > (kind === 'chromium' ? 2 : 3)) {
      throw new Error(`prerequisites.txt line ${index + 1}: cannot read "${raw.trim()}"`);
    }
    list.push({ pkg, probe });
  }
  return list;
}

function probeOf(kind: string | undefined, arg: string | undefined): Probe | null {
  if (kind === 'chromium') {
    return { kind };
  }
  if (!arg) {
    return null;
  }
  switch (kind) {
    case 'command':
      return { kind, name: arg };
    case 'python':
      return { kind, module: arg };
    case 'font':
      return { kind, lang: arg };
    default:
      return null;
  }
}

export function describeProbe(probe: Probe, system: Pick<System, 'env'>): string {
  switch (probe.kind) {
    case 'chromium':
      return system.env('CHROMIUM_PATH') ?? DEFAULT_CHROMIUM;
    case 'command':
      return probe.name;
    case 'python':
      return `${SWIFT_PYTHON} -c 'import ${probe.module}'`;
    case 'font':
      return `a font for lang=${probe.lang} (fc-list)`;
  }
}

function isPresent(probe: Probe, system: System): boolean {
  switch (probe.kind) {
    case 'chromium':
      return system.isExecutable(system.env('CHROMIUM_PATH') ?? DEFAULT_CHROMIUM);
    case 'command':
      return system.hasCommand(probe.name);
    case 'python':
      return system.pythonHasModule(probe.module);
    case 'font':
      return system.hasFontFor(probe.lang);
  }
}

export function missingOf(list: Prerequisite[], system: System): Prerequisite[] {
  return list.filter((item) => !isPresent(item.probe, system));
}

export function installCommands(pkgs: string[]): string[][] {
  return [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', '--no-install-recommends', ...pkgs],
  ];
}

function shell(commands: string[][], sudo: boolean): string {
  return commands.map((c) => (sudo ? ['sudo', ...c] : c).join(' ')).join(' && ');
}

/**
 * Makes sure every prerequisite is there; returns the exit code for `npm test`'s first step.
 * A CHROMIUM_PATH that points nowhere is the user's setting, so it is reported, not "fixed"
 * by installing Debian's chromium.
 */
export function ensurePrerequisites(list: Prerequisite[], system: System): number {
  const missing = missingOf(list, system);
  if (missing.length === 0) {
    return 0;
  }
  const customChromium = system.env('CHROMIUM_PATH');
  if (customChromium && missing.some((item) => item.probe.kind === 'chromium')) {
    system.say(
      `npm test: CHROMIUM_PATH=${customChromium} is not an executable file; point it at Chromium ` +
        `or unset it to use ${DEFAULT_CHROMIUM}.`,
    );
    return 1;
  }
  const pkgs = [...new Set(missing.map((item) => item.pkg))];
  const what = missing.map((item) => describeProbe(item.probe, system)).join(', ');
  const commands = installCommands(pkgs);
  const canInstall = system.isRoot() && system.hasCommand('apt-get');
  if (!canInstall) {
    system.say(`npm test needs what is not installed here: ${what}.`);
    system.say(
      system.hasCommand('apt-get')
        ? `Install it with:\n  ${shell(commands, !system.isRoot())}`
        : `Install these Debian packages (or your system's equivalents): ${pkgs.join(' ')}`,
    );
    return 1;
  }
  system.say(`npm test: installing its prerequisites with apt-get (missing: ${what}).`);
  for (const command of commands) {
    system.say(`+ ${command.join(' ')}`);
    if (!system.run(command)) {
      system.say(
        `npm test: \`${command.join(' ')}\` failed; run it yourself, then npm test again.`,
      );
      return 1;
    }
  }
  const still = missingOf(list, system);
  if (still.length > 0) {
    system.say(
      `npm test: still missing after apt-get: ${still.map((i) => describeProbe(i.probe, system)).join(', ')}.`,
    );
    return 1;
  }
  return 0;
}
