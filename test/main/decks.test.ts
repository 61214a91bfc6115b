import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DECK_LIMITS, readDeckFolder, shippedDecksRoot } from '../../src-main/decks';
import { FileRefusedError } from '../../src-main/walk';

const SEED = 'test/data/notes/000_3af3aa1cc6fa0faa.txt';

describe('shippedDecksRoot', () => {
  it('reads decks/ beside the app in development and from resources when packaged', () => {
    const location = { appPath: '/src/recall', resourcesPath: '/opt/Recall Deck/resources' };
    expect(shippedDecksRoot({ ...location, isPackaged: false })).toBe('/src/recall/decks');
    expect(shippedDecksRoot({ ...location, isPackaged: true })).toBe(
      '/opt/Recall Deck/resources/decks',
    );
  });
});

describe('readDeckFolder on the shipped decks/ folder', () => {
  it('returns every Markdown and JSON file with a relative path and its text', async () => {
    const files = await readDeckFolder(join(import.meta.dirname, '../../decks'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.path).toMatch(/^[^/].*\.(md|json)$/);
      expect(file.path).not.toContain('\\');
      const onDisk = await readFile(join(import.meta.dirname, '../../decks', file.path), 'utf8');
      expect(file.text).toBe(onDisk.replace(/^\uFEFF/, ''));
    }
    expect(files.map((f) => f.path)).toContain('opcel-252/252.1-glance.md');
  });
});

describe('readDeckFolder on a temporary folder', () => {
  let root: string;
  let seed: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'recall-decks-'));
    seed = await readFile(SEED, 'utf8');
    await mkdir(join(root, 'opcel-252', 'cinder'), { recursive: true });
    await writeFile(join(root, 'opcel-252', 'notes.md'), seed);
    await writeFile(join(root, 'opcel-252', 'cinder', 'volumes.MD'), '# Cinder\n');
    await writeFile(join(root, 'opcel-252', 'deck.json'), '{"format":"recall-deck"}');
    await writeFile(join(root, 'opcel-252', 'diagram.png'), new Uint8Array([0x89, 0x50]));
    await writeFile(join(root, 'opcel-252', '.draft.md'), 'hidden');
    await mkdir(join(root, '.git'));
    await writeFile(join(root, '.git', 'HEAD.md'), 'hidden');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('walks recursively, sorted, skipping hidden entries and other extensions', async () => {
    const files = await readDeckFolder(root);
    expect(files.map((f) => f.path)).toEqual([
      'opcel-252/cinder/volumes.MD',
      'opcel-252/deck.json',
      'opcel-252/notes.md',
    ]);
    expect(files[2]?.text).toBe(seed);
    expect(files[2]?.text).toContain('glance image-create');
  });

  it('does not follow symbolic links out of the folder', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'recall-outside-'));
    await writeFile(join(outside, 'secret.md'), 'secret');
    await symlink(outside, join(root, 'linked'));
    await symlink(join(outside, 'secret.md'), join(root, 'secret.md'));
    const paths = (await readDeckFolder(root)).map((f) => f.path);
    expect(paths.some((p) => p.includes('secret'))).toBe(false);
    await rm(outside, { recursive: true, force: true });
  });

  it('gives [] when the folder does not exist', async () => {
    expect(await readDeckFolder(join(root, 'missing'))).toEqual([]);
  });

  it('refuses too many files, an oversized file and too much in total', async () => {
    await expect(readDeckFolder(root, { ...DECK_LIMITS, maxFiles: 2 })).rejects.toThrow(
      FileRefusedError,
    );
    await expect(readDeckFolder(root, { ...DECK_LIMITS, maxFileBytes: 1024 })).rejects.toThrow(
      /opcel-252\/notes\.md is too large/,
    );
    await expect(
      readDeckFolder(root, { ...DECK_LIMITS, maxTotalBytes: seed.length }),
    ).rejects.toThrow(/in total/);
  });

  it('refuses a file that is not UTF-8, naming it', async () => {
    await writeFile(join(root, 'opcel-252', 'latin1.md'), new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    await expect(readDeckFolder(root)).rejects.toThrow('opcel-252/latin1.md is not UTF-8 text');
  });
});
