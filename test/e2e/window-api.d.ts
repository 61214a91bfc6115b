import type { AppApi } from '../../src-renderer/lib/ipc/contract';

/** What the Electron preload puts on window, for specs that drive the desktop app. */
declare global {
  interface Window {
    api?: AppApi;
  }
}
