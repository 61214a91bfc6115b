/**
 * Reads a deck file (.apkg, deck JSON) off the main thread: a 50,000-card .apkg took the page
 * for seconds. Errors travel as error-wire.ts has them.
 */
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { readDeckFile } from '../../lib/formats/convert';
import { inlineMedia } from '../../lib/formats/media';
import { loadSql } from '../../lib/formats/sql';
import type { ImportResult } from '../../lib/formats/types';
import { toWire, type WireError } from './error-wire';

export interface ParseRequest {
  name: string;
  bytes: Uint8Array;
}

/**
 * Cards come a slice per message, then the result without them: one message of 50,000 cards
 * took the page half a second to take in.
 */
export type ParseReply =
  | { cards: ImportResult['cards'] }
  | { ok: true; result: ImportResult }
  | { ok: false; error: WireError };

const SLICE = 2000;

// The web tsconfig has the DOM's types, where `self` is a window; here it is the worker's scope.
const scope = self as unknown as {
  onmessage: (event: MessageEvent<ParseRequest>) => void;
  postMessage(reply: ParseReply): void;
};

scope.onmessage = async ({ data }: MessageEvent<ParseRequest>) => {
  let reply: ParseReply;
  try {
    const result = await readDeckFile(data.name, data.bytes, {
      keepScheduling: true,
      sql: await loadSql({ locateFile: () => wasmUrl }),
    });
    const { cards, ...rest } = inlineMedia(result, data.name);
    for (let start = 0; start < cards.length; start += SLICE) {
      scope.postMessage({ cards: cards.slice(start, start + SLICE) });
    }
    reply = { ok: true, result: { ...rest, cards: [] } };
  } catch (error) {
    reply = { ok: false, error: toWire(error) };
  }
  scope.postMessage(reply);
};
