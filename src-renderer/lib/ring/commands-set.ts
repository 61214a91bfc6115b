/**
 * swift-ring-builder's set_weight, set_region, set_zone and set_info, in both the
 * search-value and the `--option` syntax, with swift's quirks kept.
 */
import { validateAndNormalizeIp } from './address';
import { checkDevs, orValueError, usageWithSearch } from './device-args';
import type { OptValue } from './optparse';
import {
  changeValuesFromOpts,
  parseSearchValue,
  searchValuesFromOpts,
  validateArgs,
} from './parse';
import { PyValueError, pyFloat, pyInt, pyParseFloat, pyRepr, sprintf } from './pyformat';
import { EXIT_ERROR, EXIT_SUCCESS, formatDevice, type Session } from './session';
import type { Device } from './types';
import { USAGE } from './usage';

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
