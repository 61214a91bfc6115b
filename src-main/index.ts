/**
 * The main process: one window showing the renderer, locked down (sandbox, context isolation,
 * CSP, no navigation, no new windows), one instance at a time.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import { localeFromLanguage, translate } from '../src-renderer/lib/i18n';
import { BackupStore } from './backups';
import { CHANNELS, type MenuCommand } from '../src-renderer/lib/ipc/channels';
import { withCsp } from './csp';
import { shippedDecksRoot } from './decks';
import { createHandlers, type HostServices } from './handlers';
import { isTrustedSender, registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_INDEX_URL, APP_SCHEME, isAppUrl, serveAppFile } from './protocol';

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
let mainWindow: BrowserWindow | null = null;
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

// Every renderer sandboxed, whatever a future window forgets to ask for.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: app.getName(),
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(devServerUrl ?? APP_INDEX_URL);
  return window;
}

function hostServices(): HostServices {
  const parent = (): BrowserWindow | undefined => mainWindow ?? undefined;
  return {
    appVersion: () => app.getVersion(),
    shippedDecksRoot: () =>
      shippedDecksRoot({
        isPackaged: app.isPackaged,
        appPath: app.getAppPath(),
        resourcesPath: process.resourcesPath,
      }),
    async chooseOpenPaths(request) {
      const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] = [
        request.directory ? 'openDirectory' : 'openFile',
      ];
      if (request.multiple) {
        properties.push('multiSelections');
      }
      const options = {
        properties,
        ...(request.title ? { title: request.title } : {}),
        ...(request.directory || request.extensions.length === 0
          ? {}
          : {
              filters: [
                {
                  name: request.extensions.map((extension) => `*.${extension}`).join(' '),
                  extensions: request.extensions,
                },
              ],
            }),
      };
      const window = parent();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseSavePath(suggestedName) {
      const options = { defaultPath: join(app.getPath('documents'), suggestedName) };
      const window = parent();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    backups: new BackupStore(join(app.getPath('userData'), 'backups')),
  };
}

function installMenu(): void {
  const locale = localeFromLanguage(app.getPreferredSystemLanguages()[0] ?? app.getLocale());
  const send = (command: MenuCommand): void => {
    mainWindow?.webContents.send(CHANNELS.menu, command);
  };
  const template = buildMenuTemplate((key) => translate(locale, key), send, {
    platform: process.platform,
    development: !app.isPackaged,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function secureSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback(
      isAppUrl(details.url, devServerUrl)
        ? { responseHeaders: withCsp(details.responseHeaders) }
        : {},
    );
  });
  // Copying card text is the one thing the app may ask for: no camera, location, notifications.
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) {
        mainWindow.restore();
      }
      mainWindow.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(() => {
    const rendererRoot = join(import.meta.dirname, '../renderer');
    protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererRoot, request.url));
    secureSession();
    registerIpc(createHandlers(hostServices()), (event) =>
      isTrustedSender(event, mainWindow, devServerUrl),
    );
    installMenu();
    mainWindow = createWindow();

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        mainWindow = createWindow();
      }
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit();
    }
  });
}
