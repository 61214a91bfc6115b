import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHROMIUM,
  ensurePrerequisites,
  parsePrerequisites,
  type System,
} from './prerequisites';

const LIST = parsePrerequisites(
  readFileSync(join(import.meta.dirname, 'prerequisites.txt'), 'utf8'),
);

/** A machine where exactly `absent` (commands, files, modules, `font:<lang>`) are missing. */
function machine(opts: {
  absent?: string[];
  root?: boolean;
  apt?: boolean;
  env?: Record<string, string>;
  aptInstalls?: boolean;
}) {
  const absent = new Set(opts.absent ?? []);
  const ran: string[][] = [];
  const said: string[] = [];
  const system: System = {
    hasCommand: (name) => (name === 'apt-get' ? (opts.apt ?? true) : !absent.has(name)),
    isExecutable: (path) => !absent.has(path),
    pythonHasModule: (module) => !absent.has(module),
    hasFontFor: (lang) => !absent.has(`font:${lang}`),
    env: (name) => opts.env?.[name],
    isRoot: () => opts.root ?? true,
    run: (command) => {
      ran.push(command);
      if (command[1] === 'install' && (opts.aptInstalls ?? true)) {
        absent.clear();
      }
      return true;
    },
    say: (line) => said.push(line),
  };
  return { system, ran, said };
}

describe('the prerequisite list', () => {
  it('names every tool the tests run against, with its Debian package', () => {
    const pkgs = LIST.map((item) => item.pkg);
    expect(pkgs).toEqual(
      expect.arrayContaining([
        'chromium',
        'swift',
        'python3-openstackclient',
        'python3-glanceclient',
        'python3-cinderclient',
        'python3-novaclient',
        'python3-swiftclient',
        'qemu-utils',
        'kpartx',
        'guestfish',
        'fonts-noto-cjk',
      ]),
    );
    const commands = LIST.flatMap((item) =>
      item.probe.kind === 'command' ? [item.probe.name] : [],
    );
    expect(commands).toEqual(
      expect.arrayContaining([
        'swift-ring-builder',
        'openstack',
        'glance',
        'cinder',
        'nova',
        'swift',
        'qemu-img',
        'kpartx',
        'guestfish',
      ]),
    );
  });

  it('refuses a line it cannot read, naming the line', () => {
    expect(() => parsePrerequisites('# fine\nchromium chromium\nfoo bar baz\n')).toThrow(
      /line 3: cannot read "foo bar baz"/,
    );
    expect(() => parsePrerequisites('swift command\n')).toThrow(/line 1/);
  });
});

describe('ensurePrerequisites', () => {
  it('does nothing when everything is there', () => {
    const { system, ran, said } = machine({});
    expect(ensurePrerequisites(LIST, system)).toBe(0);
    expect(ran).toEqual([]);
    expect(said).toEqual([]);
  });

  it('as root with apt-get: updates once, installs exactly the missing packages, says so', () => {
    const { system, ran, said } = machine({ absent: ['qemu-img', 'font:ja', DEFAULT_CHROMIUM] });
    expect(ensurePrerequisites(LIST, system)).toBe(0);
    expect(ran).toEqual([
      ['apt-get', 'update'],
      [
        'apt-get',
        'install',
        '-y',
        '--no-install-recommends',
        'chromium',
        'qemu-utils',
        'fonts-noto-cjk',
      ],
    ]);
    expect(said[0]).toBe(
      'npm test: installing its prerequisites with apt-get (missing: /usr/bin/chromium, qemu-img, a font for lang=ja (fc-list)).',
    );
  });

  it('fails when apt-get ran but the tool is still missing', () => {
    const { system, said } = machine({ absent: ['kpartx'], aptInstalls: false });
    expect(ensurePrerequisites(LIST, system)).toBe(1);
    expect(said.at(-1)).toBe('npm test: still missing after apt-get: kpartx.');
  });

  it('without root: stops at once with the exact command, running nothing', () => {
    const { system, ran, said } = machine({
      absent: ['swift-ring-builder', 'glance'],
      root: false,
    });
    expect(ensurePrerequisites(LIST, system)).toBe(1);
    expect(ran).toEqual([]);
    expect(said).toEqual([
      'npm test needs what is not installed here: swift-ring-builder, glance.',
      'Install it with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends swift python3-glanceclient',
    ]);
  });

  it('without apt-get: stops and names the Debian packages', () => {
    const { system, ran, said } = machine({ absent: ['swift.common.ring'], apt: false });
    expect(ensurePrerequisites(LIST, system)).toBe(1);
    expect(ran).toEqual([]);
    expect(said[1]).toBe(
      "Install these Debian packages (or your system's equivalents): python3-swift",
    );
  });

  it('checks CHROMIUM_PATH instead of Debian’s path, and reports a wrong one rather than installing', () => {
    const custom = '/opt/chromium/chrome';
    expect(
      ensurePrerequisites(
        LIST,
        machine({ absent: [DEFAULT_CHROMIUM], env: { CHROMIUM_PATH: custom } }).system,
      ),
    ).toBe(0);
    const wrong = machine({ absent: [custom], env: { CHROMIUM_PATH: custom } });
    expect(ensurePrerequisites(LIST, wrong.system)).toBe(1);
    expect(wrong.ran).toEqual([]);
    expect(wrong.said[0]).toContain(`CHROMIUM_PATH=${custom} is not an executable file`);
  });

  it('stops when apt-get itself fails, with the command that failed', () => {
    const m = machine({ absent: ['nova'] });
    m.system.run = (command) => command[1] !== 'update';
    expect(ensurePrerequisites(LIST, m.system)).toBe(1);
    expect(m.said.at(-1)).toBe(
      'npm test: `apt-get update` failed; run it yourself, then npm test again.',
    );
  });
});
