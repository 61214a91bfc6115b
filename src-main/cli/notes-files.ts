/**
 * Reading notes for the deck CLIs: a file or a folder (its .md/.markdown files, recursively, but
 * not README files, which describe a deck rather than hold its notes),
 * decoded strictly. Unreadable inputs become DomainErrors with the path, one per file.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { DomainError, ValidationError } from '../../src-renderer/lib/errors';
import {
  decodeNoteBytes,
  generateFromNotes,
  type NoteFile,
} from '../../src-renderer/lib/notes/generate';
import { isNotesFile } from '../../src-renderer/lib/notes/files';

export interface LoadedNotes {
  files: NoteFile[];
  /** Files that could not be read as notes; the others are still usable. */
  errors: DomainError[];
}

export async function loadNotes(target: string): Promise<LoadedNotes> {
  const info = await stat(target).catch(() => undefined);
  if (!info) {
    throw new ValidationError('no such file or folder', { file: target });
  }
  const paths = info.isDirectory() ? await listNotes(target) : [target];
  if (info.isDirectory() && paths.length === 0) {
    throw new ValidationError('no .md or .markdown files in this folder', { file: target });
  }
  const base = info.isDirectory() ? target : dirname(target);
  const loaded: LoadedNotes = { files: [], errors: [] };
  for (const path of paths) {
    const name = relative(base, path).split(sep).join('/') || basename(path);
    try {
      const bytes = await readFile(path);
      loaded.files.push({ path: name, text: decodeNoteBytes(bytes, name) });
    } catch (error) {
      loaded.errors.push(error instanceof DomainError ? error : readError(name, error));
    }
  }
  return loaded;
}

async function listNotes(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) {
      paths.push(...(await listNotes(path)));
    } else if (entry.isFile() && isNotesFile(entry.name)) {
      paths.push(path);
    }
  }
  return paths.sort();
}

function readError(file: string, error: unknown): DomainError {
  const code = (error as { code?: string }).code;
  const reason =
    code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : String(error);
  return new ValidationError(`cannot read: ${reason}`, { file });
}

/** Options and the one positional argument of `build`/`check`. */
export function parseArgs(
  args: string[],
  flags: string[],
): { target: string; flags: Set<string>; root?: string } {
  const set = new Set<string>();
  let target: string | undefined;
  let root: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--root') {
      root = args[++i];
    } else if (flags.includes(arg)) {
      set.add(arg);
    } else if (arg.startsWith('--')) {
      throw new ValidationError(
        `unknown option ${arg} (known: ${[...flags, '--root <deck>'].join(', ')})`,
      );
    } else if (target === undefined) {
      target = arg;
    } else {
      throw new ValidationError(`one notes file or folder expected, got also "${arg}"`);
    }
  }
  if (target === undefined) {
    throw new ValidationError('missing the notes file or folder to read');
  }
  return root === undefined ? { target, flags: set } : { target, flags: set, root };
}

export function formatWarning(warning: {
  file: string;
  line: number;
  code: string;
  message: string;
}): string {
  return `${warning.file}:${warning.line}: warning: ${warning.message} [${warning.code}]`;
}

/**
 * What `build` and `check` both start with: their arguments read, the notes loaded and turned
 * into cards, and the files that could not be read reported on stderr.
 */
export async function generateFromArgs(args: string[], flags: string[]) {
  const parsed = parseArgs(args, flags);
  const { files, errors } = await loadNotes(parsed.target);
  const generated = generateFromNotes(
    files,
    parsed.root === undefined ? {} : { rootDeck: parsed.root },
  );
  for (const error of errors) {
    process.stderr.write(`error: ${error.describe()}\n`);
  }
  return { ...generated, files, errors, flags: parsed.flags };
}
