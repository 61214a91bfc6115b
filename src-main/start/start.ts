/** `npm start`: see launch.ts. Run with tsx from the repository root. */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { electronBinary } from './electron-binary';
import { launch } from './launch';
import { WEB_OUT, buildWeb, webBuildStaleness } from './web-build';

const ROOT = join(import.meta.dirname, '../..');
const PORT = 4173;

function hasCommand(name: string): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function runElectronVite(): Promise<number> {
  const pkg = createRequire(import.meta.url).resolve('electron-vite/package.json');
  const child = spawn(
    process.execPath,
    [join(dirname(pkg), 'bin/electron-vite.js'), 'dev', ...process.argv.slice(2)],
    { cwd: ROOT, stdio: 'inherit' },
  );
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

const started = await launch({
  electronBinary: electronBinary(import.meta.url),
  desktop: { platform: process.platform, env: process.env, hasCommand },
  port: PORT,
  say: (line) => console.log(line),
  runElectronVite,
  webBuildStaleness: () => webBuildStaleness(ROOT),
  buildWeb: () => buildWeb(ROOT),
  open: (command, url) => {
    const [file, ...args] = command as [string, ...string[]];
    const child = spawn(file, [...args, url], { detached: true, stdio: 'ignore' });
    child.on('error', () => console.log('Could not open a browser: open that address in one.'));
    child.unref();
  },
  webRoot: join(ROOT, WEB_OUT),
});
if (started.kind === 'electron') {
  process.exitCode = started.code;
}
