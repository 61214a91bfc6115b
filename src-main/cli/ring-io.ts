/**
 * The disk side of `npm run ring-builder`: builder JSON, ring files and swift's backups/
 * folder beside the builder.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { RingIO } from '../../src-renderer/lib/ring/session';
import { nativeGunzip, nativeGzip } from './native-gzip';

/** One line from stdin for swift's y/N questions; null at end of input. */
function readLine(): string | null {
  const buffer = Buffer.alloc(256);
  let line = '';
  try {
    for (;;) {
      const n = readSync(0, buffer);
      if (n === 0) {
        return line || null;
      }
      line += buffer.subarray(0, n).toString('utf8');
      if (line.includes('\n')) {
        return line.slice(0, line.indexOf('\n'));
      }
    }
  } catch {
    return null;
  }
}

/**
 * From the kernel's random device: the global `crypto` loads Web Crypto with Node's hash and
 * stream modules, 10-20 ms of a `create` that takes about 100. Web Crypto where there is none.
 */
function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  try {
    const fd = openSync('/dev/urandom', 'r');
    try {
      for (let done = 0; done < length;) {
        const n = readSync(fd, bytes, done, length - done, null);
        if (n <= 0) {
          throw new Error('/dev/urandom gave no bytes');
        }
        done += n;
      }
    } finally {
      closeSync(fd);
    }
    return bytes;
  } catch {
    return crypto.getRandomValues(bytes);
  }
}

export function diskIO(): RingIO {
  return {
    readBuilder: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
    writeBuilder: (path, json) => writeFileSync(path, json),
    readRing: (path) => (existsSync(path) ? new Uint8Array(readFileSync(path)) : null),
    writeRing: (path, bytes) => writeFileSync(path, bytes),
    ask: () => readLine(),
    now: () => Date.now() / 1000,
    randomBytes,
    gzip: nativeGzip,
    gunzip: nativeGunzip,
  };
}

export function withBackups(io: RingIO, builderFile: string): RingIO {
  const dir = join(dirname(builderFile), 'backups');
  return {
    ...io,
    backup: (name, data) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, name), data);
    },
  };
}
