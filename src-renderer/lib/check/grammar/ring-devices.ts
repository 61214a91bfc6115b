/**
 * swift-ring-builder's `add` by meaning: a device written `r1z1-10.0.0.1:6200/sdb 100`, as
 * `z1-…` (swift's default region 1), or with `--region … --weight` options is the same device.
 * Literal values go through the ring model's own parser (lib/ring/parse.ts: swift's checks and
 * address normalisation); values with placeholders are split by the same syntax, keeping them.
 */
import { validateAndNormalizeAddress } from '../../ring/address';
import { parseAddValue } from '../../ring/parse';
import { PyValueError, pyParseFloat } from '../../ring/pyformat';
import { isPlaceholder, type Word } from '../shell';
import type { Operation } from './operation';
import type { Located, Reading, Value } from './read';

const FIELDS = [
  'region',
  'zone',
  'ip',
  'port',
  'replication_ip',
  'replication_port',
  'device',
  'meta',
  'weight',
] as const;
type Field = (typeof FIELDS)[number];
type Device = Record<Field, string>;

const HOLE = /<[^<>\s][^<>]*>|\[[^[\]\s][^[\]]*\]/g;
const hasHole = (text: string): boolean => text.search(HOLE) >= 0;

/** `[r<region>]z<zone>-<ip>:<port>[R<ip>:<port>]/<device>[_<meta>]`, any part a placeholder. */
const ADD_VALUE =
  /^(?:r(\d+|\0\d+\0))?z(\d+|\0\d+\0)-(\[[^\]]*\]|[^R/]*?):(\d+|\0\d+\0)(?:R(\[[^\]]*\]|[^/]*?):(\d+|\0\d+\0))?\/([^_]*)(?:_(.*))?$/;

/** Placeholders in the syntax above, each one kept whole. */
function splitWithHoles(value: string): Partial<Device> | undefined {
  const holes: string[] = [];
  const masked = value.replace(HOLE, (hole) => `\0${holes.push(hole) - 1}\0`);
  const m = ADD_VALUE.exec(masked);
  if (!m) {
    return undefined;
  }
  const unmask = (text: string | undefined) =>
    text?.replace(/\0(\d+)\0/g, (_, k: string) => holes[Number(k)] ?? '');
  const [, region, zone, ip, port, rip, rport, device, meta] = m.map(unmask);
  return { region, zone, ip, port, replication_ip: rip, replication_port: rport, device, meta };
}

function literalDevice(value: string): Partial<Device> {
  const v = parseAddValue(value);
  return {
    region: v.region === null ? undefined : String(v.region),
    zone: String(v.zone),
    ip: v.ip,
    port: String(v.port),
    replication_ip: v.replication_ip ?? undefined,
    replication_port: v.replication_port === null ? undefined : String(v.replication_port),
    device: v.device,
    meta: v.meta,
  };
}

const normalNumber = (text: string): string =>
  isPlaceholder(text) || hasHole(text) ? text : String(pyParseFloat(text));

const normalAddress = (text: string): string =>
  hasHole(text) ? text : validateAndNormalizeAddress(text);

/** swift's defaults: region 1 in the positional syntax, replication address = the address. */
function complete(device: Partial<Device>, weight: string): string {
  const ip = normalAddress(device.ip ?? '');
  const port = normalNumber(device.port ?? '');
  const full: Device = {
    region: normalNumber(device.region ?? '1'),
    zone: normalNumber(device.zone ?? ''),
    ip,
    port,
    replication_ip: device.replication_ip ? normalAddress(device.replication_ip) : ip,
    replication_port: device.replication_port ? normalNumber(device.replication_port) : port,
    device: device.device ?? '',
    meta: device.meta ?? '',
    weight: normalNumber(weight),
  };
  return `r${full.region}z${full.zone}-${full.ip}:${full.port}R${full.replication_ip}:${full.replication_port}/${full.device}_${full.meta} ${full.weight}`;
}

const REQUIRED: Field[] = ['region', 'zone', 'ip', 'port', 'device', 'weight'];

/**
 * Replaces an `add`'s device positionals and device options by `operation.devices`, one
 * canonical text per device. What swift would refuse is returned as located findings.
 */
export function ringDevices(reading: Reading, operation: Operation, words: Word[]): Located[] {
  if (reading.command !== 'add') {
    return [];
  }
  const leading = new Set(reading.slots.slice(0, reading.leading).map((s) => s.name));
  const slots = [...operation.positionals.keys()].filter((name) => !leading.has(name));
  const loose = slots.flatMap((name) => operation.positionals.get(name) ?? []);
  const problems: Located[] = [];
  const devices: Value[] = [];
  try {
    if (loose.length % 2 === 1) {
      const last = loose[loose.length - 1] as Value;
      problems.push({ finding: { kind: 'missing-argument', slot: 'weight' }, at: last.at });
      return problems;
    }
    if (loose.length) {
      for (let k = 0; k + 1 < loose.length; k += 2) {
        const value = loose[k] as Value;
        const weight = loose[k + 1] as Value;
        const parts = hasHole(value.text) ? splitWithHoles(value.text) : literalDevice(value.text);
        if (!parts) {
          throw new PyValueError(`Invalid add value: ${value.text}`);
        }
        devices.push({ text: complete(parts, weight.text), at: value.at });
      }
    } else {
      const fields: Partial<Device> = {};
      let at = words.length;
      for (const field of FIELDS) {
        const slot = operation.options.get(field);
        const value = slot?.values[slot.values.length - 1];
        if (value) {
          fields[field] = value.text;
          at = Math.min(at, slot?.uses[0]?.at ?? at);
          operation.options.delete(field);
        }
      }
      const missing = REQUIRED.filter((field) => fields[field] === undefined);
      if (missing.length === REQUIRED.length) {
        operation.devices = [];
        return problems;
      }
      if (missing.length) {
        // swift's own message (commands deviceFromOpts): the first one it would name.
        throw new PyValueError(`Required argument --${missing[0]} not specified.`);
      }
      devices.push({ text: complete(fields, fields.weight ?? ''), at });
    }
  } catch (error) {
    if (!(error instanceof PyValueError)) {
      throw error;
    }
    problems.push({
      finding: { kind: 'invalid-value', slot: 'add', note: error.message },
      at: loose[0]?.at,
    });
    return problems;
  }
  slots.forEach((name) => operation.positionals.delete(name));
  operation.devices = devices;
  return problems;
}
