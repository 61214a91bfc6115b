import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { default_w, generatorParameters } from 'ts-fsrs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluateParameters } from '../../../src-renderer/lib/scheduler/optimize-evaluate';
import {
  cardHistories,
  MIN_TRAINING_REVIEWS,
  optimizerInput,
  studyDayNumber,
  trainingReviewCount,
} from '../../../src-renderer/lib/scheduler/optimize-input';
import {
  optimizeParameters,
  PARAMETER_COUNT,
  type OptimizerModule,
} from '../../../src-renderer/lib/scheduler/optimize';
import { KNOWN_WEIGHTS, simulateLog } from './optimize-sim';

let engine: OptimizerModule;

beforeAll(async () => {
  // fsrs-browser's thread-pool helper listens on the worker scope when imported; Node has none.
  Object.assign(globalThis, { self: new EventTarget() });
  const wasm = await import('fsrs-browser');
  const require = createRequire(import.meta.url);
  await wasm.default({
    module_or_path: readFileSync(require.resolve('fsrs-browser/fsrs_browser_bg.wasm')),
  });
  engine = wasm;
});

describe('the review log as the optimizer reads it', () => {
  const at = (day: number, hour: number) => new Date(2026, 2, day, hour, 30).getTime();

  it('counts days as study days: 01:30 belongs to the day before when the day starts at 04:00', () => {
    expect(studyDayNumber(at(10, 1)) - studyDayNumber(at(9, 23))).toBe(0);
    expect(studyDayNumber(at(10, 5)) - studyDayNumber(at(10, 1))).toBe(1);
    expect(studyDayNumber(at(10, 1), 0) - studyDayNumber(at(9, 23), 0)).toBe(1);
  });

  it('orders each card, gives deltas in study days, and leaves out histories cut short', () => {
    const histories = cardHistories([
      { cardId: 'a', rating: 3, reviewedAt: at(12, 9), stateBefore: 'review' },
      { cardId: 'a', rating: 3, reviewedAt: at(10, 9), stateBefore: 'learning' },
      { cardId: 'a', rating: 1, reviewedAt: at(10, 8), stateBefore: 'new' },
      { cardId: 'b', rating: 3, reviewedAt: at(11, 9), stateBefore: 'review' },
    ]);
    expect(histories).toEqual([
      [
        { rating: 1, deltaDays: 0 },
        { rating: 3, deltaDays: 0 },
        { rating: 3, deltaDays: 2 },
      ],
    ]);
    expect(trainingReviewCount(histories)).toBe(1);
    const input = optimizerInput(histories);
    expect([...input.ratings]).toEqual([1, 3, 3]);
    expect([...input.deltas]).toEqual([0, 0, 2]);
    expect([...input.lengths]).toEqual([3]);
  });
});

describe('optimizeParameters', () => {
  it('refuses below the reviews fsrs-rs needs, without training', () => {
    const log = simulateLog({ weights: KNOWN_WEIGHTS, cards: 8, days: 40, seed: 3 });
    const histories = cardHistories(log);
    const outcome = optimizeParameters(engine, histories, default_w);
    expect(trainingReviewCount(histories)).toBeLessThan(MIN_TRAINING_REVIEWS);
    expect(outcome).toEqual({
      ok: false,
      reason: 'too-few-reviews',
      trainingReviews: trainingReviewCount(histories),
      needed: MIN_TRAINING_REVIEWS,
    });
  });

  it('says so when fsrs-rs only fits the first stabilities (every card reviewed once after day 0)', () => {
    const at = (day: number) => new Date(2026, 2, 1 + day, 10).getTime();
    const log = Array.from({ length: 80 }, (_, c) => [
      {
        cardId: `c${String(c)}`,
        rating: 3 as const,
        reviewedAt: at(0),
        stateBefore: 'new' as const,
      },
      {
        cardId: `c${String(c)}`,
        rating: c % 5 === 0 ? (1 as const) : (3 as const),
        reviewedAt: at(1 + (c % 7)),
        stateBefore: 'review' as const,
      },
    ]).flat();
    const histories = cardHistories(log);
    expect(trainingReviewCount(histories)).toBe(80);
    expect(optimizeParameters(engine, histories, default_w)).toEqual({
      ok: false,
      reason: 'not-fitted',
      trainingReviews: 80,
    });
  });

  it('fits a log generated from known parameters better than the defaults, on held-out cards', () => {
    const log = simulateLog({ weights: KNOWN_WEIGHTS, cards: 210, days: 240, seed: 11 });
    const histories = cardHistories(log);
    const train = histories.filter((_, i) => i % 3 !== 0);
    const heldOut = histories.filter((_, i) => i % 3 === 0);

    const logged = vi.spyOn(console, 'info').mockImplementation(() => {});
    const outcome = optimizeParameters(engine, train, default_w);
    const epochs = logged.mock.calls.filter(([line]) => /^epoch: \d+ loss:/.test(String(line)));
    logged.mockRestore();
    // the worker reports progress from these lines of fsrs-rs's log
    expect(epochs.length).toBe(5);
    if (!outcome.ok) {
      throw new Error(`no fit: ${outcome.reason}`);
    }
    // ts-fsrs 5 takes fsrs-rs 5's parameters as they are: 21 of them, none migrated or clipped
    expect(outcome.weights).toHaveLength(PARAMETER_COUNT);
    expect(PARAMETER_COUNT).toBe(21);
    expect(generatorParameters({ w: outcome.weights }).w).toEqual(outcome.weights);

    expect(outcome.fitted.logLoss).toBeLessThan(outcome.current.logLoss);
    const defaults = evaluateParameters(heldOut, default_w);
    const fitted = evaluateParameters(heldOut, outcome.weights);
    const truth = evaluateParameters(heldOut, KNOWN_WEIGHTS);
    expect(fitted.reviews).toBeGreaterThan(200);
    expect(fitted.logLoss).toBeLessThan(defaults.logLoss);
    expect(fitted.rmseBins).toBeLessThan(defaults.rmseBins);
    // the fit comes close to the model that made the log
    expect(fitted.logLoss).toBeLessThan(truth.logLoss + 0.02);
  });
});
