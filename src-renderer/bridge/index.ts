import type { AppApi } from '../lib/ipc/contract';
import { webBridge } from './web';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the web build. */
    api?: AppApi;
  }
}

export function hostBridge(): AppApi {
  return window.api ?? webBridge;
}
