/**
 * Serves a built web app (dist/web) from a folder under a URL prefix, on localhost only:
 * `npm start` without Electron, and the end-to-end tests (under a sub-path, proving the build
 * works from any folder of any static server).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface Served {
  server: Server;
  url: string;
  close(): Promise<void>;
}

function handler(root: string, prefix: string) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(404).end('not found');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    const relative = normalize(path || 'index.html');
    // A path that climbs out of the folder gets the app, never a file beside it.
    const file = join(root, relative.startsWith('..') ? 'index.html' : relative);
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Starts serving; `port` 0 picks a free one, and with `fallback` a busy port does too.
 */
export async function serveStatic(opts: {
  root: string;
  prefix?: string;
  port: number;
  fallback?: boolean;
}): Promise<Served> {
  const prefix = opts.prefix ?? '/';
  const host = '127.0.0.1';
  const server = createServer(handler(opts.root, prefix));
  try {
    await listen(server, opts.port, host);
  } catch (error) {
    if (!opts.fallback || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') {
      throw error;
    }
    await listen(server, 0, host);
  }
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
