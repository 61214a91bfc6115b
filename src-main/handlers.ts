/**
 * What main does for each request of the bridge. Every payload is parsed with the contract's
 * schema before anything is touched; Electron itself (dialogs, app) comes in as `HostServices`,
 * so this module runs in Node tests.
 */
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  backupName,
  CHANNELS,
  openFilesRequest,
  saveFileRequest,
  writeBackupRequest,
  type InvokeChannel,
  type InvokeResponse,
  type OpenFilesRequest,
} from '../src-renderer/lib/ipc/contract';
import type { BackupStore } from './backups';
import { readDeckFolder } from './decks';
import { readPickedFiles, readPickedFolder, safeSuggestedName } from './files';

export interface HostServices {
  appVersion(): string;
  shippedDecksRoot(): string;
  /** Chosen paths; `[]` when the user cancels. */
  chooseOpenPaths(request: OpenFilesRequest): Promise<string[]>;
  /** The chosen path, or null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  backups: Pick<BackupStore, 'write' | 'list' | 'read'>;
}

export type { InvokeChannel };
/** Payloads arrive unchecked (`unknown`) and are parsed; responses are the contract's types. */
export type Handlers = {
  [C in InvokeChannel]: (payload: unknown) => Promise<InvokeResponse<C>>;
};

export class RefusedRequestError extends Error {
  override name = 'RefusedRequestError';
}

export function parsePayload<T>(schema: z.ZodType<T>, payload: unknown, channel: string): T {
  const result = schema.safeParse(payload);
  if (!result.success) {
    throw new RefusedRequestError(`Refused ${channel}: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export function createHandlers(host: HostServices): Handlers {
  return {
    [CHANNELS.appVersion]: async () => host.appVersion(),

    [CHANNELS.readShippedDecks]: async () => readDeckFolder(host.shippedDecksRoot()),

    [CHANNELS.openFiles]: async (payload) => {
      const request = parsePayload(openFilesRequest, payload, CHANNELS.openFiles);
      const paths = await host.chooseOpenPaths(request);
      if (!request.directory) {
        return readPickedFiles(paths);
      }
      const folders = await Promise.all(paths.map((folder) => readPickedFolder(folder)));
      return folders.flat();
    },

    [CHANNELS.saveFile]: async (payload) => {
      const request = parsePayload(saveFileRequest, payload, CHANNELS.saveFile);
      const path = await host.chooseSavePath(safeSuggestedName(request.suggestedName));
      if (path === null) {
        return false;
      }
      await writeFile(path, request.bytes);
      return true;
    },

    [CHANNELS.writeBackup]: async (payload) => {
      const request = parsePayload(writeBackupRequest, payload, CHANNELS.writeBackup);
      return host.backups.write(request.bytes);
    },

    [CHANNELS.listBackups]: async () => host.backups.list(),

    [CHANNELS.readBackup]: async (payload) =>
      host.backups.read(parsePayload(backupName, payload, CHANNELS.readBackup)),
  };
}
