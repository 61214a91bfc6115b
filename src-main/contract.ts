/**
 * The bridge between the renderer and whatever hosts it: Electron's main process (through the
 * preload) or the browser (the web build). Channel names, payload types and their schemas are
 * defined here once; main validates every payload against these schemas before acting.
 */
import { z } from 'zod';
import type { MenuCommand } from './channels';

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

export const backupName = z.string().regex(/^backup-[0-9TZ-]+(-[a-z]+)?\.json$/);

/** What the renderer can ask of its host. Every method resolves; a cancelled dialog gives `[]`/`false`. */
export interface AppApi {
  readonly host: 'electron' | 'web';
  appVersion(): Promise<string>;
  readShippedDecks(): Promise<DeckSourceFile[]>;
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  saveFile(request: SaveFileRequest): Promise<boolean>;
  /** Automatic backups live in the host's user-data folder; the web build has none. */
  readonly backups: BackupApi | null;
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
}

export interface BackupApi {
  write(bytes: Uint8Array): Promise<BackupInfo>;
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<Uint8Array>;
}
