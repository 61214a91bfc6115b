/**
 * Serves dist/web under a sub-path (not at the root), proving the web build works from any
 * folder of any static server. Usage: tsx test/e2e/static-server.ts <port> <prefix>
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [port = '4173', prefix = '/recall-deck/'] = process.argv.slice(2);
const root = join(import.meta.dirname, '../../dist/web');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(prefix)) {
    response.writeHead(404).end('not found');
    return;
  }
  const relative = normalize(decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
  const file = join(root, relative.startsWith('..') ? 'index.html' : relative);
  if (!existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`serving dist/web at http://127.0.0.1:${port}${prefix}`);
});
