/**
 * Exposes exactly the AppApi as `window.api`. Each method names its channel; the renderer gets
 * no raw `invoke`, no `ipcRenderer` and no Node. Only types come from contract.ts so this
 * sandboxed script stays free of zod (see channels.ts).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, isMenuCommand, type MenuCommand } from '../src-renderer/lib/ipc/channels';
import type { AppApi, Invoke } from '../src-renderer/lib/ipc/contract';

/** The one untyped call: what main resolves with is what its handler, typed the same way, returned. */
const call: Invoke = (channel, ...request) => ipcRenderer.invoke(channel, ...request);

const api: AppApi = {
  host: 'electron',
  appVersion: () => call(CHANNELS.appVersion),
  readShippedDecks: () => call(CHANNELS.readShippedDecks),
  openFiles: (request) => call(CHANNELS.openFiles, request),
  saveFile: (request) => call(CHANNELS.saveFile, request),
  backups: {
    write: (bytes) => call(CHANNELS.writeBackup, { bytes }),
    list: () => call(CHANNELS.listBackups),
    read: (name) => call(CHANNELS.readBackup, name),
  },
  onMenuCommand(handler: (command: MenuCommand) => void): () => void {
    const listener = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) {
        handler(command);
      }
    };
    ipcRenderer.on(CHANNELS.menu, listener);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menu, listener);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
