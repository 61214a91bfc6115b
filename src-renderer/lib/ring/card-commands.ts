/**
 * Typed command answers: a command is right when it parses to the same operation as the
 * expected one, whichever add syntax it uses (`r1z2-ip:port/dev w` or `--region …`).
 */
import type { NewDevice } from './builder';
import { OptParseError } from './optparse';
import { deviceFromOpts, parseAddValue, validateArgs } from './parse';
import { PyValueError, pyInt, pyParseFloat } from './pyformat';

export type Operation =
  | { kind: 'add'; builder: string; devices: NewDevice[] }
  | { kind: 'create'; builder: string; power: number; replicas: number; hours: number }
  | { kind: 'invalid' };

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

export function parseCommandAnswer(answer: string): Operation {
  const words = splitCommand(
    answer
      .normalize('NFKC')
      .trim()
      .replace(/^\$\s*/, ''),
  );
  if (words[0] === 'swift-ring-builder') {
    words.shift();
  }
  const [builder = '', name, ...args] = words;
  try {
    if (name === 'create' && args.length === 3) {
      return {
        kind: 'create',
        builder,
        power: pyInt(args[0] as string),
        replicas: pyParseFloat(args[1] as string),
        hours: pyInt(args[2] as string),
      };
    }
    if (name === 'add') {
      return { kind: 'add', builder, devices: addDevices(args) };
    }
  } catch (error) {
    if (error instanceof PyValueError || error instanceof OptParseError) {
      return { kind: 'invalid' };
    }
    throw error;
  }
  return { kind: 'invalid' };
}

function addDevices(argv: string[]): NewDevice[] {
  const { newFormat, opts, args } = validateArgs(argv);
  if (!args.length) {
    return [deviceFromOpts(opts)];
  }
  if (newFormat || args.length % 2 !== 0) {
    throw new PyValueError('mixed or incomplete add syntax');
  }
  const devices: NewDevice[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const v = parseAddValue(args[i] as string);
    devices.push({
      ...v,
      region: v.region ?? 1,
      replication_ip: v.replication_ip ?? v.ip,
      replication_port: v.replication_port ?? v.port,
      weight: pyParseFloat(args[i + 1] as string),
    });
  }
  return devices;
}

const canonical = (d: NewDevice): string =>
  JSON.stringify([
    d.region,
    d.zone,
    d.ip,
    d.port,
    d.replication_ip,
    d.replication_port,
    d.device,
    d.meta,
    d.weight,
  ]);

export function sameOperation(a: Operation, b: Operation): boolean {
  if (a.kind === 'invalid' || b.kind === 'invalid' || a.kind !== b.kind) {
    return false;
  }
  if (a.builder.replace(/\.(builder|json)$/, '') !== b.builder.replace(/\.(builder|json)$/, '')) {
    return false;
  }
  if (a.kind === 'create' && b.kind === 'create') {
    return a.power === b.power && a.replicas === b.replicas && a.hours === b.hours;
  }
  if (a.kind === 'add' && b.kind === 'add') {
    return (
      a.devices.length === b.devices.length &&
      a.devices.every((d, i) => canonical(d) === canonical(b.devices[i] as NewDevice))
    );
  }
  return false;
}
