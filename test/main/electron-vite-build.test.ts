import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, type InlineConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Builds main and preload with the real electron.vite.config.ts into a temp folder (the
 * renderer is the web build's business) and checks what Electron will load.
 */
const ROOT = join(import.meta.dirname, '../..');
let outDir: string;
let main: string;
let preload: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'recall-evbuild-'));
  const resolved = await resolveConfig(
    { root: ROOT, logLevel: 'silent', build: { outDir } },
    'build',
    'production',
  );
  for (const target of ['main', 'preload'] as const) {
    await build(resolved.config?.[target] as InlineConfig);
  }
  main = await readFile(join(outDir, 'main', 'index.js'), 'utf8');
  preload = await readFile(join(outDir, 'preload', 'preload.cjs'), 'utf8');
}, 60_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function requires(code: string): string[] {
  return [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1] as string);
}

function esImports(code: string): string[] {
  return [...code.matchAll(/^import .*? from ["']([^"']+)["'];?$/gm)].map((m) => m[1] as string);
}

describe('electron-vite build of main and preload', () => {
  it('writes one file each, where package.json and index.ts expect them', async () => {
    expect(await readdir(join(outDir, 'main'))).toEqual(['index.js']);
    expect(await readdir(join(outDir, 'preload'))).toEqual(['preload.cjs']);
  });

  it('gives a CommonJS preload that requires only electron, as a sandbox demands', () => {
    expect(requires(preload)).toEqual(['electron']);
    expect(esImports(preload)).toEqual([]);
    // zod would show up as its error and core classes (comments may still mention it).
    expect(preload).not.toMatch(/ZodError|\$Zod|\$constructor/);
    expect(preload.length).toBeLessThan(10_000);
    expect(preload).toContain('exposeInMainWorld("api"');
    expect(preload).toContain('"backups:read"');
  });

  it('gives an ES module main that imports only electron and Node built-ins', () => {
    const allowed = new Set([
      'electron',
      ...builtinModules,
      ...builtinModules.map((m) => `node:${m}`),
    ]);
    const imported = esImports(main);
    expect(imported).toContain('electron');
    expect(imported.filter((name) => !allowed.has(name))).toEqual([]);
    expect(requires(main)).toEqual([]);
  });
});
