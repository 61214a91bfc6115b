/**
 * What `npm start` does on this machine: the Electron app where its binary is installed,
 * otherwise the web build in the default browser. Pure decisions; start.ts does the I/O.
 */

export type StartMode = { kind: 'electron'; binary: string } | { kind: 'web'; reason: string };

export const NO_ELECTRON_REASON =
  'No Electron binary in node_modules/electron (its download failed or was skipped at install), ' +
  'so npm start serves the web build instead.';

export function chooseStart(electronBinary: string | null): StartMode {
  return electronBinary === null
    ? { kind: 'web', reason: NO_ELECTRON_REASON }
    : { kind: 'electron', binary: electronBinary };
}

export interface Desktop {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  hasCommand(name: string): boolean;
}

/**
 * The command that opens a URL in the default browser, or null where there is none: no
 * xdg-open, or no graphical session (xdg-open would then start a text browser in this terminal).
 */
export function browserOpener({ platform, env, hasCommand }: Desktop): string[] | null {
  if (platform === 'darwin') {
    return ['open'];
  }
  if (platform === 'win32') {
    return ['cmd', '/c', 'start', '""'];
  }
  if (!env['DISPLAY'] && !env['WAYLAND_DISPLAY']) {
    return null;
  }
  return hasCommand('xdg-open') ? ['xdg-open'] : null;
}
