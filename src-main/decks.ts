/**
 * The decks shipped with the app: Markdown notes and deck JSON files under decks/, which
 * electron-builder copies to resources/decks (extraResources) in a packaged app.
 */
import { join } from 'node:path';
import type { DeckSourceFile } from '../src-renderer/lib/ipc/contract';
import { walkFiles, FileRefusedError, type WalkLimits } from './walk';

export const DECK_LIMITS: WalkLimits = {
  extensions: ['md', 'json'],
  maxFiles: 2000,
  maxFileBytes: 8 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
};

export interface AppLocation {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}

export function shippedDecksRoot(location: AppLocation): string {
  return location.isPackaged
    ? join(location.resourcesPath, 'decks')
    : join(location.appPath, 'decks');
}

export async function readDeckFolder(
  root: string,
  limits: WalkLimits = DECK_LIMITS,
): Promise<DeckSourceFile[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files = await walkFiles(root, limits);
  return files.map(({ path, bytes }) => {
    try {
      return { path, text: decoder.decode(bytes) };
    } catch {
      throw new FileRefusedError(`${path} is not UTF-8 text`);
    }
  });
}
