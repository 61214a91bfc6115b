/**
 * swiftclient's `delete` and `download` act on the names given or, with `--all`, on the whole
 * account, never both: st_delete and st_download (swiftclient 4.1.0 shell.py) print their usage
 * and exit 1 when `args and options['yes_all']`. So `swift delete c1 --all` does not delete c1
 * with its objects; with --all, each name is an argument the command does not take.
 */
import type { Operation } from './operation';
import type { Located, Reading } from './read';

const ALL_OR_NAMES = new Set(['delete', 'download']);

export function swiftAllWithNames(reading: Reading, operation: Operation): Located[] {
  if (!ALL_OR_NAMES.has(reading.command) || !operation.options.has('yes_all')) {
    return [];
  }
  return [...operation.positionals.values()].flat().map((value) => ({
    finding: { kind: 'extra-argument', typed: value.text },
    at: value.at,
  }));
}
