/**
 * Hostile import files, generated rather than committed: each is small to describe and large or
 * pathological to read. Shared by the unit suite and the end-to-end suite.
 */

/** A CSV whose header and one data row have `columns` columns. */
export function wideCsv(columns: number): string {
  const row = (prefix: string) => Array.from({ length: columns }, (_, i) => `${prefix}${i}`);
  return `${row('c').join(',')}\n${row('v').join(',')}\n`;
}

/** `megabytes` of `*_` on one line: every character an emphasis delimiter. */
export function emphasisRun(megabytes: number): string {
  return '*_'.repeat(Math.ceil((megabytes * 1024 * 1024) / 2));
}

/** Many short lines, each a `term : description` made only of emphasis delimiters. */
export function emphasisLines(megabytes: number): string {
  const line = '*_*_*_*_ : *_*_\n';
  return line.repeat(Math.ceil((megabytes * 1024 * 1024) / line.length));
}

type BackupJson = { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };

/** The backup with every card row reduced to its id: tables and counts still right. */
export function hollowCards(backup: string): string {
  const parsed = JSON.parse(backup) as BackupJson;
  for (const table of parsed.data.data) {
    if (table.tableName === 'cards') {
      table.rows = table.rows.map((row) => ({ id: row.id }));
    }
  }
  return JSON.stringify(parsed);
}
