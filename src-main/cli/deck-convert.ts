/**
 * `npm run deck -- convert <in> <out> [--no-scheduling]`: converts between deck file formats by
 * extension (json, md, csv, tsv, apkg) with the same readers, writers and messages as the app.
 * Warnings go to stderr; thrown DomainErrors become exit code 1 in deck.ts.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ValidationError } from '../../src-renderer/lib/errors';
import { exportDeckFile, formatOf, readDeckFile } from '../../src-renderer/lib/formats/convert';
import { inlineMedia } from '../../src-renderer/lib/formats/media';
import { loadSql } from '../../src-renderer/lib/formats/sql';
import { assertImportSize } from '../../src-renderer/lib/formats/types';
import { nodeHtmlSanitizer } from './html-sanitizer';

const usage = 'usage: npm run deck -- convert <in> <out> [--no-scheduling]';

export async function runConvert(args: string[]): Promise<number> {
  const flags = args.filter((arg) => arg.startsWith('--'));
  const [input, output, ...rest] = args.filter((arg) => !arg.startsWith('--'));
  const unknown = flags.filter((flag) => flag !== '--no-scheduling');
  if (!input || !output || rest.length > 0 || unknown.length > 0) {
    process.stderr.write(usage + '\n');
    return 2;
  }
  formatOf(input);
  formatOf(output);
  const size = await stat(input).catch(() => {
    throw new ValidationError('cannot read the file', { file: input });
  });
  assertImportSize(size.size, input);
  const withScheduling = !flags.includes('--no-scheduling');
  const require = createRequire(import.meta.url);
  const sql = await loadSql({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
  const read = await readDeckFile(input, new Uint8Array(await readFile(input)), {
    keepScheduling: withScheduling,
    sql,
  });
  // Only .apkg has room for media files; other formats keep images inside the card text.
  const data = formatOf(output) === 'apkg' ? read : inlineMedia(read, input);
  for (const warning of data.warnings) {
    const where = [warning.file, warning.line].filter((p) => p !== undefined).join(':');
    process.stderr.write(`${where}: warning: ${warning.message}\n`);
  }
  if (data.cards.length === 0) {
    throw new ValidationError('no cards to convert', { file: input });
  }
  const apkg = formatOf(output) === 'apkg';
  const written = await exportDeckFile(output, data, {
    withScheduling,
    sql,
    ...(apkg ? { sanitizeHtml: await nodeHtmlSanitizer() } : {}),
  });
  await writeFile(output, written.bytes);
  const media = data.media?.size ?? 0;
  const dropped =
    media > 0 && !apkg ? ` (${media} media files not kept: only .apkg carries them)` : '';
  process.stderr.write(`${data.cards.length} cards written to ${output}${dropped}\n`);
  if (written.anki) {
    const { notes, pairs, ringDrawn } = written.anki;
    process.stderr.write(
      `${notes} Anki notes: ${pairs} reverse pairs as one note with two cards, ` +
        `${ringDrawn} ring cards as one drawn question with its computed answer\n`,
    );
  }
  return 0;
}
