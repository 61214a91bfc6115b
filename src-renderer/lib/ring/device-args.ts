/**
 * Helpers the device commands share: swift's `except ValueError` handling, its usage texts,
 * device searches in both syntaxes and the y/N confirmation for several matches.
 */
import type { OptValue } from './optparse';
import { parseSearchValue, searchValuesFromOpts, validateArgs } from './parse';
import { PyValueError } from './pyformat';
import { EXIT_ERROR, formatDevice, type Session } from './session';
import type { Device } from './types';
import { USAGE } from './usage';

export const UNCHANGED = 'The on-disk ring builder is unchanged.';

/** Runs `body`; a PyValueError is printed and exits 2, as swift's `except ValueError`. */
export function orValueError(s: Session, body: () => void, after?: string): void {
  try {
    body();
  } catch (error) {
    if (error instanceof PyValueError) {
      s.print(error.message, ...(after ? [after] : []));
      s.exit(EXIT_ERROR);
    }
    throw error;
  }
}

export function usageWithSearch(s: Session, usage: string): never {
  s.print(usage, '', USAGE.search_value);
  s.exit(EXIT_ERROR);
}

export function searchFromArgs(
  s: Session,
  argv: readonly string[],
  usage: string,
  single: boolean,
): Device[] {
  const { newFormat, opts, args } = validateArgs(argv);
  let devs: Device[] = [];
  orValueError(s, () => {
    if (args.length) {
      if (newFormat || (single && args.length !== 1)) {
        s.print(usage);
        s.exit(EXIT_ERROR);
      }
      for (const arg of args) {
        devs.push(...s.builder.searchDevs(parseSearchValue(arg)));
      }
    } else {
      devs = s.builder.searchDevs(searchValuesFromOpts(opts));
    }
  });
  return devs;
}

export function checkDevs(
  s: Session,
  devs: Device[],
  question: string,
  abort: string,
  yes: OptValue,
): void {
  if (!devs.length) {
    s.print(`Search value matched 0 devices.\n${UNCHANGED}`);
    s.exit(EXIT_ERROR);
  }
  if (devs.length > 1) {
    s.print('Matched more than one device:');
    for (const dev of devs) {
      s.print(`    ${formatDevice(dev)}`);
    }
    if (!yes) {
      s.stdout += question;
      const answer = s.io.ask?.(question) ?? null;
      if (answer === null) {
        throw new PyValueError('EOF when reading a line');
      }
      if (answer !== 'y') {
        s.print(abort);
        s.exit(EXIT_ERROR);
      }
    }
  }
}
