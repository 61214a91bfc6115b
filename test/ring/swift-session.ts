/**
 * One long-lived Debian python with swift loaded (swift_server.py), shared by a test file: the
 * real swift-ring-builder's main(), swift's RingData and reference scripts, each answered in
 * milliseconds instead of a python start-up (about 0.8 s of CPU) per command.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Debian's python, which has the swift package (a pyenv python on PATH may not). */
export const SWIFT_PYTHON = '/usr/bin/python3';
const SERVER = new URL('./swift_server.py', import.meta.url).pathname;

export interface RealRun {
  stdout: string;
  stderr: string;
  code: number;
}

export interface LoadedRing {
  partShift: number;
  rows: number[][];
  devs: number;
}

type Reply = { ok: unknown } | { error: string };

export class SwiftSession {
  private child: ChildProcessWithoutNullStreams | null = null;
  private waiting: ((reply: Reply) => void)[] = [];
  private exitError: Error | null = null;

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(SWIFT_PYTHON, [SERVER], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      this.waiting.shift()?.(JSON.parse(line) as Reply);
    });
    child.on('exit', (code) => {
      this.exitError = new Error(`swift_server.py exited with ${code}: ${stderr}`);
      for (const resolve of this.waiting.splice(0)) {
        resolve({ error: this.exitError.message });
      }
      this.child = null;
    });
    return child;
  }

  private request<T>(message: object): Promise<T> {
    if (this.exitError) {
      return Promise.reject(this.exitError);
    }
    this.child ??= this.start();
    const child = this.child;
    return new Promise<T>((resolve, reject) => {
      this.waiting.push((reply) =>
        'ok' in reply ? resolve(reply.ok as T) : reject(new Error(reply.error)),
      );
      child.stdin.write(JSON.stringify(message) + '\n');
    });
  }

  /** `swift-ring-builder <argv…>` run in `cwd`, with an empty stdin, as a new process would. */
  ringBuilder(cwd: string, argv: string[]): Promise<RealRun> {
    return this.request({ op: 'ring-builder', cwd, argv });
  }

  /** A ring file as swift's own RingData loads it: replica → part → device. */
  loadRing(file: string): Promise<LoadedRing> {
    return this.request({ op: 'load-ring', file });
  }

  /** Runs a python script with `input` as JSON on stdin; the script prints its answer as JSON. */
  python<T>(script: string, input: unknown): Promise<T> {
    return this.request<{ value: T }>({ op: 'python', script, input }).then((r) => r.value);
  }

  close(): void {
    this.child?.stdin.end();
    this.child = null;
  }
}
