/**
 * The messages between the optimize panel and its worker, and the page's side of them. fsrs-rs
 * trains in one blocking call, so the worker cannot be asked to stop: cancelling ends it.
 */
import {
  optimizeParameters,
  type OptimizeOutcome,
  type OptimizerModule,
  type OptimizeStep,
} from '../../lib/scheduler/optimize';
import { evaluateParameters, type Evaluation } from '../../lib/scheduler/optimize-evaluate';
import { cardHistories, type LoggedReview } from '../../lib/scheduler/optimize-input';

export interface OptimizeRequest {
  /** Evaluate only, or fit and evaluate. */
  job: 'optimize' | 'evaluate';
  log: LoggedReview[];
  weights: number[];
  rolloverHour: number;
}

export type EvaluateOutcome =
  { ok: true; current: Evaluation } | { ok: false; reason: 'no-reviews' };

export type OptimizeProgress =
  | { kind: 'step'; step: OptimizeStep }
  /** fsrs-rs logs each finished epoch of its training (5 by default). */
  | { kind: 'epoch'; epoch: number; epochs: number };

export type OptimizeReply =
  | { kind: 'progress'; progress: OptimizeProgress }
  | { kind: 'optimized'; outcome: OptimizeOutcome }
  | { kind: 'evaluated'; outcome: EvaluateOutcome }
  | { kind: 'failed'; message: string };

/** fsrs-rs trains 5 epochs (its TrainingConfig default) and logs a line as each one ends. */
const EPOCHS = 5;
const EPOCH_LINE = /^epoch: (\d+) loss:/;

/** The training's progress in a line of fsrs-rs's log, if it is an epoch's line. */
export function epochProgress(line: unknown): OptimizeProgress | undefined {
  const epoch = EPOCH_LINE.exec(String(line));
  return epoch ? { kind: 'epoch', epoch: Number(epoch[1]), epochs: EPOCHS } : undefined;
}

/** The worker's side: one job, its progress and its answer through `post`. */
export async function answer(
  request: OptimizeRequest,
  engine: () => Promise<OptimizerModule>,
  post: (reply: OptimizeReply) => void,
): Promise<void> {
  try {
    const histories = cardHistories(request.log, request.rolloverHour);
    if (request.job === 'evaluate') {
      const current = evaluateParameters(histories, request.weights);
      const outcome: EvaluateOutcome =
        current.reviews === 0 ? { ok: false, reason: 'no-reviews' } : { ok: true, current };
      post({ kind: 'evaluated', outcome });
      return;
    }
    const outcome = optimizeParameters(await engine(), histories, request.weights, (step) => {
      post({ kind: 'progress', progress: { kind: 'step', step } });
    });
    post({ kind: 'optimized', outcome });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** What the client needs of a Worker, so tests can stand in for one. */
export interface WorkerPort {
  postMessage(message: OptimizeRequest): void;
  terminate(): void;
}

/** Where a started worker sends what it says: its replies, or that it stopped. */
export interface WorkerListener {
  receive(reply: OptimizeReply): void;
  fail(message: string): void;
}

export class OptimizeCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'OptimizeCancelled';
  }
}

/** One job at a time; each job gets a fresh worker, and cancelling terminates it. */
export class OptimizeClient {
  private running: { worker: WorkerPort; reject: (error: Error) => void } | undefined;

  constructor(private readonly startWorker: (listener: WorkerListener) => WorkerPort) {}

  get busy(): boolean {
    return this.running !== undefined;
  }

  run(
    request: OptimizeRequest,
    onProgress: (progress: OptimizeProgress) => void,
  ): Promise<Extract<OptimizeReply, { kind: 'optimized' | 'evaluated' }>> {
    this.cancel();
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = () => {
        done = true;
        worker.terminate();
        if (this.running?.worker === worker) {
          this.running = undefined;
        }
      };
      const worker = this.startWorker({
        receive: (reply) => {
          if (done) {
            return;
          }
          if (reply.kind === 'progress') {
            onProgress(reply.progress);
            return;
          }
          finish();
          if (reply.kind === 'failed') {
            reject(new Error(reply.message));
          } else {
            resolve(reply);
          }
        },
        fail: (message) => {
          if (!done) {
            finish();
            reject(new Error(message || 'the optimizer stopped'));
          }
        },
      });
      this.running = { worker, reject };
      worker.postMessage(request);
    });
  }

  cancel(): void {
    const running = this.running;
    if (running) {
      this.running = undefined;
      running.worker.terminate();
      running.reject(new OptimizeCancelled());
    }
  }
}
