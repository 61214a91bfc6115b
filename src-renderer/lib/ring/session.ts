/**
 * One run of a swift-ring-builder command: its arguments, its files (behind RingIO so the
 * CLI uses the disk and the app uses IndexedDB), its output and its exit code.
 */
import type { RingBuilder } from './builder';
import { ringDataOf, serializeRing, type Gunzip, type Gzip } from './ring-file';
import { newBuilderId, serializeBuilder } from './state';
import type { Device } from './types';

export const EXIT_SUCCESS = 0;
export const EXIT_WARNING = 1;
export const EXIT_ERROR = 2;

export interface RingIO {
  /** The builder's JSON text, or null when the file does not exist. */
  readBuilder(path: string): string | null;
  writeBuilder(path: string, json: string): void;
  readRing(path: string): Uint8Array | null;
  writeRing(path: string, bytes: Uint8Array): void;
  /** Copies swift keeps under `backups/` beside the builder; optional. */
  backup?(name: string, data: string | Uint8Array): void;
  /** Answer to a y/N question, or null when nobody can answer (swift then fails). */
  ask?(question: string): string | null;
  now(): number;
  /** Random bytes for a new builder's id; Web Crypto's getRandomValues where absent. */
  randomBytes?(length: number): Uint8Array;
  /** Ring-file compression: fflate in the app (portable-gzip.ts), Node's zlib in the CLI. */
  gzip: Gzip;
  gunzip: Gunzip;
}

/** swift's `exit(code)`, unwinding to the runner. */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export class Session {
  stdout = '';
  stderr = '';
  builder!: RingBuilder;

  constructor(
    readonly argv: readonly string[],
    readonly io: RingIO,
    readonly builderFile: string,
    readonly ringFile: string,
  ) {}

  print(...lines: string[]): void {
    this.stdout += (lines.length ? lines.join('\n') : '') + '\n';
  }

  warn(text: string): void {
    this.stderr += text;
  }

  exit(code: number): never {
    throw new Exit(code);
  }

  saveBuilder(backupStamp?: number): void {
    this.builder.id ??= newBuilderId(this.io.randomBytes);
    const json = serializeBuilder(this.builder);
    if (backupStamp !== undefined) {
      this.io.backup?.(`${backupStamp}.${basename(this.builderFile)}`, json);
    }
    this.io.writeBuilder(this.builderFile, json);
  }

  saveRing(backupStamp?: number): void {
    const bytes = serializeRing(ringDataOf(this.builder), this.io.gzip, basename(this.ringFile));
    if (backupStamp !== undefined) {
      this.io.backup?.(`${backupStamp}.${basename(this.ringFile)}`, bytes);
    }
    this.io.writeRing(this.ringFile, bytes);
  }
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** swift's format_device: `d0r1z1-10.0.0.1:6200R10.0.0.1:6200/sdb1_"meta"`. */
export function formatDevice(dev: Device): string {
  const ip = (v: string): string => (v.includes(':') ? `[${v}]` : v);
  return (
    `d${dev.id}r${dev.region}z${dev.zone}-${ip(dev.ip)}:${dev.port}` +
    `R${ip(dev.replication_ip)}:${dev.replication_port}/${dev.device}_"${dev.meta}"`
  );
}
