/**
 * The built renderer is served from app://renderer/ rather than file://: Chromium's fetch()
 * refuses file:// (sql.js fetches its .wasm), and a real origin makes the CSP's 'self' mean
 * "this app" and lets main check which frame is calling (Electron security checklist).
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://renderer`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** The file under `root` a request names, or null for another host or a path leaving root. */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== 'renderer') {
    return null;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) {
    return null;
  }
  const base = resolve(root);
  const file = resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(base + sep) ? file : null;
}

export async function serveAppFile(root: string, requestUrl: string): Promise<Response> {
  const file = resolveAppFile(root, requestUrl);
  if (file === null) {
    return new Response('Forbidden', { status: 403 });
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return new Response('Not found', { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Whether a frame URL belongs to the app: app://renderer, or the dev server in development. */
export function isAppUrl(frameUrl: string, devServerUrl: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  const allowed = [new URL(APP_ORIGIN), ...(devServerUrl ? [new URL(devServerUrl)] : [])];
  // Compared by protocol and host: URL.origin is "null" for a custom scheme like app:.
  return allowed.some((origin) => origin.protocol === url.protocol && origin.host === url.host);
}
