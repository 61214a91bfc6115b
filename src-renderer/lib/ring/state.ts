/**
 * The builder saved as JSON (swift pickles its `.builder`; we do not emulate pickle).
 * Typed arrays are stored as little-endian base64 so a part power 20 ring stays compact.
 */
import { ParseError, UnsupportedVersionError } from '../errors';
import { RingBuilder, type DispersionRow } from './builder';
import type { Device } from './types';

export const BUILDER_FORMAT = 'recall-ring-builder';
export const BUILDER_FORMAT_VERSION = 1;

export interface BuilderJson {
  format: typeof BUILDER_FORMAT;
  version: typeof BUILDER_FORMAT_VERSION;
  part_power: number;
  next_part_power: number | null;
  replicas: number;
  min_part_hours: number;
  devs: (Device | null)[];
  devs_changed: boolean;
  build_version: number;
  overload: number;
  id: string | null;
  replica2part2dev: string[] | null;
  last_part_moves: string | null;
  last_part_moves_epoch: number;
  last_part_gather_start: number;
  dispersion_graph: DispersionRow[];
  dispersion: number | null;
  remove_devs: number[];
}

const BASE64 = new TextEncoder().encode(
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
);
const PAD = 0x3d;

/**
 * Standard base64 (what btoa gives), by the host's `toBase64` where it has one (browsers since
 * 2025; the CLI installs Node's). A part-power-18 builder holds megabytes of replica rows,
 * and btoa over a binary string costs more than the rebalance itself in Node: the ASCII goes
 * into bytes and becomes a string in one native decode.
 */
export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as unknown as { toBase64?: () => string }).toBase64;
  if (native) {
    return native.call(bytes);
  }
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n =
      ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = BASE64[n >>> 18] as number;
    out[o++] = BASE64[(n >>> 12) & 63] as number;
    out[o++] = BASE64[(n >>> 6) & 63] as number;
    out[o++] = BASE64[n & 63] as number;
  }
  if (whole < bytes.length) {
    const two = whole + 1 < bytes.length;
    const n = ((bytes[whole] as number) << 16) | (two ? (bytes[whole + 1] as number) << 8 : 0);
    out[o] = BASE64[n >>> 18] as number;
    out[o + 1] = BASE64[(n >>> 12) & 63] as number;
    out[o + 2] = two ? (BASE64[(n >>> 6) & 63] as number) : PAD;
    out[o + 3] = PAD;
  }
  return new TextDecoder().decode(out);
}

export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array })
    .fromBase64;
  if (native) {
    return native.call(Uint8Array, text);
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}

/** Rows are stored little-endian: on a little-endian host they are encoded and decoded in place. */
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function u16ToBase64(row: Uint16Array): string {
  if (LITTLE_ENDIAN_HOST) {
    return toBase64(new Uint8Array(row.buffer, row.byteOffset, row.byteLength));
  }
  const bytes = new Uint8Array(row.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < row.length; i++) {
    view.setUint16(i * 2, row[i] as number, true);
  }
  return toBase64(bytes);
}

function u16FromBase64(text: string): Uint16Array {
  const bytes = fromBase64(text);
  if (LITTLE_ENDIAN_HOST && bytes.length % 2 === 0 && bytes.byteOffset % 2 === 0) {
    return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  }
  const view = new DataView(bytes.buffer);
  const row = new Uint16Array(bytes.length / 2);
  for (let i = 0; i < row.length; i++) {
    row[i] = view.getUint16(i * 2, true);
  }
  return row;
}

/** A fresh random id, as swift assigns on first save (uuid4().hex). */
export function newBuilderId(
  randomBytes: (length: number) => Uint8Array = (length) =>
    crypto.getRandomValues(new Uint8Array(length)),
): string {
  const bytes = randomBytes(16).slice(0, 16);
  // RFC 4122 version 4 and its variant, as uuid4() sets them: `swift-ring-builder … id` shows it
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function builderToJson(b: RingBuilder): BuilderJson {
  b.id ??= newBuilderId();
  return {
    format: BUILDER_FORMAT,
    version: BUILDER_FORMAT_VERSION,
    part_power: b.partPower,
    next_part_power: b.nextPartPower,
    replicas: b.replicas,
    min_part_hours: b.minPartHours,
    devs: b.devs,
    devs_changed: b.devsChanged,
    build_version: b.version,
    overload: b.overload,
    id: b.id,
    replica2part2dev: b.replica2part2dev?.map(u16ToBase64) ?? null,
    last_part_moves: b.everRebalanced ? toBase64(b.lastPartMoves) : null,
    last_part_moves_epoch: b.lastPartMovesEpoch,
    last_part_gather_start: b.lastPartGatherStart,
    dispersion_graph: b.dispersionGraph,
    dispersion: b.dispersion,
    remove_devs: b.removeDevs,
  };
}

export function builderFromJson(raw: unknown, file = 'builder'): RingBuilder {
  const data = raw as Partial<BuilderJson> | null;
  if (!data || typeof data !== 'object' || data.format !== BUILDER_FORMAT) {
    throw new ParseError(`Ring Builder file is invalid: ${file}`, { file });
  }
  if (data.version !== BUILDER_FORMAT_VERSION) {
    throw new UnsupportedVersionError(
      `builder format version ${String(data.version)} is not supported`,
      { file },
    );
  }
  const d = data as BuilderJson;
  const b = new RingBuilder(1, 1, 1);
  b.partPower = d.part_power;
  b.parts = 2 ** d.part_power;
  b.nextPartPower = d.next_part_power;
  b.replicas = d.replicas;
  b.minPartHours = d.min_part_hours;
  b.devs = d.devs;
  b.devsChanged = d.devs_changed;
  b.version = d.build_version;
  b.overload = d.overload;
  b.id = d.id;
  try {
    b.replica2part2dev = d.replica2part2dev?.map(u16FromBase64) ?? null;
    if (d.last_part_moves) {
      b.lastPartMoves = fromBase64(d.last_part_moves);
    }
  } catch {
    throw new ParseError(`Ring Builder file is invalid: ${file}`, { file });
  }
  b.lastPartMovesEpoch = d.last_part_moves_epoch;
  b.lastPartGatherStart = d.last_part_gather_start;
  b.dispersionGraph = d.dispersion_graph;
  b.dispersion = d.dispersion;
  b.removeDevs = d.remove_devs;
  return b;
}

export function serializeBuilder(b: RingBuilder): string {
  return JSON.stringify(builderToJson(b));
}

export function parseBuilder(text: string, file = 'builder'): RingBuilder {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ParseError(`Ring Builder file is invalid: ${file}`, { file });
  }
  return builderFromJson(raw, file);
}
