/**
 * Registers the bridge's handlers with ipcMain. A request is served only when it comes from
 * the app's own window and from a frame showing the app (as electron/fiddle checks its
 * senders); anything else is refused before its payload is even parsed.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Handlers, InvokeChannel } from './handlers';
import { isAppUrl } from './protocol';

export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  devServerUrl: string | undefined,
): boolean {
  if (window === null || window.isDestroyed() || event.sender.id !== window.webContents.id) {
    return false;
  }
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServerUrl);
}

export function registerIpc(
  handlers: Handlers,
  trusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    const handler = handlers[channel];
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!trusted(event)) {
        throw new Error(`Refused ${channel}: the request did not come from the app's window`);
      }
      return handler(payload);
    });
  }
}
