/**
 * `npm start` behind its decisions (choose.ts): the Electron app through electron-vite where
 * the binary is there, else the web build, rebuilt when stale, served on localhost and opened
 * in the default browser when there is one. The I/O is passed in so tests can drive it.
 */
import { browserOpener, chooseStart, type Desktop } from './choose';
import { serveStatic, type Served } from './static-server';

export interface Launcher {
  electronBinary: string | null;
  desktop: Desktop;
  /** The preferred port; a busy one falls back to a free one. */
  port: number;
  say(line: string): void;
  runElectronVite(): Promise<number>;
  webBuildStaleness(): string | null;
  buildWeb(): Promise<void>;
  /** Starts the opener; never throws (a missing or failing browser only means no window). */
  open(command: string[], url: string): void;
  webRoot: string;
}

export type Started = { kind: 'electron'; code: number } | { kind: 'web'; served: Served };

export async function launch(l: Launcher): Promise<Started> {
  const mode = chooseStart(l.electronBinary);
  if (mode.kind === 'electron') {
    return { kind: 'electron', code: await l.runElectronVite() };
  }
  const stale = l.webBuildStaleness();
  if (stale) {
    l.say(`Building the web app (${stale})…`);
    await l.buildWeb();
  }
  const served = await serveStatic({ root: l.webRoot, port: l.port, fallback: true });
  l.say(`Recall Deck is running at ${served.url} (Ctrl+C stops it).`);
  l.say(mode.reason);
  const opener = browserOpener(l.desktop);
  if (opener) {
    l.open(opener, served.url);
  } else {
    l.say('No browser to open here: open that address in one.');
  }
  return { kind: 'web', served };
}
