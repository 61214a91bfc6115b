/**
 * The bridge between the renderer and whatever hosts it: Electron's main process (through the
 * preload) or the browser (the web build). Channel names, each channel's request and response
 * types, and the request schemas are defined here once; main validates every payload against
 * these schemas before acting, and the preload's `invoke` is typed by `InvokeContract`.
 *
 * It lives in lib/ because both sides own it: src-main (main and preload) already imports lib,
 * and the renderer's bridge, data and ui import lib, so neither side reaches into the other.
 */
import { z } from 'zod';
import type { CHANNELS, MenuCommand } from './channels';

export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface DeckSourceFile {
  /** Path relative to the shipped decks/ folder, with `/` separators. */
  path: string;
  text: string;
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface BackupInfo {
  name: string;
  createdAt: number;
  size: number;
}

export { CHANNELS, MENU_COMMANDS, type MenuCommand } from './channels';

export const openFilesRequest = z.object({
  title: z.string().max(200).optional(),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(20),
  multiple: z.boolean(),
  directory: z.boolean().optional(),
});
export type OpenFilesRequest = z.infer<typeof openFilesRequest>;

export const saveFileRequest = z.object({
  suggestedName: z.string().min(1).max(255),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large'),
});
export type SaveFileRequest = z.infer<typeof saveFileRequest>;

export const writeBackupRequest = z.object({
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'backup too large'),
});
export interface WriteBackupRequest {
  bytes: Uint8Array;
}

export const backupName = z.string().regex(/^backup-[0-9TZ-]+(-[a-z]+)?\.json$/);

/**
 * Every request/response channel: what the renderer sends (the arguments after the channel) and
 * what main resolves with. Main's handlers and the preload are both typed by this, so a changed
 * shape fails to compile on whichever side was not changed with it.
 */
export interface InvokeContract {
  [CHANNELS.appVersion]: { request: []; response: string };
  [CHANNELS.readShippedDecks]: { request: []; response: DeckSourceFile[] };
  [CHANNELS.openFiles]: { request: [OpenFilesRequest]; response: PickedFile[] };
  [CHANNELS.saveFile]: { request: [SaveFileRequest]; response: boolean };
  [CHANNELS.writeBackup]: { request: [WriteBackupRequest]; response: BackupInfo };
  [CHANNELS.listBackups]: { request: []; response: BackupInfo[] };
  [CHANNELS.readBackup]: { request: [name: string]; response: Uint8Array };
}

export type InvokeChannel = keyof InvokeContract;
export type InvokeRequest<C extends InvokeChannel> = InvokeContract[C]['request'];
export type InvokeResponse<C extends InvokeChannel> = InvokeContract[C]['response'];
/** `ipcRenderer.invoke` as the contract allows it to be called. */
export type Invoke = <C extends InvokeChannel>(
  channel: C,
  ...request: InvokeRequest<C>
) => Promise<InvokeResponse<C>>;

type Response<C extends InvokeChannel> = Promise<InvokeResponse<C>>;

/** What the renderer can ask of its host. Every method resolves; a cancelled dialog gives `[]`/`false`. */
export interface AppApi {
  readonly host: 'electron' | 'web';
  appVersion(): Response<typeof CHANNELS.appVersion>;
  readShippedDecks(): Response<typeof CHANNELS.readShippedDecks>;
  openFiles(request: OpenFilesRequest): Response<typeof CHANNELS.openFiles>;
  saveFile(request: SaveFileRequest): Response<typeof CHANNELS.saveFile>;
  /** Automatic backups live in the host's user-data folder; the web build has none. */
  readonly backups: BackupApi | null;
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
}

export interface BackupApi {
  write(bytes: Uint8Array): Response<typeof CHANNELS.writeBackup>;
  list(): Response<typeof CHANNELS.listBackups>;
  read(name: string): Response<typeof CHANNELS.readBackup>;
}
