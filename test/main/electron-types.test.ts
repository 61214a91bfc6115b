import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const kept = new URL('src-main/electron-types/electron.d.ts', root);
const installed = new URL('node_modules/electron/electron.d.ts', root);
const pinned = (
  JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
    optionalDependencies: Record<string, string>;
  }
).optionalDependencies['electron'];

describe('the Electron types kept for machines without the binary', () => {
  it('are those of the pinned Electron version', () => {
    expect(readFileSync(kept, 'utf8').split('\n')[0]).toBe(
      `// Type definitions for Electron ${pinned}`,
    );
  });

  // reason: runs only where npm could install the electron package (its postinstall needs a
  // download host this machine cannot reach); elsewhere there is nothing to compare with
  it.runIf(existsSync(installed))('are byte for byte the installed package’s own', () => {
    expect(readFileSync(kept, 'utf8')).toBe(readFileSync(installed, 'utf8'));
  });
});
