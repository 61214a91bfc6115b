/**
 * Ring files gzipped by Node's zlib (native, several times faster than fflate on a
 * part-power-18 ring), with the same header fflate writes: swift's fixed mtime and the name.
 */
import type * as Zlib from 'node:zlib';
import type { Gunzip, Gzip } from '../../src-renderer/lib/ring/ring-file';

/**
 * Loaded on first use: zlib brings Node's stream classes with it (4 ms), and most commands
 * (create, add, a listing) never touch a ring file.
 */
const zlib = (): typeof Zlib => process.getBuiltinModule('node:zlib');

/**
 * A ring's rows are shuffled device ids: nothing repeats for LZ77 to find, and what compresses
 * is that few byte values occur. Huffman coding alone writes a part-power-18 ring in half of
 * level 1's time (12 ms instead of 25 under load; level 9, as swift writes, takes 85), 4 %
 * larger than level 1 and 6 % larger than swift's; readers see the same bytes after gunzip.
 */
const ringDeflate = (z: typeof Zlib): Zlib.ZlibOptions => ({
  strategy: z.constants.Z_HUFFMAN_ONLY,
});
const FNAME = 0x08;
const OS_UNIX = 3;

export const nativeGzip: Gzip = (data, { mtime, filename }) => {
  const z = zlib();
  const name = filename ? Buffer.from(filename + '\0', 'latin1') : Buffer.alloc(0);
  const header = Buffer.alloc(10);
  header.set([0x1f, 0x8b, 8, filename ? FNAME : 0]);
  header.writeUInt32LE(mtime >>> 0, 4);
  header[9] = OS_UNIX;
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(z.crc32(data) >>> 0, 0);
  trailer.writeUInt32LE(data.length >>> 0, 4);
  return new Uint8Array(
    Buffer.concat([header, name, z.deflateRawSync(data, ringDeflate(z)), trailer]),
  );
};

export const nativeGunzip: Gunzip = (data) => new Uint8Array(zlib().gunzipSync(data));
