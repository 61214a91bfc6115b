import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A sandboxed preload may require only 'electron' (and a few Node shims); electron-vite inlines
// everything else, so what preload.ts imports at runtime must stay small and free of zod.
const SRC = join(import.meta.dirname, '../../src-main');

async function runtimeImports(file: string): Promise<string[]> {
  const source = await readFile(join(SRC, file), 'utf8');
  return [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)';/gms)].map(
    (match) => match[1] as string,
  );
}

describe('preload.ts', () => {
  it('imports at runtime only electron and the dependency-free channels module', async () => {
    expect(await runtimeImports('preload.ts')).toEqual([
      'electron',
      '../src-renderer/lib/ipc/channels',
    ]);
    expect(await runtimeImports('../src-renderer/lib/ipc/channels.ts')).toEqual([]);
  });

  it('exposes one object named api and never ipcRenderer itself', async () => {
    const source = await readFile(join(SRC, 'preload.ts'), 'utf8');
    expect([...source.matchAll(/exposeInMainWorld\('(\w+)'/g)].map((m) => m[1])).toEqual(['api']);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
    expect(source).not.toMatch(/invoke:\s/);
  });
});
