/**
 * The real clients' parsers, through real-parse.py: one Python process for a whole test run,
 * asked one JSON line at a time, with the interpreter the clients are installed for and an
 * environment with no OS_* variable or clouds.yaml to change a default.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { findProgram } from '../../../src-main/cli/grammar/programs';

export const REAL_TOOLS = ['cinder', 'cloud-init', 'glance', 'nova', 'openstack', 'swift'];

const DRIVER = fileURLToPath(new URL('./real-parse.py', import.meta.url));

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ParsedLine {
  ok: true;
  command: string;
  ns: { [key: string]: Json };
  /** What each slot holds when the line does not set it, by the same paths as `ns`. */
  defaults: { [key: string]: Json };
}

export interface Refused {
  ok: false;
  error: string;
  /** The driver itself failed (not the tool refusing the line). */
  crash?: boolean;
}

export interface Action {
  dest: string;
  options: string[];
  nargs: number | '?' | '*' | '+';
  int: boolean;
  choices: string[] | null;
  default: Json;
  /** Hidden from help, accepted all the same. */
  hidden: boolean;
}

/** The interpreter on the `openstack` script's `#!` line, if the clients are installed. */
function clientPython(): string | undefined {
  const program = findProgram('openstack');
  if (!program) {
    return undefined;
  }
  return /^#!\s*(\S+)/.exec(readFileSync(program, 'utf8').split('\n')[0] ?? '')?.[1];
}

/** Why the real parsers cannot run here, or undefined when they can. */
export function unavailable(): string | undefined {
  const missing = REAL_TOOLS.filter((tool) => !findProgram(tool));
  if (missing.length) {
    return `not installed: ${missing.join(', ')}`;
  }
  const python = clientPython();
  if (!python) {
    return 'no interpreter on the openstack script';
  }
  const probe = spawnSync(
    python,
    [
      '-c',
      'import cinderclient, glanceclient, novaclient, openstackclient, swiftclient, cloudinit',
    ],
    { encoding: 'utf8' },
  );
  return probe.status === 0 ? undefined : `the clients do not import: ${probe.stderr.trim()}`;
}

export class RealParsers {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: ((line: string) => void)[] = [];
  private readonly home = mkdtempSync(join(tmpdir(), 'real-parse-'));
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor() {
    this.child = spawn(clientPython() ?? 'python3', [DRIVER], {
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: this.home,
        LANG: 'C.UTF-8',
        PYTHONHASHSEED: '0',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    this.child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    this.child.on('exit', (code) => {
      for (const resolve of this.waiting.splice(0)) {
        resolve(JSON.stringify({ ok: false, crash: true, error: `exit ${code}: ${stderr}` }));
      }
    });
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      this.waiting.shift()?.(line);
    });
  }

  private ask<T>(request: object): Promise<T> {
    const key = JSON.stringify(request);
    let answer = this.cache.get(key);
    if (!answer) {
      answer = new Promise<string>((resolve) => {
        this.waiting.push(resolve);
        this.child.stdin.write(`${key}\n`);
      }).then((line) => JSON.parse(line) as T);
      this.cache.set(key, answer);
    }
    return answer as Promise<T>;
  }

  parse(tool: string, argv: string[], files: string[] = []): Promise<ParsedLine | Refused> {
    return this.ask({ op: 'parse', tool, argv, files });
  }

  async describe(tool: string, command: string): Promise<Action[]> {
    const answer = await this.ask<{ ok: true; actions: Action[] } | Refused>({
      op: 'describe',
      tool,
      command,
    });
    if (!answer.ok) {
      throw new Error(`${tool} ${command}: ${answer.error}`);
    }
    return answer.actions;
  }

  close(): void {
    this.child.stdin.end();
    rmSync(this.home, { recursive: true, force: true });
  }
}
