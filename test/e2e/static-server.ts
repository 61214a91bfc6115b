/**
 * Serves dist/web under a sub-path (not at the root), proving the web build works from any
 * folder of any static server: the same server as `npm start` without Electron.
 * Usage: tsx test/e2e/static-server.ts <port> <prefix>
 */
import { join } from 'node:path';
import { serveStatic } from '../../src-main/start/static-server';

const [port = '4173', prefix = '/recall-deck/'] = process.argv.slice(2);
const served = await serveStatic({
  root: join(import.meta.dirname, '../../dist/web'),
  prefix,
  port: Number(port),
});
console.log(`serving dist/web at ${served.url}`);
