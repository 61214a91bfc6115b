/**
 * swift-ring-builder's device syntaxes: the add value `r1z1-10.0.0.1:6200R…/sdb1_meta`,
 * the search value `d1r1z2-10.0.0.1:6200/sdb1`, and their `--option` equivalents.
 * Error messages are swift's.
 */
import { validateAndNormalizeAddress, validateAndNormalizeIp } from './address';
import type { NewDevice, SearchValues } from './builder';
import { DEVICE_OPTIONS, optparse, type OptValue } from './optparse';
import { PyValueError, pyInt, pyParseFloat, pyRepr } from './pyformat';

export interface AddValue {
  region: number | null;
  zone: number;
  ip: string;
  port: number;
  device: string;
  replication_ip: string | null;
  replication_port: number | null;
  meta: string;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** Leading `<prefix><digits>`: returns the number and the rest, like swift's loops. */
function takeNumber(text: string): [number, string] {
  let i = 1;
  while (i < text.length && isDigit(text[i])) {
    i++;
  }
  return [pyInt(text.slice(1, i)), text.slice(i)];
}

function validDeviceName(name: string): boolean {
  return !(name.startsWith(' ') || name.endsWith(' ') || name.length === 0);
}

function parseAddress(text: string): [string, number, string] {
  let rest = text.startsWith('[') ? text.replace('[', '').replace(']', '') : text;
  let pos = 0;
  while (pos < rest.length && rest[pos] !== 'R' && rest[pos] !== '/') {
    pos++;
  }
  const address = rest.slice(0, pos);
  rest = rest.slice(pos);
  const portStart = address.lastIndexOf(':');
  if (portStart === -1) {
    throw new PyValueError('Invalid port in add value');
  }
  const portText = address.slice(portStart + 1);
  if (!/^\s*[+-]?\d+\s*$/.test(portText)) {
    throw new PyValueError(`Invalid port ${address.slice(portStart)} in add value`);
  }
  return [validateAndNormalizeIp(address.slice(0, portStart)), Number(portText), rest];
}

export function parseAddValue(value: string): AddValue {
  let region: number | null = null;
  let rest = value;
  if (value.startsWith('r')) {
    [region, rest] = takeNumber(value);
  }
  if (!rest.startsWith('z')) {
    throw new PyValueError(`Invalid add value: ${value}`);
  }
  const [zone, afterZone] = takeNumber(rest);
  rest = afterZone;
  if (!rest.startsWith('-')) {
    throw new PyValueError(`Invalid add value: ${value}`);
  }
  const [ip, port, afterAddress] = parseAddress(rest.slice(1));
  rest = afterAddress;
  let replicationIp: string | null = null;
  let replicationPort: number | null = null;
  if (rest.startsWith('R')) {
    [replicationIp, replicationPort, rest] = parseAddress(rest.slice(1));
  }
  if (!rest.startsWith('/')) {
    throw new PyValueError(`Invalid add value: ${value}`);
  }
  let i = 1;
  while (i < rest.length && rest[i] !== '_') {
    i++;
  }
  const device = rest.slice(1, i);
  if (!validDeviceName(device)) {
    throw new PyValueError('Invalid device name');
  }
  rest = rest.slice(i);
  const meta = rest.startsWith('_') ? rest.slice(1) : '';
  return {
    region,
    zone,
    ip,
    port,
    device,
    replication_ip: replicationIp,
    replication_port: replicationPort,
    meta,
  };
}

/** An ip at the start of `text` (digits and dots, or [v6]); swift's scanning rule. */
function takeIp(text: string): [string | null, string] {
  if (isDigit(text[0])) {
    let i = 1;
    while (i < text.length && '0123456789.'.includes(text[i] as string)) {
      i++;
    }
    return [text.slice(0, i), text.slice(i)];
  }
  if (text.startsWith('[')) {
    let i = 1;
    while (i < text.length && text[i] !== ']') {
      i++;
    }
    i++;
    return [text.slice(0, i).replace(/^\[+/, '').replace(/\]+$/, ''), text.slice(i)];
  }
  return [null, text];
}

function takePort(text: string): [number | undefined, string] {
  if (!text.startsWith(':')) {
    return [undefined, text];
  }
  const [port, rest] = takeNumber(text);
  return [port, rest];
}

export function parseSearchValue(value: string): SearchValues {
  const match: SearchValues = {};
  let rest = value;
  if (rest.startsWith('d')) {
    [match.id, rest] = takeNumber(rest);
  }
  if (rest.startsWith('r')) {
    [match.region, rest] = takeNumber(rest);
  }
  if (rest.startsWith('z')) {
    [match.zone, rest] = takeNumber(rest);
  }
  if (rest.startsWith('-')) {
    rest = rest.slice(1);
  }
  let ip: string | null;
  [ip, rest] = takeIp(rest);
  if (ip !== null) {
    match.ip = validateAndNormalizeIp(ip);
  }
  let port: number | undefined;
  [port, rest] = takePort(rest);
  if (port !== undefined) {
    match.port = port;
  }
  if (rest.startsWith('R')) {
    [ip, rest] = takeIp(rest.slice(1));
    if (ip !== null) {
      match.replication_ip = validateAndNormalizeIp(ip);
    }
    [port, rest] = takePort(rest);
    if (port !== undefined) {
      match.replication_port = port;
    }
  }
  if (rest.startsWith('/')) {
    let i = 1;
    while (i < rest.length && rest[i] !== '_') {
      i++;
    }
    match.device = rest.slice(1, i);
    rest = rest.slice(i);
  }
  if (rest.startsWith('_')) {
    match.meta = rest.slice(1);
    rest = '';
  }
  if (rest) {
    throw new PyValueError(`Invalid <search-value>: ${pyRepr(value)}`);
  }
  return match;
}

export interface DeviceArgs {
  newFormat: boolean;
  opts: Record<string, OptValue>;
  args: string[];
}

/** swift's validate_args: parse the device options and tell which syntax was used. */
export function validateArgs(argv: readonly string[]): DeviceArgs {
  const { opts, args } = optparse(DEVICE_OPTIONS, argv);
  const newFormat =
    opts.id !== undefined ||
    opts.region !== undefined ||
    opts.zone !== undefined ||
    Boolean(opts.ip) ||
    Boolean(opts.port) ||
    Boolean(opts.replication_ip) ||
    Boolean(opts.replication_port) ||
    Boolean(opts.device) ||
    opts.weight !== undefined ||
    Boolean(opts.meta);
  return { newFormat, opts, args };
}

export function searchValuesFromOpts(opts: Record<string, OptValue>): SearchValues {
  const values: Record<string, OptValue> = {};
  for (const key of [
    'id',
    'region',
    'zone',
    'ip',
    'port',
    'replication_ip',
    'replication_port',
    'device',
    'weight',
    'meta',
  ]) {
    let value = opts[key];
    if (value && (key === 'ip' || key === 'replication_ip')) {
      value = validateAndNormalizeAddress(String(value));
    }
    values[key] = value;
  }
  return values as SearchValues;
}

export function changeValuesFromOpts(opts: Record<string, OptValue>): Record<string, OptValue> {
  const change: Record<string, OptValue> = {};
  for (const key of ['ip', 'port', 'replication_ip', 'replication_port', 'device', 'meta']) {
    let value = opts['change_' + key];
    if (value) {
      if (key === 'ip' || key === 'replication_ip') {
        value = validateAndNormalizeAddress(String(value));
      }
      change[key] = value;
    }
  }
  return change;
}

export function deviceFromOpts(opts: Record<string, OptValue>): NewDevice {
  for (const [attr, short, long] of [
    ['region', '-r', '--region'],
    ['zone', '-z', '--zone'],
    ['ip', '-i', '--ip'],
    ['port', '-p', '--port'],
    ['device', '-d', '--device'],
    ['weight', '-w', '--weight'],
  ] as const) {
    if (opts[attr] === undefined) {
      throw new PyValueError(`Required argument ${short}/${long} not specified.`);
    }
  }
  const ip = validateAndNormalizeAddress(String(opts.ip));
  const replicationIp = validateAndNormalizeAddress(String(opts.replication_ip || opts.ip));
  const device = String(opts.device);
  if (!validDeviceName(device)) {
    throw new PyValueError('Invalid device name');
  }
  return {
    region: opts.region as number,
    zone: opts.zone as number,
    ip,
    port: opts.port as number,
    device,
    meta: String(opts.meta ?? ''),
    replication_ip: replicationIp,
    replication_port: (opts.replication_port || opts.port) as number,
    weight: opts.weight as number,
  };
}

/**
 * swift's _parse_add_values: the arguments after `add`, in either syntax, as the devices swift
 * would add (region, replication ip and port defaulted as swift does). Null where swift prints
 * the add usage (both syntaxes mixed, or a value without its weight); swift's ValueError
 * (a bad value, a negative weight) is thrown as PyValueError. `regionDefaulted` hears of each
 * add value written without `r<region>` when swift warns about it, before a later value fails.
 */
export function parseAddArgs(
  argv: readonly string[],
  regionDefaulted: (value: string) => void = () => {},
): NewDevice[] | null {
  const { newFormat, opts, args } = validateArgs(argv);
  if (!args.length) {
    return [deviceFromOpts(opts)];
  }
  if (newFormat || args.length % 2 !== 0) {
    return null;
  }
  const devices: NewDevice[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const text = args[i] as string;
    const value = parseAddValue(text);
    if (value.region === null) {
      regionDefaulted(text);
    }
    const weight = pyParseFloat(args[i + 1] as string);
    if (weight < 0) {
      throw new PyValueError(`Invalid weight value: ${text}`);
    }
    devices.push({
      ...value,
      region: value.region ?? 1,
      replication_ip: value.replication_ip ?? value.ip,
      replication_port: value.replication_port ?? value.port,
      weight,
    });
  }
  return devices;
}
