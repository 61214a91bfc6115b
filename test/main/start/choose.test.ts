import { describe, expect, it } from 'vitest';
import { NO_ELECTRON_REASON, browserOpener, chooseStart } from '../../../src-main/start/choose';

describe('chooseStart', () => {
  it('runs the Electron app where the binary is installed', () => {
    expect(chooseStart('/repo/node_modules/electron/dist/electron')).toEqual({
      kind: 'electron',
      binary: '/repo/node_modules/electron/dist/electron',
    });
  });

  it('serves the web build without it, saying why', () => {
    expect(chooseStart(null)).toEqual({ kind: 'web', reason: NO_ELECTRON_REASON });
    expect(NO_ELECTRON_REASON).toMatch(/^No Electron binary/);
  });
});

describe('browserOpener', () => {
  const desktop = (
    platform: NodeJS.Platform,
    env: Record<string, string>,
    commands: string[] = [],
  ) => ({ platform, env, hasCommand: (name: string) => commands.includes(name) });

  it('uses xdg-open in a graphical Linux session', () => {
    expect(browserOpener(desktop('linux', { DISPLAY: ':0' }, ['xdg-open']))).toEqual(['xdg-open']);
    expect(browserOpener(desktop('linux', { WAYLAND_DISPLAY: 'wayland-0' }, ['xdg-open']))).toEqual(
      ['xdg-open'],
    );
  });

  it('opens nothing without xdg-open or without a display (a server, a container)', () => {
    expect(browserOpener(desktop('linux', { DISPLAY: ':0' }))).toBeNull();
    expect(browserOpener(desktop('linux', {}, ['xdg-open']))).toBeNull();
  });

  it('uses open on macOS and start on Windows', () => {
    expect(browserOpener(desktop('darwin', {}))).toEqual(['open']);
    expect(browserOpener(desktop('win32', {}))).toEqual(['cmd', '/c', 'start', '""']);
  });
});
