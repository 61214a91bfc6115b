/**
 * Ring files compressed by fflate, which runs wherever the app does; the CLI uses Node's zlib
 * instead (src-main/cli/native-gzip.ts).
 */
import { gunzipSync, gzipSync } from 'fflate';
import type { Gunzip, Gzip } from './ring-file';

export const fflateGzip: Gzip = (data, header) =>
  gzipSync(data, {
    mtime: header.mtime * 1000,
    ...(header.filename ? { filename: header.filename } : {}),
  });

export const fflateGunzip: Gunzip = (data) => gunzipSync(data);
