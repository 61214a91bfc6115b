/**
 * Reads import files off the main thread: a 50,000-card .apkg took the page for seconds, a
 * 50,000-row CSV most of one. Errors travel as error-wire.ts has them.
 */
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { loadSql } from '../../lib/formats/sql';
import { toWire, type WireError } from './error-wire';
import { runJob, type JobOutput, type JobState, type ParseJob } from './parse-jobs';
import type { ImportResult } from '../../lib/formats/types';

/**
 * Cards come a slice per message, then the output without them: one message of 50,000 cards
 * took the page half a second to take in.
 */
export type ParseReply =
  | { cards: ImportResult['cards'] }
  | { ok: true; output: JobOutput }
  | { ok: false; error: WireError };

const SLICE = 2000;

// The web tsconfig has the DOM's types, where `self` is a window; here it is the worker's scope.
const scope = self as unknown as {
  onmessage: (event: MessageEvent<ParseJob>) => void;
  postMessage(reply: ParseReply): void;
};

const state: JobState = { sql: () => loadSql({ locateFile: () => wasmUrl }) };

scope.onmessage = async ({ data }: MessageEvent<ParseJob>) => {
  let reply: ParseReply;
  try {
    const output = await runJob(data, state);
    if ('result' in output) {
      const { cards, ...rest } = output.result;
      for (let start = 0; start < cards.length; start += SLICE) {
        scope.postMessage({ cards: cards.slice(start, start + SLICE) });
      }
      reply = { ok: true, output: { result: { ...rest, cards: [] } } };
    } else {
      reply = { ok: true, output };
    }
  } catch (error) {
    reply = { ok: false, error: toWire(error) };
  }
  scope.postMessage(reply);
};
