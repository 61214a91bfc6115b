/**
 * What the parse worker does, also run in the page where no worker can start. Markdown notes are
 * read here like the other formats: even within the generator's limits, hostile notes take
 * seconds. A CSV's table stays where it was parsed: the mapping step needs only its headers and
 * first rows, and the chosen mapping is applied where the rows are.
 */
import type { SqlJsStatic } from 'sql.js';
import { readDeckFile } from '../../lib/formats/convert';
import { applyCsvMapping, sniffCsv, type CsvMapping, type CsvSniff } from '../../lib/formats/csv';
import { readMarkdown } from '../../lib/formats/markdown';
import { inlineMedia } from '../../lib/formats/media';
import type { ImportResult } from '../../lib/formats/types';

export type ParseJob =
  | { job: 'deck'; name: string; bytes: Uint8Array }
  | { job: 'notes'; files: { path: string; bytes: Uint8Array }[]; deckName: string }
  | { job: 'sniff'; name: string; bytes: Uint8Array }
  | { job: 'map'; mapping: CsvMapping; deckName: string };

export type JobOutput = { result: ImportResult } | { sniff: CsvSniff };

export interface JobState {
  /** The last sniffed CSV, for the `map` job that follows it. */
  table?: CsvSniff;
  /** sql.js for .apkg files; the page and the worker each say where its wasm is. */
  sql: () => Promise<SqlJsStatic>;
}

export async function runJob(request: ParseJob, state: JobState): Promise<JobOutput> {
  if (request.job === 'deck') {
    const result = await readDeckFile(request.name, request.bytes, {
      keepScheduling: true,
      sql: await state.sql(),
    });
    return { result: inlineMedia(result, request.name) };
  }
  if (request.job === 'notes') {
    const [first] = request.files;
    return {
      result: inlineMedia(readMarkdown(request.files, request.deckName), first?.path ?? ''),
    };
  }
  if (request.job === 'sniff') {
    state.table = sniffCsv(request.bytes, request.name);
    return { sniff: { ...state.table, rows: [] } };
  }
  if (!state.table) {
    throw new Error('no CSV file was read before its mapping');
  }
  return { result: applyCsvMapping(state.table, request.mapping, request.deckName) };
}
