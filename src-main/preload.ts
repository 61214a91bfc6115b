/**
 * Exposes exactly the AppApi as `window.api`. Each method names its channel; the renderer gets
 * no raw `invoke`, no `ipcRenderer` and no Node. Only types come from contract.ts so this
 * sandboxed script stays free of zod (see channels.ts).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, isMenuCommand, type MenuCommand } from './channels';
import type { AppApi, BackupInfo, DeckSourceFile, PickedFile } from './contract';

const api: AppApi = {
  host: 'electron',
  appVersion: (): Promise<string> => ipcRenderer.invoke(CHANNELS.appVersion),
  readShippedDecks: (): Promise<DeckSourceFile[]> => ipcRenderer.invoke(CHANNELS.readShippedDecks),
  openFiles: (request): Promise<PickedFile[]> => ipcRenderer.invoke(CHANNELS.openFiles, request),
  saveFile: (request): Promise<boolean> => ipcRenderer.invoke(CHANNELS.saveFile, request),
  backups: {
    write: (bytes): Promise<BackupInfo> => ipcRenderer.invoke(CHANNELS.writeBackup, { bytes }),
    list: (): Promise<BackupInfo[]> => ipcRenderer.invoke(CHANNELS.listBackups),
    read: (name): Promise<Uint8Array> => ipcRenderer.invoke(CHANNELS.readBackup, name),
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
