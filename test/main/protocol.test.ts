import { mkdtemp, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/csp';
import { isAppUrl, resolveAppFile, serveAppFile } from '../../src-main/protocol';

// tsconfig.node.json has no DOM lib, and @types/node declares WebAssembly's types but not its value.
const wasm = (
  globalThis as unknown as {
    WebAssembly: {
      compileStreaming(source: Response): Promise<object>;
      Module: { exports(module: object): unknown[] };
    };
  }
).WebAssembly;

let root: string;
const WASM = join(import.meta.dirname, '../../node_modules/sql.js/dist/sql-wasm.wasm');

beforeAll(async () => {
  const parent = await mkdtemp(join(tmpdir(), 'recall-protocol-'));
  root = join(parent, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Recall Deck</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'export {};');
  await copyFile(WASM, join(root, 'assets', 'sql-wasm.wasm'));
  await writeFile(join(parent, 'secret.txt'), 'outside the renderer');
});
afterAll(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

describe('resolveAppFile', () => {
  it('maps app://renderer paths into the renderer folder', () => {
    expect(resolveAppFile(root, 'app://renderer/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://renderer/assets/index.js?v=1#x')).toBe(
      join(root, 'assets', 'index.js'),
    );
  });

  it.each([
    'app://renderer/..%2fsecret.txt',
    'app://renderer/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://renderer/index.html%00.js',
    'app://renderer/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://renderer/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('keeps dot segments, which the URL parser resolves first, inside the folder', () => {
    expect(resolveAppFile(root, 'app://renderer/../../secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'app://renderer/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
  });
});

describe('serveAppFile', () => {
  it('serves the page with its type and the CSP header', async () => {
    const response = await serveAppFile(root, 'app://renderer/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Recall Deck</title>');
  });

  it('serves sql.js wasm so that streaming compilation accepts it', async () => {
    const response = await serveAppFile(root, 'app://renderer/assets/sql-wasm.wasm');
    expect(response.headers.get('content-type')).toBe('application/wasm');
    const module = await wasm.compileStreaming(response);
    expect(wasm.Module.exports(module).length).toBeGreaterThan(0);
  });

  it('answers 404 for a missing file and 403 for a path leaving the folder', async () => {
    expect((await serveAppFile(root, 'app://renderer/nope.js')).status).toBe(404);
    expect((await serveAppFile(root, 'app://renderer/..%2fsecret.txt')).status).toBe(403);
  });
});

describe('isAppUrl', () => {
  it('knows the app origin and, in development only, the dev server', () => {
    expect(isAppUrl('app://renderer/index.html', undefined)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.ts', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('app://renderer.evil/index.html', undefined)).toBe(false);
    expect(isAppUrl('about:blank', undefined)).toBe(false);
  });
});
