import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The Electron executable the electron package installed, or null: the package is missing (an
 * optional dependency whose download failed) or its binary is (ELECTRON_SKIP_BINARY_DOWNLOAD).
 * From Node, `require('electron')` is the binary's path and throws when it was not downloaded.
 */
export function electronBinary(from: string): string | null {
  try {
    const path = createRequire(from)('electron') as unknown;
    if (typeof path !== 'string') {
      return null;
    }
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return null;
  }
}
