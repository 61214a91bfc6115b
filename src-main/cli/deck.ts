/**
 * `npm run deck -- <command> ...`: one entry, one module per command. Domain errors become
 * messages on stderr and exit codes here and nowhere else.
 */
import { DomainError } from '../../src-renderer/lib/errors';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./deck-build')).runBuild,
  check: async () => (await import('./deck-check')).runCheck,
  'check-answer': async () => (await import('./deck-check-answer')).runCheckAnswer,
  convert: async () => (await import('./deck-convert')).runConvert,
};

const usage = `usage: npm run deck -- <command> [args]
  build <notes.md|folder> [--json]   print the cards generated from Markdown notes
  check <path>                       lint notes; exits 1 on errors
  check-answer                       judge JSON lines {"expected", "answer"} from stdin
  convert <in> <out>                 convert between json, md, csv, tsv and apkg`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(usage + '\n');
    return 2;
  }
  try {
    return await (
      await load()
    )(args);
  } catch (error) {
    if (error instanceof DomainError) {
      process.stderr.write(`error: ${error.describe()}\n`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
