/**
 * The distributable ring (`*.ring.gz`) in swift's v1 format (RingData.serialize_v1):
 * gzip of `R1NG`, a big-endian u16 version (1), a big-endian u32 length, a JSON header with
 * sorted keys, then one u16 array per replica in the byte order the header names.
 */
import { ParseError, UnsupportedVersionError } from '../errors';
import type { RingBuilder } from './builder';
import { pyFloat } from './pyformat';
import type { Device } from './types';

export type RingDevice = Omit<Device, 'parts' | 'parts_wanted'>;

export interface RingData {
  devs: (RingDevice | null)[];
  replica2part2dev: Uint16Array[];
  partShift: number;
  nextPartPower: number | null;
  version: number | null;
}

/** swift's gzip mtime, so that the same ring always gives the same bytes. */
const RING_MTIME = 1300507380;
const FLOAT_KEYS: ReadonlySet<string> = new Set(['weight']);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function ringDataOf(builder: RingBuilder): RingData {
  const devs: (RingDevice | null)[] = builder.devs.map((dev) => {
    if (!dev) {
      return null;
    }
    const { parts: _parts, parts_wanted: _wanted, ...ringDev } = dev;
    return ringDev;
  });
  return {
    devs,
    replica2part2dev: builder.replica2part2dev ?? [],
    partShift: builder.partShift,
    nextPartPower: builder.replica2part2dev ? builder.nextPartPower : null,
    version: builder.version,
  };
}

/** Python's json.dumps(sort_keys=True, ensure_ascii=True) for the header's values. */
function pyJson(value: unknown, floatKeys: ReadonlySet<string>, key = ''): string {
  if (value === null || value === undefined) {
    return 'null';
  }
  if (typeof value === 'number') {
    return floatKeys.has(key) ? pyFloat(value) : String(value);
  }
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(
      /[\u007f-\uffff]/g,
      (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'),
    );
  }
  if (Array.isArray(value)) {
    return '[' + value.map((v) => pyJson(v, floatKeys)).join(', ') + ']';
  }
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return (
    '{' +
    entries.map(([k, v]) => `${JSON.stringify(k)}: ${pyJson(v, floatKeys, k)}`).join(', ') +
    '}'
  );
}

/** gzip's header fields swift's ring files carry: a fixed mtime and the file's name. */
export interface GzipHeader {
  /** Seconds since the epoch. */
  mtime: number;
  filename?: string;
}

/**
 * Compresses a ring file. The host gives its codec (RingIO): fflate in the app, Node's zlib in
 * the CLI, which so never loads fflate (a tenth of a short command's start-up).
 */
export type Gzip = (data: Uint8Array, header: GzipHeader) => Uint8Array;
/** Decompresses a ring file; throws on bytes that are not gzip. */
export type Gunzip = (data: Uint8Array) => Uint8Array;

export function serializeRing(ring: RingData, gzip: Gzip, filename?: string): Uint8Array {
  const header: Record<string, unknown> = {
    byteorder: LITTLE_ENDIAN ? 'little' : 'big',
    devs: ring.devs,
    part_shift: ring.partShift,
    replica_count: ring.replica2part2dev.length,
  };
  if (ring.version !== null) {
    header.version = ring.version;
  }
  if (ring.nextPartPower !== null) {
    header.next_part_power = ring.nextPartPower;
  }
  const json = new TextEncoder().encode(pyJson(header, FLOAT_KEYS));
  const arrays = ring.replica2part2dev.reduce((n, row) => n + row.byteLength, 0);
  const out = new Uint8Array(10 + json.length + arrays);
  const view = new DataView(out.buffer);
  out.set([0x52, 0x31, 0x4e, 0x47], 0);
  view.setUint16(4, 1);
  view.setUint32(6, json.length);
  out.set(json, 10);
  let offset = 10 + json.length;
  for (const row of ring.replica2part2dev) {
    out.set(new Uint8Array(row.buffer, row.byteOffset, row.byteLength), offset);
    offset += row.byteLength;
  }
  return gzip(out, {
    mtime: RING_MTIME,
    ...(filename ? { filename: filename.replace(/\.gz$/, '') } : {}),
  });
}

export function deserializeRing(bytes: Uint8Array, gunzip: Gunzip, file = 'ring'): RingData {
  let raw: Uint8Array;
  try {
    raw = gunzip(bytes);
  } catch (error) {
    throw new ParseError(`not a gzip file (${(error as Error).message})`, { file });
  }
  if (String.fromCharCode(...raw.subarray(0, 4)) !== 'R1NG') {
    throw new ParseError('not a v1 ring file (pickled rings are not supported)', { file });
  }
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const version = view.getUint16(4);
  if (version !== 1) {
    throw new UnsupportedVersionError(`Unknown ring format version ${version}`, { file });
  }
  const jsonLength = view.getUint32(6);
  const header = JSON.parse(new TextDecoder().decode(raw.subarray(10, 10 + jsonLength))) as {
    devs: (RingDevice | null)[];
    part_shift: number;
    replica_count: number;
    byteorder?: string;
    version?: number;
    next_part_power?: number;
  };
  const parts = 2 ** (32 - header.part_shift);
  const littleInFile = (header.byteorder ?? 'little') === 'little';
  const rows: Uint16Array[] = [];
  let offset = 10 + jsonLength;
  for (let r = 0; r < header.replica_count; r++) {
    const length = Math.min(parts, (raw.length - offset) >> 1);
    const row = new Uint16Array(length);
    for (let i = 0; i < length; i++) {
      const at = offset + 2 * i;
      row[i] = view.getUint16(at, littleInFile);
    }
    rows.push(row);
    offset += 2 * length;
  }
  return {
    devs: header.devs,
    replica2part2dev: rows,
    partShift: header.part_shift,
    nextPartPower: header.next_part_power ?? null,
    version: header.version ?? null,
  };
}

/** swift compares `to_dict()`s to say whether the ring file is up to date. */
export function sameRing(a: RingData, b: RingData): boolean {
  if (
    a.partShift !== b.partShift ||
    a.version !== b.version ||
    a.nextPartPower !== b.nextPartPower ||
    a.replica2part2dev.length !== b.replica2part2dev.length ||
    pyJson(a.devs, FLOAT_KEYS) !== pyJson(b.devs, FLOAT_KEYS)
  ) {
    return false;
  }
  return a.replica2part2dev.every((row, i) => {
    const other = b.replica2part2dev[i] as Uint16Array;
    return row.length === other.length && row.every((v, j) => v === other[j]);
  });
}
