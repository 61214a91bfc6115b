/**
 * The subset of Python's optparse that swift-ring-builder relies on: short and long options,
 * `--opt=value`, unique long-option prefixes, interspersed positional arguments, `--`.
 * Errors carry optparse's wording; the CLI prints them as optparse does and exits 2.
 */
import { DomainError } from '../errors';
import { pyRepr } from './pyformat';

export class OptParseError extends DomainError {}

export interface OptSpec {
  short?: string;
  long: string;
  type: 'int' | 'float' | 'string' | 'flag';
  default?: string | number | boolean;
}

export type OptValue = string | number | boolean | undefined;

/** optparse's dest: `--replication-ip` → `replication_ip`. */
export function destOf(spec: OptSpec): string {
  return spec.long.slice(2).replace(/-/g, '_');
}

function convert(spec: OptSpec, name: string, raw: string): string | number {
  if (spec.type === 'int') {
    const text = raw.trim();
    const value = /^[+-]?0[xX][0-9a-fA-F]+$/.test(text) ? parseInt(text, 16) : Number(text);
    if (!/^[+-]?(\d+|0[xX][0-9a-fA-F]+)$/.test(text) || !Number.isFinite(value)) {
      throw new OptParseError(`option ${name}: invalid integer value: ${pyRepr(raw)}`);
    }
    return value;
  }
  if (spec.type === 'float') {
    const text = raw.trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) && !/^[+-]?(inf|nan)$/i.test(text)) {
      throw new OptParseError(`option ${name}: invalid floating-point value: ${pyRepr(raw)}`);
    }
    return /inf/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : Number(text);
  }
  return raw;
}

export function optparse(
  specs: readonly OptSpec[],
  argv: readonly string[],
): { opts: Record<string, OptValue>; args: string[] } {
  const opts: Record<string, OptValue> = {};
  for (const spec of specs) {
    opts[destOf(spec)] = spec.default;
  }
  const args: string[] = [];
  const rest = [...argv];
  while (rest.length) {
    const arg = rest.shift() as string;
    if (arg === '--') {
      args.push(...rest);
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      const exact = specs.find((s) => s.long === name);
      const candidates = exact ? [exact] : specs.filter((s) => s.long.startsWith(name));
      if (candidates.length === 0) {
        throw new OptParseError(`no such option: ${name}`);
      }
      if (candidates.length > 1) {
        const names = candidates.map((s) => s.long).join(', ');
        throw new OptParseError(`ambiguous option: ${name} (${names}?)`);
      }
      const spec = candidates[0] as OptSpec;
      if (spec.type === 'flag') {
        if (eq >= 0) {
          throw new OptParseError(`${spec.long} option does not take a value`);
        }
        opts[destOf(spec)] = true;
        continue;
      }
      let value: string | undefined;
      if (eq >= 0) {
        value = arg.slice(eq + 1);
      } else {
        value = rest.shift();
      }
      if (value === undefined) {
        throw new OptParseError(`${spec.long} option requires 1 argument`);
      }
      opts[destOf(spec)] = convert(spec, spec.long, value);
    } else if (arg.startsWith('-') && arg !== '-') {
      let i = 1;
      while (i < arg.length) {
        const ch = '-' + arg[i];
        const spec = specs.find((s) => s.short === ch);
        if (!spec) {
          throw new OptParseError(`no such option: ${ch}`);
        }
        i++;
        if (spec.type === 'flag') {
          opts[destOf(spec)] = true;
          continue;
        }
        const value = i < arg.length ? arg.slice(i) : rest.shift();
        if (value === undefined) {
          throw new OptParseError(`${ch} option requires 1 argument`);
        }
        opts[destOf(spec)] = convert(spec, ch, value);
        break;
      }
    } else {
      args.push(arg);
    }
  }
  return { opts, args };
}

/** swift.common.ring.utils.parse_args: the device options every device command accepts. */
export const DEVICE_OPTIONS: readonly OptSpec[] = [
  { short: '-u', long: '--id', type: 'int' },
  { short: '-r', long: '--region', type: 'int' },
  { short: '-z', long: '--zone', type: 'int' },
  { short: '-i', long: '--ip', type: 'string' },
  { short: '-p', long: '--port', type: 'int' },
  { short: '-j', long: '--replication-ip', type: 'string' },
  { short: '-q', long: '--replication-port', type: 'int' },
  { short: '-d', long: '--device', type: 'string' },
  { short: '-w', long: '--weight', type: 'float' },
  { short: '-m', long: '--meta', type: 'string', default: '' },
  { short: '-I', long: '--change-ip', type: 'string' },
  { short: '-P', long: '--change-port', type: 'int' },
  { short: '-J', long: '--change-replication-ip', type: 'string' },
  { short: '-Q', long: '--change-replication-port', type: 'int' },
  { short: '-D', long: '--change-device', type: 'string' },
  { short: '-M', long: '--change-meta', type: 'string', default: '' },
  { short: '-y', long: '--yes', type: 'flag', default: false },
];
