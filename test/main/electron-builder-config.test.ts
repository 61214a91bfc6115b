import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';

// Loaded and checked by electron-builder's own code (the loader and JSON-schema validator that
// `electron-builder` runs first), so a typo fails here rather than on a packaging machine.
const ROOT = join(import.meta.dirname, '../..');
const load = (): Promise<Configuration> => getConfig(ROOT, null, null);

function targets(platform: unknown): unknown {
  return (platform as { target?: unknown } | null | undefined)?.target;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder validation', async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBe(
      undefined,
    );
  });

  it('is checked strictly: an unknown option is refused', async () => {
    const config = { ...(await load()), extraResourcess: ['decks'] } as Configuration;
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(
      /extraResourcess/,
    );
  });

  it('names the app and packs the build output with the decks beside it', async () => {
    const config = await load();
    expect(config.appId).toBe('dev.recalldeck.app');
    expect(config.productName).toBe('Recall Deck');
    expect(config.directories?.buildResources).toBe('build');
    // getConfig normalises the list into one file set.
    expect(config.files).toEqual([
      { filter: ['out/**', '!out/cli/**', '!**/*.map', '!node_modules/**'] },
    ]);
    expect(config.extraResources).toEqual([{ from: 'decks', to: 'decks', filter: ['**/*'] }]);
  });

  it('builds AppImage and deb, an NSIS installer and a dmg', async () => {
    const config = await load();
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win)).toEqual(['nsis']);
    expect(targets(config.mac)).toEqual(['dmg']);
    // fpm refuses a deb without a maintainer e-mail and a homepage.
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>$/);
    expect(config.extraMetadata?.['homepage']).toMatch(/^https:\/\//);
  });

  it('turns off the Electron fuses an offline app does not need', async () => {
    const config = await load();
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages the Electron version package.json pins, without reading node_modules', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      optionalDependencies: Record<string, string>;
    };
    expect(pkg.optionalDependencies['electron']).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await load()).electronVersion).toBe(pkg.optionalDependencies['electron']);
  });

  it('starts the main file electron-vite writes', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      main: string;
      scripts: Record<string, string>;
    };
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.scripts['dist']).toBe('electron-vite build && electron-builder');
  });
});

describe('build/icon.png', () => {
  it('is a 1024x1024 RGBA PNG, from which electron-builder derives .icns and .ico', async () => {
    const config = await load();
    for (const icon of [config.linux?.icon, config.win?.icon, config.mac?.icon]) {
      expect(icon).toBe('build/icon.png');
    }
    const png = await readFile(join(ROOT, 'build/icon.png'));
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1024);
    expect(png.readUInt32BE(20)).toBe(1024);
    expect(png[25]).toBe(6);
  });
});
