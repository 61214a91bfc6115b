/**
 * The messages between the calculator page and its ring worker, both ends: the worker answers
 * with `answer`, the page sends through a `RingClient`. DOM-free, so the worker can import it.
 */
import { runInMemory, type RingFiles, type RingName } from '../../lib/ring/console';
import type { RingRun } from '../../lib/ring/run';

export interface RingRequest {
  id: number;
  ring: RingName;
  args: string[];
  files: RingFiles;
  /** The page's clock (tests pin it), in milliseconds. */
  now: number;
}

export type RingResponse =
  | { id: number; ok: true; run: RingRun; files: RingFiles }
  | { id: number; ok: false; message: string };

/** The worker's side: one command against the files it was sent. */
export function answer(request: RingRequest): RingResponse {
  try {
    const { run, files } = runInMemory(request.ring, request.args, request.files, request.now);
    return { id: request.id, ok: true, run, files };
  } catch (error) {
    // runRingBuilder turns swift's failures into exit codes; this is a bug in the port itself
    return { id: request.id, ok: false, message: String(error) };
  }
}

/** What the client needs of a Worker, so tests can stand in for one. */
export interface RingPort {
  postMessage(message: RingRequest): void;
  terminate(): void;
}

interface Waiting {
  resolve(result: { run: RingRun; files: RingFiles }): void;
  reject(error: Error): void;
}

/**
 * The page's side. A worker handles its messages one at a time in the order they were posted,
 * so answers come back in order; the id only guards against mixing them up.
 */
export class RingClient {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  /** The owner of the worker passes its messages to `receive` and its errors to `fail`. */
  constructor(private readonly port: RingPort) {}

  run(
    ring: RingName,
    args: string[],
    files: RingFiles,
    now: number,
  ): Promise<{ run: RingRun; files: RingFiles }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.postMessage({ id, ring, args, files, now });
    });
  }

  close(): void {
    this.port.terminate();
    this.fail('ring worker closed');
  }

  receive(response: RingResponse): void {
    const waiting = this.waiting.get(response.id);
    if (!waiting) {
      return;
    }
    this.waiting.delete(response.id);
    if (response.ok) {
      waiting.resolve({ run: response.run, files: response.files });
    } else {
      waiting.reject(new Error(response.message));
    }
  }

  /** A worker that cannot load (or crashes) answers nobody: every waiting command fails. */
  fail(message: string): void {
    for (const waiting of this.waiting.values()) {
      waiting.reject(new Error(message));
    }
    this.waiting.clear();
  }
}
