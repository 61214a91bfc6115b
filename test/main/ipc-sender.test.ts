import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../src-main/handlers';

// The Electron binary is absent in tests: only ipcMain.handle is needed, recorded here.
const registered = new Map<string, (event: unknown, payload: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, payload: unknown) => unknown) => {
      registered.set(channel, listener);
    },
  },
}));

const { isTrustedSender, registerIpc } = await import('../../src-main/ipc');

function windowWithId(id: number, destroyed = false): BrowserWindow {
  return { isDestroyed: () => destroyed, webContents: { id } } as unknown as BrowserWindow;
}

function event(senderId: number, url: string, isSubframe = false): IpcMainInvokeEvent {
  return {
    sender: { id: senderId },
    senderFrame: { url, parent: isSubframe ? {} : null },
  } as unknown as IpcMainInvokeEvent;
}

describe('isTrustedSender', () => {
  const window = windowWithId(7);

  it('accepts the app window showing the app', () => {
    expect(isTrustedSender(event(7, 'app://renderer/index.html'), window, undefined)).toBe(true);
    expect(
      isTrustedSender(event(7, 'http://localhost:5173/'), window, 'http://localhost:5173'),
    ).toBe(true);
  });

  it.each([
    ['another webContents', event(8, 'app://renderer/index.html'), window],
    ['a page from elsewhere', event(7, 'https://example.com/'), window],
    ['a file:// page', event(7, 'file:///work/main/out/renderer/index.html'), window],
    ['another app:// host', event(7, 'app://evil/index.html'), window],
    ['a subframe', event(7, 'app://renderer/index.html', true), window],
    ['no window yet', event(7, 'app://renderer/index.html'), null],
    ['a closed window', event(7, 'app://renderer/index.html'), windowWithId(7, true)],
  ])('refuses %s', (_name, sent, target) => {
    expect(isTrustedSender(sent, target, undefined)).toBe(false);
  });

  it('refuses the dev server address when not in development', () => {
    expect(isTrustedSender(event(7, 'http://localhost:5173/'), window, undefined)).toBe(false);
  });
});

describe('registerIpc', () => {
  const handler = vi.fn(async (payload: unknown) => ({ echoed: payload }));
  const handlers = { 'app:version': handler } as unknown as Handlers;

  beforeEach(() => {
    registered.clear();
    handler.mockClear();
  });

  it('serves a trusted sender and refuses others before looking at the payload', async () => {
    registerIpc(handlers, (sent) => (sent as unknown as { trusted: boolean }).trusted);
    const listener = registered.get('app:version');
    expect(listener).toBeDefined();
    expect(await listener?.({ trusted: true }, 'x')).toEqual({ echoed: 'x' });
    expect(() => listener?.({ trusted: false }, 'y')).toThrow(/did not come from the app's window/);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
