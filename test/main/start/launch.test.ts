import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_ELECTRON_REASON } from '../../../src-main/start/choose';
import { launch, type Launcher, type Started } from '../../../src-main/start/launch';

const INDEX = '<!doctype html><title>Recall Deck</title><script src="./assets/app.js"></script>';

/** A built web app in a temp folder, and a launcher over it that records what it did. */
function setUp(opts: { binary?: string; stale?: string; display?: boolean }) {
  const webRoot = mkdtempSync(join(tmpdir(), 'launch-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), INDEX);
  writeFileSync(join(webRoot, 'assets/app.js'), 'console.log(1);');
  const log = { said: [] as string[], opened: [] as string[][], built: 0, electron: 0 };
  const launcher: Launcher = {
    electronBinary: opts.binary ?? null,
    desktop: {
      platform: 'linux',
      env: opts.display ? { DISPLAY: ':0' } : {},
      hasCommand: (name) => name === 'xdg-open',
    },
    port: 0,
    say: (line) => log.said.push(line),
    runElectronVite: async () => {
      log.electron++;
      return 0;
    },
    webBuildStaleness: () => (log.built ? null : (opts.stale ?? null)),
    buildWeb: async () => {
      log.built++;
    },
    open: (command, url) => log.opened.push([...command, url]),
    webRoot,
  };
  return { launcher, log };
}

let started: Started | null = null;
afterEach(async () => {
  if (started?.kind === 'web') {
    await started.served.close();
  }
  started = null;
});

describe('npm start', () => {
  it('runs electron-vite dev where the Electron binary is, and nothing else', async () => {
    const { launcher, log } = setUp({ binary: '/x/electron', stale: 'not built yet' });
    started = await launch(launcher);
    expect(started).toEqual({ kind: 'electron', code: 0 });
    expect(log).toEqual({ said: [], opened: [], built: 0, electron: 1 });
  });

  it('without it serves the web build over HTTP, prints the URL and why, and opens a browser', async () => {
    const { launcher, log } = setUp({ display: true });
    started = await launch(launcher);
    if (started.kind !== 'web') {
      throw new Error('expected the web build');
    }
    const { url } = started.served;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(log.said).toEqual([
      `Recall Deck is running at ${url} (Ctrl+C stops it).`,
      NO_ELECTRON_REASON,
    ]);
    expect(log.opened).toEqual([['xdg-open', url]]);
    expect(log.built).toBe(0);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe(INDEX);
    const script = await fetch(new URL('assets/app.js', url));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(new URL('assets/missing.js', url))).status).toBe(404);
    // a path that climbs out of the folder gets the app, not the file beside it
    expect(await (await fetch(new URL('..%2f..%2fetc%2fpasswd', url))).text()).toBe(INDEX);
  });

  it('rebuilds a stale web build first, saying why', async () => {
    const { launcher, log } = setUp({ stale: 'src-renderer/App.svelte changed', display: true });
    started = await launch(launcher);
    expect(log.built).toBe(1);
    expect(log.said[0]).toBe('Building the web app (src-renderer/App.svelte changed)…');
  });

  it('opens no browser where there is none, and says to open the address', async () => {
    const { launcher, log } = setUp({});
    started = await launch(launcher);
    expect(log.opened).toEqual([]);
    expect(log.said.at(-1)).toBe('No browser to open here: open that address in one.');
    expect((await fetch((started as Extract<Started, { kind: 'web' }>).served.url)).status).toBe(
      200,
    );
  });

  it('takes a free port when the preferred one is busy', async () => {
    const first = setUp({});
    started = await launch(first.launcher);
    const busy = Number(new URL((started as Extract<Started, { kind: 'web' }>).served.url).port);
    const second = setUp({});
    second.launcher.port = busy;
    const other = await launch(second.launcher);
    if (other.kind !== 'web') {
      throw new Error('expected the web build');
    }
    expect(Number(new URL(other.served.url).port)).not.toBe(busy);
    await other.served.close();
  });
});
