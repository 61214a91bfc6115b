/**
 * Fits FSRS parameters off the page's thread: fsrs-rs trains for seconds on a few thousand
 * reviews, and blocks the thread it runs on while it does. fsrs-browser runs here on this one
 * thread (no thread pool: that would need a cross-origin isolated page, which a static server
 * cannot promise).
 */
import init, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import type { OptimizerModule } from '../../lib/scheduler/optimize';
import {
  answer,
  epochProgress,
  type OptimizeReply,
  type OptimizeRequest,
} from './optimize-protocol';

// The web tsconfig has the DOM's types, where `self` is a window; here it is the worker's scope.
const scope = self as unknown as {
  onmessage: (event: MessageEvent<OptimizeRequest>) => void;
  postMessage(reply: OptimizeReply): void;
};

let engine: Promise<OptimizerModule> | undefined;
const loadEngine = () => (engine ??= init({ module_or_path: wasmUrl }).then(() => ({ Fsrs })));

// fsrs-rs's log goes to console.info; its epoch lines are the only progress the training gives
const consoleInfo = console.info.bind(console);
console.info = (...args: unknown[]) => {
  const progress = epochProgress(args[0]);
  if (progress) {
    scope.postMessage({ kind: 'progress', progress });
  } else if (!String(args[0]).startsWith('best_loss:')) {
    consoleInfo(...args);
  }
};

scope.onmessage = ({ data }: MessageEvent<OptimizeRequest>) => {
  void answer(data, loadEngine, (reply) => scope.postMessage(reply));
};
