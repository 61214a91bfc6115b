import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src-renderer/lib/ipc/channels';
import { CONTENT_SECURITY_POLICY } from '../../src-main/csp';

/**
 * src-main/index.ts against a stand-in for Electron (the binary is absent here): which window
 * it opens, how it locks it down, and what it registers. test/e2e/electron.spec.ts runs the
 * real thing where Electron is installed.
 */
type Listener = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  class FakeContents {
    id = 41;
    handlers = new Map<string, Listener>();
    openHandler: Listener | null = null;
    sent: unknown[][] = [];
    on(event: string, listener: Listener): void {
      this.handlers.set(event, listener);
    }
    setWindowOpenHandler(handler: Listener): void {
      this.openHandler = handler;
    }
    send(...args: unknown[]): void {
      this.sent.push(args);
    }
  }
  class FakeWindow {
    webContents = new FakeContents();
    loaded: string[] = [];
    focused = 0;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      state.windows.push(this);
    }
    static getAllWindows(): FakeWindow[] {
      return state.windows;
    }
    once(): void {}
    on(): void {}
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {
      this.focused += 1;
    }
    async loadURL(url: string): Promise<void> {
      this.loaded.push(url);
    }
  }
  type MenuItem = { label?: string; click?: () => void; submenu?: MenuItem[] };
  const state = {
    lock: true,
    quit: 0,
    sandboxAll: 0,
    appOn: new Map<string, Listener>(),
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    ipc: new Map<string, (event: unknown, payload?: unknown) => unknown>(),
    windows: [] as FakeWindow[],
    template: [] as MenuItem[],
    onHeaders: null as
      | ((
          details: { url: string; responseHeaders?: Record<string, string[]> },
          callback: (response: unknown) => void,
        ) => void)
      | null,
    permission: null as
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | null,
  };
  return { state, FakeWindow };
});

vi.mock('electron', () => {
  const { state, FakeWindow } = fake;
  return {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => state.lock,
      enableSandbox: () => {
        state.sandboxAll += 1;
      },
      quit: () => {
        state.quit += 1;
      },
      on: (event: string, listener: Listener) => state.appOn.set(event, listener),
      whenReady: () => Promise.resolve(),
      getName: () => 'Recall Deck',
      getVersion: () => '0.1.0',
      getPath: (name: string) => `/nonexistent/${name}`,
      getAppPath: () => '/nonexistent/app',
      getPreferredSystemLanguages: () => ['ja-JP'],
      getLocale: () => 'ja',
    },
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (listener: typeof state.onHeaders) => {
            state.onHeaders = listener;
          },
        },
        setPermissionRequestHandler: (handler: typeof state.permission) => {
          state.permission = handler;
        },
        setPermissionCheckHandler: () => {},
      },
    },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, payload?: unknown) => unknown) =>
        state.ipc.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: typeof state.template) => {
        state.template = template;
        return template;
      },
      setApplicationMenu: () => {},
    },
    dialog: {},
  };
});

async function start(lock = true) {
  vi.resetModules();
  Object.assign(fake.state, {
    lock,
    quit: 0,
    sandboxAll: 0,
    appOn: new Map(),
    schemes: [],
    protocolHandlers: new Map(),
    ipc: new Map(),
    windows: [],
    template: [],
  });
  delete process.env['ELECTRON_RENDERER_URL'];
  await import('../../src-main/index');
  // Let app.whenReady().then(...) run.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const window = fake.state.windows[0];
  if (lock && !window) {
    throw new Error('no window was created');
  }
  return { state: fake.state, window: window as NonNullable<typeof window> };
}

function appEvent(url: string, senderId = 41) {
  return { sender: { id: senderId }, senderFrame: { url, parent: null } };
}

describe('main process', () => {
  it('opens one sandboxed, isolated window on app://renderer', async () => {
    const { state, window } = await start();
    expect(state.windows).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(window.options.webPreferences['preload'])).toMatch(/preload[/\\]preload\.cjs$/);
    expect(window.loaded).toEqual(['app://renderer/index.html']);
    expect(state.sandboxAll).toBe(1);
    expect(state.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(state.protocolHandlers.has('app')).toBe(true);
  });

  it('blocks navigation and new windows', async () => {
    const { window } = await start();
    let prevented = false;
    const willNavigate = window.webContents.handlers.get('will-navigate') as (event: {
      preventDefault(): void;
    }) => void;
    willNavigate({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect((window.webContents.openHandler as () => unknown)()).toEqual({ action: 'deny' });
  });

  it('sends the CSP on the app responses and grants only clipboard writes', async () => {
    const { state } = await start();
    const answers: unknown[] = [];
    state.onHeaders?.(
      { url: 'app://renderer/index.html', responseHeaders: { 'Content-Type': ['text/html'] } },
      (response) => answers.push(response),
    );
    state.onHeaders?.({ url: 'https://example.com/' }, (response) => answers.push(response));
    expect(answers).toEqual([
      {
        responseHeaders: {
          'Content-Type': ['text/html'],
          'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        },
      },
      {},
    ]);
    const granted: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      state.permission?.({}, permission, (answer) => granted.push(answer));
    }
    state.permission?.({}, 'clipboard-sanitized-write', (answer) => granted.push(answer));
    expect(granted).toEqual([false, false, false, false, true]);
  });

  it('serves the bridge to its window only', async () => {
    const { state } = await start();
    const invokeChannels = Object.values(CHANNELS).filter((c) => c !== CHANNELS.menu);
    expect([...state.ipc.keys()].sort()).toEqual([...invokeChannels].sort());
    const version = state.ipc.get(CHANNELS.appVersion);
    expect(await version?.(appEvent('app://renderer/index.html'))).toBe('0.1.0');
    expect(() => version?.(appEvent('app://renderer/index.html', 99))).toThrow(/Refused/);
    expect(() => version?.(appEvent('https://example.com/'))).toThrow(/Refused/);
  });

  it('builds the menu in the system language and sends its commands to the window', async () => {
    const { state, window } = await start();
    expect(state.template.map((item) => item.label)).toContain('ファイル');
    const file = state.template.find((item) => item.label === 'ファイル');
    file?.submenu?.find((item) => item.label === 'インポート…')?.click?.();
    expect(window.webContents.sent).toEqual([[CHANNELS.menu, 'import']]);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { state, window } = await start();
    (state.appOn.get('second-instance') as () => void)();
    expect(window.focused).toBe(1);
  });

  it('quits at once when another instance holds the lock', async () => {
    const { state } = await start(false);
    expect(state.quit).toBe(1);
    expect(state.windows).toEqual([]);
    expect(state.appOn.has('second-instance')).toBe(false);
  });
});
