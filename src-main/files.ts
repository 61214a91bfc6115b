/**
 * Reading what the user picked in an open dialog: the Node half of the file dialogs, without Electron, so it is tested on real files.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_FILE_BYTES, type PickedFile } from '../src-renderer/lib/ipc/contract';
import { checkSize, walkFiles, type WalkLimits } from './walk';

/** A picked folder is read for its Markdown notes only (a folder of notes is a deck). */
export const FOLDER_LIMITS: WalkLimits = {
  extensions: ['md'],
  maxFiles: 5000,
  maxFileBytes: MAX_FILE_BYTES,
  maxTotalBytes: MAX_FILE_BYTES,
};

/** Checks every size before reading any file, so one oversized pick refuses the whole pick. */
export async function readPickedFiles(
  paths: readonly string[],
  maxBytes: number = MAX_FILE_BYTES,
): Promise<PickedFile[]> {
  for (const path of paths) {
    checkSize(basename(path), (await stat(path)).size, maxBytes);
  }
  return Promise.all(
    paths.map(async (path) => ({
      name: basename(path),
      bytes: new Uint8Array(await readFile(path)),
    })),
  );
}

/** Names are paths relative to the parent of the folder, so they start with the folder's name. */
export async function readPickedFolder(
  folder: string,
  limits: WalkLimits = FOLDER_LIMITS,
): Promise<PickedFile[]> {
  const files = await walkFiles(folder, limits);
  return files.map(({ path, bytes }) => ({ name: `${basename(folder)}/${path}`, bytes }));
}

/** The renderer suggests a name, never a place: directories in the suggestion are dropped. */
export function safeSuggestedName(suggested: string): string {
  // Characters Windows refuses in file names, and control characters, become `_`.
  const name = Array.from(basename(suggested.replace(/\\/g, '/')), (char) =>
    char < ' ' || '<>:"|?*'.includes(char) ? '_' : char,
  )
    .join('')
    .trim();
  return name === '' || name === '.' || name === '..' ? 'export' : name;
}
