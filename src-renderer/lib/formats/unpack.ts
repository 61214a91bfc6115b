/**
 * Decompression with a ceiling. A package's layers (zip entries, the zstd collection, zstd media
 * files, the media index) each say little or nothing true about their unpacked size: a few
 * hundred bytes of zstd can claim, or produce, gigabytes. Every layer is read against one budget
 * per file, and zstd is streamed so that it stops at the ceiling instead of after it.
 */
import { Decompress } from 'fzstd';
import { InputTooLargeError, ParseError } from '../errors';
import { MAX_IMPORT_BYTES } from './types';

/** No single unpacked part of a package may exceed what a whole import file may be. */
export const MAX_UNPACKED_PART_BYTES = MAX_IMPORT_BYTES;
/** All unpacked parts of one package together. */
export const MAX_UNPACKED_TOTAL_BYTES = 2 * MAX_IMPORT_BYTES;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export class UnpackBudget {
  private used = 0;

  constructor(
    readonly file: string,
    readonly partLimit = MAX_UNPACKED_PART_BYTES,
    readonly totalLimit = MAX_UNPACKED_TOTAL_BYTES,
  ) {}

  /** Claims `bytes` more for `part`; refuses once the part or the package is over its limit. */
  take(part: string, bytes: number, partSoFar = bytes): void {
    if (partSoFar > this.partLimit) {
      throw new InputTooLargeError(
        `${part} unpacks to more than ${mb(this.partLimit)}; the limit for one part of a package is ${mb(this.partLimit)}`,
        { file: this.file },
      );
    }
    this.used += bytes;
    if (this.used > this.totalLimit) {
      throw new InputTooLargeError(
        `the package unpacks to more than ${mb(this.totalLimit)} (at ${part}); the limit is ${mb(this.totalLimit)}`,
        { file: this.file },
      );
    }
  }
}

const ZSTD_MAGIC = 0xfd2fb528;
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const FEED = 64 * 1024;

/**
 * fzstd allocates each frame's window (up to 2 GB) before it decodes a byte, sized from the frame
 * header, so every frame header is checked first. Block headers give each block's stored size,
 * which is enough to walk from frame to frame without decoding.
 */
function checkFrames(data: Uint8Array, part: string, budget: UnpackBudget): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const bad = (why: string) =>
    new ParseError(`${part}: bad zstd data (${why})`, { file: budget.file });
  let at = 0;
  while (at < data.length) {
    if (at + 4 > data.length) {
      throw bad('truncated frame');
    }
    const magic = view.getUint32(at, true);
    if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      if (at + 8 > data.length) {
        throw bad('truncated frame');
      }
      at += 8 + view.getUint32(at + 4, true);
      continue;
    }
    if (magic !== ZSTD_MAGIC || at + 5 > data.length) {
      throw bad('not a zstd frame');
    }
    const descriptor = data[at + 4] ?? 0;
    const sizeFlag = descriptor >> 6;
    const singleSegment = (descriptor >> 5) & 1;
    const dictBytes = [0, 1, 2, 4][descriptor & 3] ?? 0;
    const sizeBytes = sizeFlag === 0 ? singleSegment : 1 << sizeFlag;
    let header = at + 5;
    let window = 0;
    if (!singleSegment) {
      const exponent = (data[header] ?? 0) >> 3;
      const base = 2 ** (10 + exponent);
      window = base + (base / 8) * ((data[header] ?? 0) & 7);
      header += 1;
    }
    header += dictBytes;
    if (header + sizeBytes > data.length) {
      throw bad('truncated frame header');
    }
    let contentSize = 0;
    for (let i = sizeBytes - 1; i >= 0; i--) {
      contentSize = contentSize * 256 + (data[header + i] ?? 0);
    }
    if (sizeBytes === 2) {
      contentSize += 256;
    }
    budget.take(part, 0, Math.max(window, contentSize));
    at = header + sizeBytes;
    for (let last = false; !last;) {
      if (at + 3 > data.length) {
        throw bad('truncated block');
      }
      const block = (data[at] ?? 0) | ((data[at + 1] ?? 0) << 8) | ((data[at + 2] ?? 0) << 16);
      last = (block & 1) === 1;
      const type = (block >> 1) & 3;
      at += 3 + (type === 1 ? 1 : block >>> 3);
    }
    at += (descriptor >> 2) & 1 ? 4 : 0;
  }
}

/** Decompresses zstd `data`, taking its size from `budget` as it goes. */
export function unzstdBounded(data: Uint8Array, part: string, budget: UnpackBudget): Uint8Array {
  checkFrames(data, part, budget);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new Decompress((chunk) => {
    size += chunk.length;
    budget.take(part, chunk.length, size);
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += FEED) {
      stream.push(data.subarray(at, at + FEED), at + FEED >= data.length);
    }
    if (data.length === 0) {
      stream.push(data, true);
    }
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      throw error;
    }
    throw new ParseError(`${part}: bad zstd data (${(error as Error).message})`, {
      file: budget.file,
    });
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
