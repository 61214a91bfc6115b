/**
 * Fitting FSRS parameters with fsrs-browser (fsrs-rs as WebAssembly, one thread, as the optimize
 * worker runs it) on logs simulated from known parameters, with the evaluation before and after.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { default_w } from 'ts-fsrs';
import { optimizeParameters } from '../src-renderer/lib/scheduler/optimize';
import { cardHistories } from '../src-renderer/lib/scheduler/optimize-input';
import { KNOWN_WEIGHTS, simulateLog } from '../test/lib/scheduler/optimize-sim';

// fsrs-browser's thread-pool helper listens on the worker scope when imported; Node has none.
Object.assign(globalThis, { self: new EventTarget() });
const wasm = await import('fsrs-browser');
const require = createRequire(import.meta.url);
await wasm.default({
  module_or_path: readFileSync(require.resolve('fsrs-browser/fsrs_browser_bg.wasm')),
});
// fsrs-rs logs each epoch through console.info
console.info = () => {};

for (const cards of [200, 1000, 3000]) {
  const started = performance.now();
  const histories = cardHistories(
    simulateLog({ weights: KNOWN_WEIGHTS, cards, days: 365, seed: 1 }),
  );
  const converted = performance.now() - started;
  const outcome = optimizeParameters(wasm, histories, default_w);
  if (!outcome.ok) {
    throw new Error(`no fit for ${String(cards)} cards: ${outcome.reason}`);
  }
  const { current, fitted } = outcome;
  console.log(
    `${String(cards)} cards, ${String(outcome.trainingReviews)} training reviews: fit in`,
    `${(outcome.trainingMs / 1000).toFixed(2)} s (simulating and converting ${(converted / 1000).toFixed(2)} s);`,
    `log loss ${current.logLoss.toFixed(4)} → ${fitted.logLoss.toFixed(4)},`,
    `RMSE(bins) ${current.rmseBins.toFixed(4)} → ${fitted.rmseBins.toFixed(4)}`,
  );
}
