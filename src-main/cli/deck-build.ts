/**
 * `npm run deck -- build <notes.md|folder> [--json] [--root <deck>]`: the cards the notes give,
 * on stdout (a JSON array with --json); warnings and unreadable files on stderr.
 */
import type { CardContent } from '../../src-renderer/lib/cards/card';
import { formatWarning, generateFromArgs } from './notes-files';

export async function runBuild(args: string[]): Promise<number> {
  // `deck build notes/ | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      throw error;
    }
    process.exit(0);
  });
  const { cards, warnings, files, errors, flags } = await generateFromArgs(args, ['--json']);
  for (const warning of warnings) {
    const line = formatWarning(warning);
    const isError = warning.code === 'empty-file';
    process.stderr.write((isError ? line.replace(': warning: ', ': error: ') : line) + '\n');
  }
  if (flags.has('--json')) {
    process.stdout.write(JSON.stringify(cards.map(toJson), null, 2) + '\n');
  } else {
    process.stdout.write(cards.map(toText).join('\n') + (cards.length ? '\n' : ''));
  }
  process.stderr.write(
    `${cards.length} cards from ${files.length} files, ${warnings.length} warnings\n`,
  );
  const empty = warnings.some((warning) => warning.code === 'empty-file');
  return errors.length > 0 || empty ? 1 : 0;
}

function toJson(card: CardContent): object {
  const { id, front, back, kind, tags, deck, source } = card;
  return { id, front, back, kind, tags, deck, source };
}

function toText(card: CardContent): string {
  const where = card.source ? `${card.source.file}:${card.source.line}` : '';
  const indent = (text: string): string => text.replace(/\n/g, '\n    ');
  return `${where} [${card.kind}] ${card.deck}\n  Q: ${indent(card.front)}\n  A: ${indent(card.back)}`;
}
