/**
 * Typed swift-ring-builder answers, read as swift-ring-builder's main() reads its argv
 * (swift/cli/ringbuilder.py, swift 2.30): the program, the builder file, the command and its
 * arguments. Two answers are the same when the real tool would do the same thing with them:
 * the same builder file, the same command, and arguments that parse to the same values, in
 * whichever syntax they were written.
 */
import type { NewDevice } from './builder';
import { RingBuilder } from './builder';
import { OptParseError } from './optparse';
import { parseAddArgs } from './parse';
import { PyValueError, pyInt, pyParseFloat } from './pyformat';

/** Splits into words as a POSIX shell does for plain words and '…' or "…" quoting. */
export function splitCommand(text: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) {
        quote = null;
      } else {
        word += ch;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== null) {
        words.push(word);
        word = null;
      }
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (word !== null) {
    words.push(word);
  }
  return words;
}

/**
 * swift's parse_builder_ring_filename_args: `x.ring.gz` means the builder `x.builder`; any
 * other name is the builder file itself. `swift-ring-builder object create 10 3 1` creates a
 * builder file called `object` (next to `object.ring.gz`), not `object.builder`: checked with
 * swift-ring-builder 2.30, which writes `object` and prints no note.
 */
export function swiftBuilderFile(firstArg: string): string {
  const file = firstArg.endsWith('.ring.gz')
    ? firstArg.slice(0, -'.ring.gz'.length) + '.builder'
    : firstArg;
  // `./object.builder` opens the same file as `object.builder`
  return file
    .split('/')
    .filter((part, i) => part !== '.' && (part !== '' || i === 0))
    .join('/');
}

/** The same device as swift stores it: every field `add` sets, ip addresses normalised. */
export function sameDevice(a: NewDevice, b: NewDevice): boolean {
  return (
    a.region === b.region &&
    a.zone === b.zone &&
    a.ip === b.ip &&
    a.port === b.port &&
    a.replication_ip === b.replication_ip &&
    a.replication_port === b.replication_port &&
    a.device === b.device &&
    (a.meta ?? '') === (b.meta ?? '') &&
    a.weight === b.weight
  );
}

export type RingOperation =
  | { command: 'add'; devices: NewDevice[] }
  | { command: 'create'; partPower: number; replicas: number; minPartHours: number };

export interface RingCommandLine {
  builderFile: string;
  operation: RingOperation;
}

/** Why an answer is not the expected command; `message` is swift's own where it has one. */
export type RingCommandProblem =
  | { kind: 'not-ring-builder' }
  | { kind: 'no-builder-file' }
  | { kind: 'unsupported-command'; command: string }
  | { kind: 'usage'; command: string }
  | { kind: 'invalid-value'; message: string }
  | { kind: 'builder-file'; expected: string; typed: string }
  | { kind: 'command'; expected: string; typed: string }
  | { kind: 'different-values' };

export type ParsedRingCommand =
  { ok: true; line: RingCommandLine } | { ok: false; problem: RingCommandProblem };

const PROGRAM = 'swift-ring-builder';

/** A typed line as the shell would hand it to swift-ring-builder (a leading `$ ` is a prompt). */
export function parseRingCommand(text: string): ParsedRingCommand {
  // NFKC only forgives an IME's full-width letters and spaces; the words are then the shell's
  const argv = splitCommand(
    text
      .normalize('NFKC')
      .trim()
      .replace(/^\$\s*/, ''),
  );
  const program = argv[0] ?? '';
  if (program !== PROGRAM && !program.endsWith('/' + PROGRAM)) {
    return { ok: false, problem: { kind: 'not-ring-builder' } };
  }
  if (argv.length < 3) {
    return { ok: false, problem: { kind: 'no-builder-file' } };
  }
  const builderFile = swiftBuilderFile(argv[1] as string);
  const command = argv[2] as string;
  try {
    if (command === 'create') {
      // swift's create: fewer than three values print the usage; more are ignored
      if (argv.length < 6) {
        return { ok: false, problem: { kind: 'usage', command } };
      }
      const created = new RingBuilder(
        pyInt(argv[3] as string),
        pyParseFloat(argv[4] as string),
        pyInt(argv[5] as string),
      );
      return {
        ok: true,
        line: {
          builderFile,
          operation: {
            command,
            partPower: created.partPower,
            replicas: created.replicas,
            minPartHours: created.minPartHours,
          },
        },
      };
    }
    if (command === 'add') {
      // swift's add: `if len(argv) < 5: print(Commands.add.__doc__)`
      const devices = argv.length < 5 ? null : parseAddArgs(argv.slice(3));
      if (!devices) {
        return { ok: false, problem: { kind: 'usage', command } };
      }
      return { ok: true, line: { builderFile, operation: { command, devices } } };
    }
  } catch (error) {
    if (error instanceof PyValueError || error instanceof OptParseError) {
      return { ok: false, problem: { kind: 'invalid-value', message: error.message } };
    }
    throw error;
  }
  return { ok: false, problem: { kind: 'unsupported-command', command } };
}

function sameOperation(a: RingOperation, b: RingOperation): boolean {
  if (a.command === 'create' && b.command === 'create') {
    return (
      a.partPower === b.partPower && a.replicas === b.replicas && a.minPartHours === b.minPartHours
    );
  }
  if (a.command === 'add' && b.command === 'add') {
    // devices get ids in the order they are added, so the order is part of the operation
    return (
      a.devices.length === b.devices.length &&
      a.devices.every((d, i) => sameDevice(d, b.devices[i] as NewDevice))
    );
  }
  return false;
}

export interface RingCommandVerdict {
  correct: boolean;
  problem?: RingCommandProblem;
}

/** Judges a typed command against the expected one (which must itself be valid). */
export function judgeRingCommand(expected: string, typed: string): RingCommandVerdict {
  const want = parseRingCommand(expected);
  if (!want.ok) {
    throw new Error(`Not a valid ring command answer: ${expected}`);
  }
  const got = parseRingCommand(typed);
  if (!got.ok) {
    return { correct: false, problem: got.problem };
  }
  const [w, g] = [want.line, got.line];
  if (w.builderFile !== g.builderFile) {
    return {
      correct: false,
      problem: { kind: 'builder-file', expected: w.builderFile, typed: g.builderFile },
    };
  }
  if (w.operation.command !== g.operation.command) {
    return {
      correct: false,
      problem: { kind: 'command', expected: w.operation.command, typed: g.operation.command },
    };
  }
  return sameOperation(w.operation, g.operation)
    ? { correct: true }
    : { correct: false, problem: { kind: 'different-values' } };
}
