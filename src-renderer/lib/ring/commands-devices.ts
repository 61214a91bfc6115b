/**
 * Device commands of swift-ring-builder: add, search, list_parts, set_weight, set_region,
 * set_zone, set_info and remove, in both the search-value and the `--option` syntax.
 */
import { validateAndNormalizeIp } from './address';
import type { OptValue } from './optparse';
import {
  changeValuesFromOpts,
  deviceFromOpts,
  parseAddValue,
  parseSearchValue,
  searchValuesFromOpts,
  validateArgs,
} from './parse';
import { PyValueError, pyFloat, pyInt, pyParseFloat, pyRepr, sprintf } from './pyformat';
import { EXIT_ERROR, EXIT_SUCCESS, formatDevice, type Session } from './session';
import { MAX_BALANCE, NONE_DEV, type Device } from './types';
import { USAGE } from './usage';
import type { NewDevice } from './builder';

const UNCHANGED = 'The on-disk ring builder is unchanged.';

/** Runs `body`; a PyValueError is printed and exits 2, as swift's `except ValueError`. */
function orValueError(s: Session, body: () => void, after?: string): void {
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

function usageWithSearch(s: Session, usage: string): never {
  s.print(usage, '', USAGE.search_value);
  s.exit(EXIT_ERROR);
}

function searchFromArgs(
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

export function search(s: Session): void {
  if (s.argv.length < 4) {
    usageWithSearch(s, USAGE.search);
  }
  const b = s.builder;
  const devs = searchFromArgs(s, s.argv.slice(3), USAGE.search, true);
  if (!devs.length) {
    s.print('No matching devices found');
    s.exit(EXIT_ERROR);
  }
  s.print(
    'Devices:    id  region  zone      ip address  port  replication ip  replication port      name weight partitions balance meta',
  );
  const total = b.iterDevs().reduce((sum, d) => sum + d.weight, 0);
  if (total === 0) {
    throw new PyValueError('float division by zero');
  }
  const weightedParts = (b.parts * b.replicas) / total;
  for (const dev of devs) {
    const balance = dev.weight
      ? (100 * dev.parts) / (dev.weight * weightedParts) - 100
      : dev.parts
        ? MAX_BALANCE
        : 0;
    s.print(
      sprintf(
        '         %5d %7d %5d %15s %5d %15s %17d %9s %6.02f %10s %7.02f %s',
        dev.id,
        dev.region,
        dev.zone,
        dev.ip,
        dev.port,
        dev.replication_ip,
        dev.replication_port,
        dev.device,
        dev.weight,
        dev.parts,
        balance,
        dev.meta,
      ),
    );
  }
  s.exit(EXIT_SUCCESS);
}

export function listParts(s: Session): void {
  if (s.argv.length < 4) {
    usageWithSearch(s, USAGE.list_parts);
  }
  const rows = s.builder.replica2part2dev;
  if (!rows) {
    s.print(
      `Specified builder file "${s.builderFile}" is not rebalanced yet. Please rebalance first.`,
    );
    s.exit(EXIT_ERROR);
  }
  const devs = searchFromArgs(s, s.argv.slice(3), USAGE.list_parts, false);
  if (!devs.length) {
    s.print('No matching devices found');
    s.exit(EXIT_ERROR);
  }
  const wanted = new Uint8Array(NONE_DEV + 1);
  devs.forEach((d) => (wanted[d.id] = 1));
  const counts = new Map<number, number>();
  for (const row of rows) {
    row.forEach((devId, part) => {
      if (wanted[devId]) {
        counts.set(part, (counts.get(part) ?? 0) + 1);
      }
    });
  }
  s.print('Partition   Matches');
  for (const [part, n] of [...counts].sort((x, y) => y[1] - x[1])) {
    s.print(sprintf('%9d   %7d', part, n));
  }
  s.exit(EXIT_SUCCESS);
}

function parseAddValues(s: Session, argv: readonly string[]): NewDevice[] {
  const { newFormat, opts, args } = validateArgs(argv);
  if (!args.length) {
    return [deviceFromOpts(opts)];
  }
  if (newFormat || args.length % 2 !== 0) {
    s.print(USAGE.add);
    s.exit(EXIT_ERROR);
  }
  const devs: NewDevice[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const text = args[i] as string;
    const value = parseAddValue(text);
    if (value.region === null) {
      s.warn(`WARNING: No region specified for ${text}. Defaulting to region 1.\n`);
    }
    const weight = pyParseFloat(args[i + 1] as string);
    if (weight < 0) {
      throw new PyValueError(`Invalid weight value: ${text}`);
    }
    devs.push({
      ...value,
      region: value.region ?? 1,
      replication_ip: value.replication_ip ?? value.ip,
      replication_port: value.replication_port ?? value.port,
      weight,
    });
  }
  return devs;
}

export function add(s: Session): void {
  if (s.argv.length < 5) {
    s.print(USAGE.add);
    s.exit(EXIT_ERROR);
  }
  const b = s.builder;
  if (b.nextPartPower) {
    s.print('Partition power increase in progress. You need ');
    s.print('to finish the increase first before adding devices.');
    s.exit(EXIT_ERROR);
  }
  orValueError(
    s,
    () => {
      for (const dev of parseAddValues(s, s.argv.slice(3))) {
        const clash = b
          .iterDevs()
          .find((d) => d.ip === dev.ip && d.port === dev.port && d.device === dev.device);
        if (clash) {
          s.print(
            sprintf(
              'Device %d already uses %s:%d/%s.',
              clash.id,
              clash.ip,
              clash.port,
              clash.device,
            ),
            UNCHANGED + '\n',
          );
          s.exit(EXIT_ERROR);
        }
        const id = b.addDev(dev);
        s.print(
          `Device ${formatDevice(b.devs[id] as Device)} with ${pyFloat(dev.weight)} weight got id ${id}`,
        );
      }
    },
    UNCHANGED,
  );
  s.saveBuilder();
  s.exit(EXIT_SUCCESS);
}

/** swift's check_devs: none is an error; several need a yes. */
function checkDevs(
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

type Setter = 'weight' | 'region' | 'zone';

function setField(s: Session, field: Setter, usage: string): void {
  if (s.argv.length < 5) {
    usageWithSearch(s, usage);
  }
  const b = s.builder;
  const argv = s.argv.slice(3);
  const { newFormat, opts, args } = validateArgs(argv);
  const parseValue = field === 'weight' ? pyParseFloat : pyInt;
  const apply = (devs: Device[], value: number): void => {
    checkDevs(
      s,
      devs,
      `Are you sure you want to update the ${field} for these ${devs.length} devices? (y/N) `,
      'Aborting device modifications',
      opts.yes,
    );
    for (const dev of devs) {
      if (field === 'weight') {
        b.setDevWeight(dev.id, value);
      } else if (field === 'region') {
        b.setDevRegion(dev.id, value);
      } else {
        b.setDevZone(dev.id, value);
      }
      const shown = field === 'weight' ? pyFloat(value) : String(value);
      s.print(`${formatDevice(dev)} ${field} set to ${shown}`);
    }
  };
  orValueError(s, () => {
    if (!newFormat) {
      if (args.length % 2 !== 0) {
        s.print(usage);
        s.exit(EXIT_ERROR);
      }
      // swift pairs the raw arguments (not the parsed ones) and, for region and zone,
      // keeps adding matches across pairs; both quirks are kept
      const matched: Device[] = [];
      for (let i = 0; i + 1 < argv.length; i += 2) {
        const found = b.searchDevs(parseSearchValue(argv[i] as string));
        const value = parseValue(argv[i + 1] as string);
        if (field === 'weight') {
          apply(found, value);
        } else {
          matched.push(...found);
          apply(matched, value);
        }
      }
    } else {
      if (args.length !== 1) {
        s.print(usage);
        s.exit(EXIT_ERROR);
      }
      apply(b.searchDevs(searchValuesFromOpts(opts)), parseValue(args[0] as string));
    }
  });
  s.saveBuilder();
  s.exit(EXIT_SUCCESS);
}

export const setWeight = (s: Session): void => setField(s, 'weight', USAGE.set_weight);
export const setRegion = (s: Session): void => setField(s, 'region', USAGE.set_region);
export const setZone = (s: Session): void => setField(s, 'zone', USAGE.set_zone);

/** swift's calculate_change_value for `<ip>:<port>` (and the replication pair after `R`). */
function changeAddress(
  text: string,
  change: Record<string, OptValue>,
  ipKey: string,
  portKey: string,
): string {
  let rest = text;
  let ip = '';
  if (rest && rest[0] !== undefined && rest[0] >= '0' && rest[0] <= '9') {
    let i = 1;
    while (i < rest.length && '0123456789.'.includes(rest[i] as string)) {
      i++;
    }
    ip = rest.slice(0, i);
    rest = rest.slice(i);
  } else if (rest.startsWith('[')) {
    let i = 1;
    while (i < rest.length && rest[i] !== ']') {
      i++;
    }
    i++;
    ip = rest.slice(0, i).replace(/^\[+/, '').replace(/\]+$/, '');
    rest = rest.slice(i);
  }
  if (ip) {
    change[ipKey] = validateAndNormalizeIp(ip);
  }
  if (rest.startsWith(':')) {
    let i = 1;
    while (
      i < rest.length &&
      rest[i] !== undefined &&
      (rest[i] as string) >= '0' &&
      (rest[i] as string) <= '9'
    ) {
      i++;
    }
    change[portKey] = pyInt(rest.slice(1, i));
    rest = rest.slice(i);
  }
  return rest;
}

function applyInfo(
  s: Session,
  devs: Device[],
  change: Record<string, OptValue>,
  yes: OptValue,
): void {
  checkDevs(
    s,
    devs,
    `Are you sure you want to update the info for these ${devs.length} devices? (y/N) `,
    'Aborting device modifications',
    yes,
  );
  for (const dev of devs) {
    const before = formatDevice(dev);
    const test = { ...dev, ...change } as Device;
    const clash = s.builder
      .iterDevs()
      .find(
        (d) =>
          d.id !== test.id && d.ip === test.ip && d.port === test.port && d.device === test.device,
      );
    if (clash) {
      s.print(
        sprintf('Device %d already uses %s:%d/%s.', clash.id, clash.ip, clash.port, clash.device),
      );
      s.exit(EXIT_ERROR);
    }
    Object.assign(dev, change);
    s.print(`Device ${before} is now ${formatDevice(dev)}`);
  }
}

export function setInfo(s: Session): void {
  if (s.argv.length < 5) {
    usageWithSearch(s, USAGE.set_info);
  }
  const argv = s.argv.slice(3);
  orValueError(s, () => {
    const { newFormat, opts, args } = validateArgs(argv);
    if (newFormat) {
      const devs = s.builder.searchDevs(searchValuesFromOpts(opts));
      applyInfo(s, devs, changeValuesFromOpts(opts), opts.yes);
      return;
    }
    if (args.length % 2 !== 0) {
      s.print(USAGE.search);
      s.exit(EXIT_ERROR);
    }
    for (let i = 0; i + 1 < argv.length; i += 2) {
      const devs = s.builder.searchDevs(parseSearchValue(argv[i] as string));
      const change: Record<string, OptValue> = {};
      let rest = changeAddress(argv[i + 1] as string, change, 'ip', 'port');
      if (rest.startsWith('R')) {
        rest = changeAddress(rest.slice(1), change, 'replication_ip', 'replication_port');
      }
      if (rest.startsWith('/')) {
        let j = 1;
        while (j < rest.length && rest[j] !== '_') {
          j++;
        }
        change.device = rest.slice(1, j);
        rest = rest.slice(j);
      }
      if (rest.startsWith('_')) {
        change.meta = rest.slice(1);
        rest = '';
      }
      if (rest || !Object.keys(change).length) {
        throw new PyValueError(`Invalid set info change value: ${pyRepr(argv[1] as string)}`);
      }
      applyInfo(s, devs, change, opts.yes);
    }
  });
  s.saveBuilder();
  s.exit(EXIT_SUCCESS);
}

export function remove(s: Session): void {
  if (s.argv.length < 4) {
    usageWithSearch(s, USAGE.remove);
  }
  const b = s.builder;
  if (b.nextPartPower) {
    s.print('Partition power increase in progress. You need ');
    s.print('to finish the increase first before removing devices.');
    s.exit(EXIT_ERROR);
  }
  const { opts } = validateArgs(s.argv.slice(3));
  const devs = searchFromArgs(s, s.argv.slice(3), USAGE.remove, false);
  checkDevs(
    s,
    devs,
    `Are you sure you want to remove these ${devs.length} devices? (y/N) `,
    'Aborting device removals',
    opts.yes,
  );
  for (const dev of devs) {
    b.removeDev(dev.id);
    s.print(`${formatDevice(dev)} marked for removal and will be removed next rebalance.`);
  }
  s.saveBuilder();
  s.exit(EXIT_SUCCESS);
}
