/**
 * The calculator console: a typed line (`swift-ring-builder object.builder add …`, or just
 * `add …` for the ring on screen) run against builders kept in memory, with suggestions for
 * mistyped commands.
 */
import { DomainError } from '../errors';
import { RingBuilder } from './builder';
import { splitCommand } from './card-commands';
import { pyInt, pyParseFloat } from './pyformat';
import { RING_COMMANDS, runRingBuilder, type RingRun } from './run';
import { fflateGunzip, fflateGzip } from './portable-gzip';
import type { RingIO } from './session';
import { parseBuilder } from './state';

export const RING_NAMES = ['account', 'container', 'object'] as const;
export type RingName = (typeof RING_NAMES)[number];

export interface RingFiles {
  builder: string | null;
  ring: Uint8Array | null;
}

export interface ConsoleLine {
  /** The ring the line names (`container.builder`), or null for the ring on screen. */
  ring: RingName | null;
  /** The command and its arguments, without the program and builder file. */
  args: string[];
}

export function parseConsoleLine(line: string): ConsoleLine {
  const words = splitCommand(line.trim());
  if (words[0] === 'swift-ring-builder') {
    words.shift();
  }
  const file = /^(?:.*\/)?(account|container|object)\.(?:builder|json|ring\.gz)$/.exec(
    words[0] ?? '',
  );
  if (file) {
    words.shift();
    return { ring: file[1] as RingName, args: words };
  }
  return { ring: null, args: words };
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The known command closest to a mistyped one, if any is close. */
export function suggestCommand(name: string): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const command of RING_COMMANDS) {
    const d = distance(name.toLowerCase().replace(/-/g, '_'), command);
    if (d < bestDistance) {
      best = command;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

/** Runs one command against in-memory files; returns the output and the files afterwards. */
export function runInMemory(
  ring: RingName,
  args: readonly string[],
  files: RingFiles,
  now: number,
): { run: RingRun; files: RingFiles } {
  const next: RingFiles = { ...files };
  const io: RingIO = {
    readBuilder: () => next.builder,
    writeBuilder: (_path, json) => {
      next.builder = json;
    },
    readRing: () => next.ring,
    writeRing: (_path, bytes) => {
      next.ring = bytes;
    },
    // nobody answers y/N questions in the app; the screen suggests --yes instead
    ask: () => 'n',
    now: () => now / 1000,
    gzip: fflateGzip,
    gunzip: fflateGunzip,
  };
  const run = runRingBuilder(['swift-ring-builder', `${ring}.builder`, ...args], io);
  return { run, files: next };
}

/**
 * How many devices `create` would throw away: swift's create writes a new, empty builder over
 * the old one without asking. 0 when the line is not a create that swift would carry out.
 */
export function devicesReplacedBy(args: readonly string[], files: RingFiles): number {
  if (args[0] !== 'create' || args.length < 4 || files.builder === null) {
    return 0;
  }
  try {
    new RingBuilder(
      pyInt(args[1] as string),
      pyParseFloat(args[2] as string),
      pyInt(args[3] as string),
    );
    return parseBuilder(files.builder).iterDevs().length;
  } catch (error) {
    // swift prints the error and leaves the builder file alone
    if (error instanceof DomainError) {
      return 0;
    }
    throw error;
  }
}
