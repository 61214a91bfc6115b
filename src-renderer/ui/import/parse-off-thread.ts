/**
 * A deck file read in a worker (parse-worker.ts), one worker per file so that Cancel can stop
 * it. Where workers cannot start (no Worker in the page), the file is read here instead.
 */
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { readDeckFile } from '../../lib/formats/convert';
import { inlineMedia } from '../../lib/formats/media';
import { loadSql } from '../../lib/formats/sql';
import type { ImportResult } from '../../lib/formats/types';
import { fromWire } from './error-wire';
import ParseWorker from './parse-worker?worker';
import type { ParseReply, ParseRequest } from './parse-worker';

export async function readDeckOffThread(
  name: string,
  bytes: Uint8Array,
  signal: AbortSignal,
): Promise<ImportResult> {
  if (typeof Worker === 'undefined') {
    const result = await readDeckFile(name, bytes, {
      keepScheduling: true,
      sql: await loadSql({ locateFile: () => wasmUrl }),
    });
    return inlineMedia(result, name);
  }
  const worker = new ParseWorker();
  try {
    return await new Promise<ImportResult>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
      const cards: ImportResult['cards'] = [];
      worker.onmessage = ({ data }: MessageEvent<ParseReply>) => {
        if ('cards' in data) {
          cards.push(...data.cards);
        } else if (data.ok) {
          resolve({ ...data.result, cards });
        } else {
          reject(fromWire(data.error));
        }
      };
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage({ name, bytes } satisfies ParseRequest);
    });
  } finally {
    worker.terminate();
  }
}
