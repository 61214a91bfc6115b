import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nativeGunzip, nativeGzip } from '../../src-main/cli/native-gzip';
import { fflateGunzip, fflateGzip } from '../../src-renderer/lib/ring/portable-gzip';

const header = { mtime: 1300507380, filename: 'object.ring' };

describe('nativeGzip (the CLI writes ring files with it)', () => {
  it('gives what gunzip reads back, with the same header bytes as fflate', () => {
    const data = new Uint8Array(200_003).map((_, i) => (i * 7919) % 251);
    const ours = nativeGzip(data, header);
    const portable = fflateGzip(data, header);
    expect(new Uint8Array(gunzipSync(ours))).toEqual(data);
    const headerLength = 10 + header.filename.length + 1;
    expect(ours.subarray(0, headerLength)).toEqual(portable.subarray(0, headerLength));
    expect(ours.subarray(-8)).toEqual(portable.subarray(-8));
  });

  it('leaves the name out when there is none, as fflate does', () => {
    const data = new TextEncoder().encode('R1NG');
    expect(nativeGzip(data, { mtime: 1 }).subarray(0, 10)).toEqual(
      fflateGzip(data, { mtime: 1 }).subarray(0, 10),
    );
  });

  it('nativeGunzip reads what fflate wrote, and refuses what is not gzip as fflate does', () => {
    const data = new Uint8Array(70_001).map((_, i) => (i * 31) % 256);
    expect(nativeGunzip(fflateGzip(data, header))).toEqual(data);
    expect(fflateGunzip(nativeGzip(data, header))).toEqual(data);
    const notGzip = new TextEncoder().encode('{"format": "recall-ring-builder"}');
    expect(() => fflateGunzip(notGzip)).toThrow();
    expect(() => nativeGunzip(notGzip)).toThrow();
  });
});
