/**
 * The optimize panel's state: reads the preset's review log, runs Optimize or Evaluate in the
 * worker (optimize-protocol.ts), and applies fitted parameters through the host's callback.
 */
import type { OptimizeOutcome } from '../../lib/scheduler/optimize';
import type { Evaluation } from '../../lib/scheduler/optimize-evaluate';
import type { LoggedReview } from '../../lib/scheduler/optimize-input';
import {
  OptimizeCancelled,
  type EvaluateOutcome,
  type OptimizeClient,
  type OptimizeProgress,
} from './optimize-protocol';

export interface OptimizePanelHost {
  readLog: () => Promise<LoggedReview[]>;
  /** The parameters the preset schedules with now (ts-fsrs's defaults when it has none). */
  weights: () => readonly number[];
  apply: (weights: number[]) => Promise<void>;
  /** The preset's hour at which the study day rolls over. */
  rolloverHour: () => number;
}

export type PanelStatus =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'running'; progress: OptimizeProgress | undefined }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string }
  | { phase: 'evaluated'; outcome: EvaluateOutcome }
  | { phase: 'optimized'; outcome: OptimizeOutcome; applied: boolean };

export class OptimizePanelState {
  status = $state<PanelStatus>({ phase: 'idle' });
  /** Counts runs, so a run cancelled while it was still reading the log does not go on. */
  private generation = 0;

  constructor(
    private readonly host: OptimizePanelHost,
    private readonly client: OptimizeClient,
  ) {}

  get busy(): boolean {
    return this.status.phase === 'reading' || this.status.phase === 'running';
  }

  /** The fitted parameters, when there are some not yet applied. */
  get fittedWeights(): number[] | undefined {
    const s = this.status;
    return s.phase === 'optimized' && s.outcome.ok && !s.applied ? s.outcome.weights : undefined;
  }

  /** Whether the fit predicts the log better than the current parameters. */
  get fitIsBetter(): boolean {
    const s = this.status;
    return s.phase === 'optimized' && s.outcome.ok && better(s.outcome.fitted, s.outcome.current);
  }

  optimize(): Promise<void> {
    return this.run('optimize');
  }

  evaluate(): Promise<void> {
    return this.run('evaluate');
  }

  cancel(): void {
    this.generation++;
    this.client.cancel();
    if (this.busy) {
      this.status = { phase: 'cancelled' };
    }
  }

  async apply(): Promise<void> {
    const s = this.status;
    if (s.phase !== 'optimized' || !s.outcome.ok || s.applied) {
      return;
    }
    await this.host.apply(s.outcome.weights);
    this.status = { ...s, applied: true };
  }

  close(): void {
    this.generation++;
    this.client.cancel();
  }

  private async run(job: 'optimize' | 'evaluate'): Promise<void> {
    const generation = ++this.generation;
    this.status = { phase: 'reading' };
    try {
      const log = await this.host.readLog();
      if (generation !== this.generation) {
        return;
      }
      this.status = { phase: 'running', progress: undefined };
      const reply = await this.client.run(
        { job, log, weights: [...this.host.weights()], rolloverHour: this.host.rolloverHour() },
        (progress) => {
          this.status = { phase: 'running', progress };
        },
      );
      this.status =
        reply.kind === 'optimized'
          ? { phase: 'optimized', outcome: reply.outcome, applied: false }
          : { phase: 'evaluated', outcome: reply.outcome };
    } catch (error) {
      if (generation !== this.generation) {
        return;
      }
      this.status =
        error instanceof OptimizeCancelled
          ? { phase: 'cancelled' }
          : { phase: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }
}

function better(fitted: Evaluation, current: Evaluation): boolean {
  return fitted.logLoss < current.logLoss;
}
