/**
 * Reads a usage synopsis, as tools print it (`[--all] [--prefix <prefix>] [<container>
 * [<object>] [...]]`, `convert [-c] [-f fmt] filename [filename2 [...]] output_filename`), into
 * options and positionals. Brackets make what they hold optional; `...` or `[...]` repeats what
 * the last positional before it (options between do not count: swift's `[<object>]
 * [--version-id <version_id>] [...]`); `<x> [<x>]` is one positional taking one or more values.
 */
import type {
  Arity,
  OptionSpec,
  PositionalSpec,
} from '../../../src-renderer/lib/check/grammar/types';

interface Positional {
  name: string;
  optional: boolean;
  repeated: boolean;
}

export interface Synopsis {
  options: OptionSpec[];
  positionals: PositionalSpec[];
}

const TOKEN = /\[\.\.\.\]|\.\.\.|[[\]{}|]|[^\s[\]{}|]+/g;

/** `--opt` or `-o`, but not a lone `-` (standard input) or `--`. */
function isOption(word: string): boolean {
  return /^--?[A-Za-z0-9]/.test(word);
}

export function positionalName(word: string): string {
  return word.replace(/^<|>$/g, '');
}

function destOf(names: string[]): string {
  const long = names.find((name) => name.startsWith('--')) ?? names[0] ?? '';
  return long.replace(/^-+/, '').replaceAll('-', '_');
}

export function readSynopsis(text: string): Synopsis {
  const tokens = text.match(TOKEN) ?? [];
  const options: OptionSpec[] = [];
  const positionals: Positional[] = [];
  let depth = 0;
  let last: Positional | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (token === '[' || token === '{') {
      depth++;
    } else if (token === ']' || token === '}') {
      depth = Math.max(0, depth - 1);
    } else if (token === '...' || token === '[...]') {
      if (last) {
        last.repeated = true;
      }
    } else if (token === '|') {
      continue;
    } else if (isOption(token)) {
      const [name = token, inlineValue] = token.split('=');
      const next = tokens[i + 1] ?? '';
      // `--prefix <prefix>`, or `[-f fmt]` where the bracket closes after the value.
      const takesNext =
        inlineValue === undefined &&
        (/^<[^>]+>$/.test(next) ||
          (depth > 0 && /^[^-[\]{}|.]/.test(next) && tokens[i + 2] === ']'));
      const metavar = inlineValue ?? (takesNext ? next : undefined);
      if (takesNext) {
        i++;
      }
      if (!options.some((option) => option.names.includes(name))) {
        options.push({
          names: [name],
          dest: destOf([name]),
          arity: metavar === undefined ? 0 : 1,
          ...(metavar === undefined ? {} : { metavar }),
        });
      }
    } else {
      const name = positionalName(token);
      if (last?.name === name) {
        last.repeated = true;
      } else {
        last = { name, optional: depth > 0, repeated: false };
        positionals.push(last);
      }
    }
  }
  return {
    options,
    positionals: positionals.map(({ name, optional, repeated }) => ({
      name,
      arity: positionalArity(optional, repeated),
    })),
  };
}

function positionalArity(optional: boolean, repeated: boolean): Arity {
  if (repeated) {
    return optional ? '*' : '+';
  }
  return optional ? '?' : 1;
}
