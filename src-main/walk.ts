/**
 * Reads a folder tree with limits, for the shipped decks/ folder and for folders the user picks.
 * Pure Node (no Electron) so it is tested against real folders.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export interface WalkLimits {
  /** Lower-case extensions without the dot. */
  extensions: readonly string[];
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

export interface WalkedFile {
  /** Relative to the root, with `/` separators whatever the platform. */
  path: string;
  bytes: Uint8Array;
}

export class FileRefusedError extends Error {
  override name = 'FileRefusedError';
}

/**
 * Every matching file under `root`, sorted by path. Hidden entries and symbolic links are
 * skipped: a link could lead out of the folder the user chose. A missing root gives `[]`
 * (a build without shipped decks still starts).
 */
export async function walkFiles(root: string, limits: WalkLimits): Promise<WalkedFile[]> {
  const found: { path: string; absolute: string }[] = [];
  let total = 0;

  const visit = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) {
        continue;
      }
      const absolute = join(dir, entry.name);
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        await visit(absolute, path);
        continue;
      }
      const extension = extname(entry.name).slice(1).toLowerCase();
      if (!entry.isFile() || !limits.extensions.includes(extension)) {
        continue;
      }
      if (found.length >= limits.maxFiles) {
        throw new FileRefusedError(`More than ${limits.maxFiles} files under ${root}`);
      }
      const { size } = await lstat(absolute);
      checkSize(path, size, limits.maxFileBytes);
      total += size;
      if (total > limits.maxTotalBytes) {
        throw new FileRefusedError(
          `Files under ${root} exceed ${formatBytes(limits.maxTotalBytes)} in total`,
        );
      }
      found.push({ path, absolute });
    }
  };

  if (!(await isDirectory(root))) {
    return [];
  }
  await visit(root, '');
  return Promise.all(
    found.map(async ({ path, absolute }) => ({
      path,
      bytes: new Uint8Array(await readFile(absolute)),
    })),
  );
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return false;
    }
    throw error;
  }
}

export function checkSize(name: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new FileRefusedError(
      `${name} is too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`,
    );
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) {
    return `${Math.ceil(bytes / 1024)} KiB`;
  }
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}
