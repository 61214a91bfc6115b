import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { default_w } from 'ts-fsrs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { OptimizerModule } from '../../../src-renderer/lib/scheduler/optimize';
import type { LoggedReview } from '../../../src-renderer/lib/scheduler/optimize-input';
import {
  answer,
  epochProgress,
  OptimizeClient,
  type OptimizeProgress,
  type OptimizeReply,
  type OptimizeRequest,
  type WorkerListener,
  type WorkerPort,
} from '../../../src-renderer/ui/optimize/optimize-protocol';
import { OptimizePanelState } from '../../../src-renderer/ui/optimize/optimize-panel.svelte';
import { KNOWN_WEIGHTS, simulateLog } from '../../lib/scheduler/optimize-sim';

let engine: OptimizerModule;

beforeAll(async () => {
  Object.assign(globalThis, { self: new EventTarget() });
  const wasm = await import('fsrs-browser');
  const require = createRequire(import.meta.url);
  await wasm.default({
    module_or_path: readFileSync(require.resolve('fsrs-browser/fsrs_browser_bg.wasm')),
  });
  engine = wasm;
});

/**
 * A worker stand-in that runs the worker's own `answer` a turn later, through structured clones,
 * with fsrs-rs's log lines turned into progress as the worker turns them.
 */
class FakeWorker implements WorkerPort {
  terminated = false;

  /** `startMs`: how long the worker takes to start on a message. */
  constructor(
    private readonly listener: WorkerListener,
    private readonly startMs = 0,
  ) {}

  postMessage(message: OptimizeRequest): void {
    const request = structuredClone(message);
    setTimeout(() => {
      if (this.terminated) {
        return;
      }
      const info = vi.spyOn(console, 'info').mockImplementation((line: unknown) => {
        const progress = epochProgress(line);
        if (progress) {
          this.deliver({ kind: 'progress', progress });
        }
      });
      void answer(
        request,
        () => Promise.resolve(engine),
        (reply) => this.deliver(reply),
      ).finally(() => info.mockRestore());
    }, this.startMs);
  }

  terminate(): void {
    this.terminated = true;
  }

  private deliver(reply: OptimizeReply): void {
    if (!this.terminated) {
      this.listener.receive(structuredClone(reply));
    }
  }
}

/** A client that also keeps every progress report the panel was given. */
class RecordingClient extends OptimizeClient {
  readonly progress: OptimizeProgress[] = [];

  override run(request: OptimizeRequest, onProgress: (progress: OptimizeProgress) => void) {
    return super.run(request, (progress) => {
      this.progress.push(progress);
      onProgress(progress);
    });
  }
}

function panelFor(log: LoggedReview[], workerStartMs = 0) {
  const workers: FakeWorker[] = [];
  const applied: number[][] = [];
  const client = new RecordingClient((listener) => {
    const worker = new FakeWorker(listener, workerStartMs);
    workers.push(worker);
    return worker;
  });
  const panel = new OptimizePanelState(
    {
      readLog: () => Promise.resolve(log),
      weights: () => default_w,
      apply: (weights) => {
        applied.push(weights);
        return Promise.resolve();
      },
      rolloverHour: () => 4,
    },
    client,
  );
  return { panel, workers, applied, client };
}

describe('OptimizePanelState', () => {
  it('refuses a short log with the counts, and offers nothing to apply', async () => {
    const { panel, applied } = panelFor(
      simulateLog({ weights: KNOWN_WEIGHTS, cards: 6, days: 30, seed: 5 }),
    );
    await panel.optimize();
    expect(panel.status).toMatchObject({
      phase: 'optimized',
      outcome: { ok: false, reason: 'too-few-reviews', needed: 64 },
    });
    expect(panel.fittedWeights).toBeUndefined();
    await panel.apply();
    expect(applied).toEqual([]);
  });

  it('evaluates the current parameters without training', async () => {
    const { panel } = panelFor(
      simulateLog({ weights: KNOWN_WEIGHTS, cards: 30, days: 90, seed: 6 }),
    );
    await panel.evaluate();
    const s = panel.status;
    expect(s.phase).toBe('evaluated');
    if (s.phase !== 'evaluated' || !s.outcome.ok) {
      throw new Error('no evaluation');
    }
    expect(s.outcome.current.reviews).toBeGreaterThan(50);
    expect(s.outcome.current.logLoss).toBeGreaterThan(0);
  });

  it('optimizes with progress, shows both evaluations, and applies the fit once', async () => {
    const { panel, applied, client } = panelFor(
      simulateLog({ weights: KNOWN_WEIGHTS, cards: 70, days: 150, seed: 7 }),
    );
    await panel.optimize();
    expect(client.progress).toEqual([
      { kind: 'step', step: 'evaluate-current' },
      { kind: 'step', step: 'train' },
      ...[1, 2, 3, 4, 5].map((epoch) => ({ kind: 'epoch', epoch, epochs: 5 })),
      { kind: 'step', step: 'evaluate-fitted' },
    ]);
    const s = panel.status;
    if (s.phase !== 'optimized' || !s.outcome.ok) {
      throw new Error(`no fit: ${JSON.stringify(s)}`);
    }
    expect(s.outcome.fitted.logLoss).toBeLessThan(s.outcome.current.logLoss);
    expect(panel.fitIsBetter).toBe(true);
    expect(panel.fittedWeights).toHaveLength(21);
    await panel.apply();
    await panel.apply();
    expect(applied).toEqual([s.outcome.weights]);
    expect(panel.fittedWeights).toBeUndefined();
  });

  it('cancels a run: the worker is ended and nothing is applied', async () => {
    const { panel, workers, applied } = panelFor(
      simulateLog({ weights: KNOWN_WEIGHTS, cards: 90, days: 150, seed: 8 }),
      // still starting when Cancel is pressed
      60_000,
    );
    const running = panel.optimize();
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    panel.cancel();
    await running;
    expect(panel.status).toEqual({ phase: 'cancelled' });
    expect(workers[0]?.terminated).toBe(true);
    expect(panel.busy).toBe(false);
    expect(applied).toEqual([]);
  });
});
