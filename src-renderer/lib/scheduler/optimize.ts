/**
 * Fits FSRS parameters to a review log with fsrs-rs (the fsrs-browser build, WebAssembly), and
 * says how well the current and the fitted parameters predict that log. The WebAssembly module
 * comes in already loaded: the worker fetches it from the bundle, tests read it from disk.
 */
import type { Fsrs } from 'fsrs-browser';
import { default_w } from 'ts-fsrs';
import { evaluateParameters, type Evaluation } from './optimize-evaluate';
import {
  MIN_TRAINING_REVIEWS,
  optimizerInput,
  trainingReviewCount,
  type CardHistory,
} from './optimize-input';

export interface OptimizerModule {
  Fsrs: typeof Fsrs;
}

export type OptimizeStep = 'evaluate-current' | 'train' | 'evaluate-fitted';

export type OptimizeOutcome =
  | {
      ok: true;
      weights: number[];
      current: Evaluation;
      fitted: Evaluation;
      trainingReviews: number;
      trainingMs: number;
    }
  /** Fewer training reviews than fsrs-rs needs to fit every parameter. */
  | { ok: false; reason: 'too-few-reviews'; trainingReviews: number; needed: number }
  /**
   * fsrs-rs drops outlying reviews before it trains; when too few are left it answers with its
   * defaults (or fits only the initial stabilities), which is no fit of this log.
   */
  | { ok: false; reason: 'not-fitted'; trainingReviews: number };

/** ts-fsrs 5 is FSRS-6, as is fsrs-rs 5.2: both have 21 parameters, in the same order. */
export const PARAMETER_COUNT = default_w.length;

export function optimizeParameters(
  engine: OptimizerModule,
  histories: readonly CardHistory[],
  currentWeights: readonly number[],
  onStep: (step: OptimizeStep) => void = () => {},
): OptimizeOutcome {
  const trainingReviews = trainingReviewCount(histories);
  if (trainingReviews < MIN_TRAINING_REVIEWS) {
    return { ok: false, reason: 'too-few-reviews', trainingReviews, needed: MIN_TRAINING_REVIEWS };
  }
  onStep('evaluate-current');
  const current = evaluateParameters(histories, currentWeights);
  onStep('train');
  const input = optimizerInput(histories);
  const started = performance.now();
  // computeParameters consumes the Fsrs object (wasm-bindgen moves it into the call)
  const fitted32 = new engine.Fsrs().computeParameters(
    input.ratings,
    input.deltas,
    input.lengths,
    undefined,
    true,
  );
  const trainingMs = performance.now() - started;
  const weights = Array.from(fitted32);
  if (weights.length !== PARAMETER_COUNT || !trainedBeyondInitialStability(weights)) {
    return { ok: false, reason: 'not-fitted', trainingReviews };
  }
  onStep('evaluate-fitted');
  const fitted = evaluateParameters(histories, weights);
  return { ok: true, weights, current, fitted, trainingReviews, trainingMs };
}

/** fsrs-rs's untrained answers keep parameters 4 to 20 at its defaults, which ts-fsrs shares. */
function trainedBeyondInitialStability(weights: readonly number[]): boolean {
  return weights.slice(4).some((w, i) => Math.abs(w - (default_w[i + 4] ?? Number.NaN)) > 1e-6);
}
