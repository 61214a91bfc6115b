/**
 * `npm run deck -- check <path> [--strict]`: lints notes. Exits 1 on errors (unreadable or empty
 * files, clashing questions, empty card sides), and with --strict on any warning.
 */
import { formatWarning, generateFromArgs } from './notes-files';

/** Warnings that mean the notes are wrong, not merely that some text gives no card. */
const ERROR_CODES = new Set(['empty-file', 'duplicate-question', 'empty-side']);

export async function runCheck(args: string[]): Promise<number> {
  const { cards, warnings, files, errors, flags } = await generateFromArgs(args, ['--strict']);
  let failures = errors.length;
  for (const warning of warnings) {
    const isError = ERROR_CODES.has(warning.code);
    failures += isError ? 1 : 0;
    const line = formatWarning(warning);
    process.stderr.write((isError ? line.replace(': warning: ', ': error: ') : line) + '\n');
  }
  const strictFailure = flags.has('--strict') && warnings.length > 0;
  process.stdout.write(
    `${files.length + errors.length} files, ${cards.length} cards, ${failures} errors, ${warnings.length - (failures - errors.length)} warnings\n`,
  );
  return failures > 0 || strictFailure ? 1 : 0;
}
