/**
 * One import file's reading in a worker (parse-worker.ts): a deck file or a set of notes in one
 * job, a CSV in two (sniff, then the chosen mapping). Closing it stops the worker, so Cancel stops the reading.
 * Where workers cannot start (no Worker in the page), the jobs run here instead.
 */
import type { CsvMapping, CsvSniff } from '../../lib/formats/csv';
import type { ImportResult } from '../../lib/formats/types';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { loadSql } from '../../lib/formats/sql';
import { fromWire } from './error-wire';
import { runJob, type JobOutput, type JobState, type ParseJob } from './parse-jobs';
import ParseWorker from './parse-worker?worker';
import type { ParseReply } from './parse-worker';

export class ImportFileReader {
  /** Started by the first job. */
  private worker: Worker | undefined;
  private readonly state: JobState = { sql: () => loadSql({ locateFile: () => wasmUrl }) };

  async readDeck(name: string, bytes: Uint8Array): Promise<ImportResult> {
    return resultOf(await this.run({ job: 'deck', name, bytes }));
  }

  /** Several notes files are one set of notes, read together. */
  async readNotes(
    files: { path: string; bytes: Uint8Array }[],
    deckName: string,
  ): Promise<ImportResult> {
    return resultOf(await this.run({ job: 'notes', files, deckName }));
  }

  async sniffCsv(name: string, bytes: Uint8Array): Promise<CsvSniff> {
    const output = await this.run({ job: 'sniff', name, bytes });
    if (!('sniff' in output)) {
      throw new Error('the CSV reader answered without a table');
    }
    return output.sniff;
  }

  async applyMapping(mapping: CsvMapping, deckName: string): Promise<ImportResult> {
    return resultOf(await this.run({ job: 'map', mapping, deckName }));
  }

  close(): void {
    this.worker?.terminate();
  }

  private run(job: ParseJob): Promise<JobOutput> {
    if (typeof Worker === 'undefined') {
      return runJob(job, this.state);
    }
    const worker = (this.worker ??= new ParseWorker());
    return new Promise((resolve, reject) => {
      const cards: ImportResult['cards'] = [];
      worker.onmessage = ({ data }: MessageEvent<ParseReply>) => {
        if ('cards' in data) {
          cards.push(...data.cards);
        } else if (!data.ok) {
          reject(fromWire(data.error));
        } else if ('result' in data.output) {
          resolve({ result: { ...data.output.result, cards } });
        } else {
          resolve(data.output);
        }
      };
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(job);
    });
  }
}

function resultOf(output: JobOutput): ImportResult {
  if (!('result' in output)) {
    throw new Error('the file reader answered without cards');
  }
  return output.result;
}
