import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHANNELS,
  MAX_FILE_BYTES,
  type OpenFilesRequest,
} from '../../src-renderer/lib/ipc/contract';
import { readPickedFiles, safeSuggestedName } from '../../src-main/files';
import { createHandlers, RefusedRequestError, type HostServices } from '../../src-main/handlers';

const SEED = 'test/data/notes/000_3af3aa1cc6fa0faa.txt';

function fakeHost(picked: string[] = [], savePath: string | null = null) {
  const host = {
    appVersion: () => '0.1.0',
    shippedDecksRoot: () => join(import.meta.dirname, '../../decks'),
    chooseOpenPaths: vi.fn(async (_request: OpenFilesRequest) => picked),
    chooseSavePath: vi.fn(async (_name: string) => savePath),
    backups: {
      write: vi.fn(async (bytes: Uint8Array) => ({ name: 'b', createdAt: 0, size: bytes.length })),
      list: vi.fn(async () => []),
      read: vi.fn(async () => new Uint8Array()),
    },
  } satisfies HostServices;
  return { host, handlers: createHandlers(host) };
}

describe('payloads the contract refuses before main acts', () => {
  const refusedOpen: unknown[] = [
    undefined,
    'files',
    { extensions: ['md'] },
    { extensions: ['.md'], multiple: true },
    { extensions: ['MD'], multiple: true },
    { extensions: ['md/../..'], multiple: true },
    { extensions: Array.from({ length: 21 }, () => 'md'), multiple: true },
    { extensions: ['md'], multiple: 'yes' },
    { extensions: ['md'], multiple: true, directory: 1 },
    { extensions: ['md'], multiple: true, title: 'x'.repeat(201) },
  ];
  it.each(refusedOpen)('openFiles refuses %j without opening a dialog', async (payload) => {
    const { host, handlers } = fakeHost();
    await expect(handlers[CHANNELS.openFiles](payload)).rejects.toThrow(RefusedRequestError);
    expect(host.chooseOpenPaths).not.toHaveBeenCalled();
  });

  const refusedSave: unknown[] = [
    { suggestedName: 'deck.json' },
    { suggestedName: 'deck.json', bytes: [1, 2, 3] },
    { suggestedName: 'deck.json', bytes: 'text' },
    { suggestedName: 'deck.json', bytes: new ArrayBuffer(4) },
    { suggestedName: '', bytes: new Uint8Array(1) },
    { suggestedName: 'x'.repeat(256), bytes: new Uint8Array(1) },
    { suggestedName: 42, bytes: new Uint8Array(1) },
  ];
  it.each(refusedSave)('saveFile refuses %j without a dialog', async (payload) => {
    const { host, handlers } = fakeHost();
    await expect(handlers[CHANNELS.saveFile](payload)).rejects.toThrow(RefusedRequestError);
    expect(host.chooseSavePath).not.toHaveBeenCalled();
  });

  it('saveFile and writeBackup refuse more than MAX_FILE_BYTES', async () => {
    const { host, handlers } = fakeHost();
    // Zero-filled pages are not touched, so this costs address space, not memory.
    const oversize = new Uint8Array(MAX_FILE_BYTES + 1);
    await expect(
      handlers[CHANNELS.saveFile]({ suggestedName: 'big.json', bytes: oversize }),
    ).rejects.toThrow('file too large');
    await expect(handlers[CHANNELS.writeBackup]({ bytes: oversize })).rejects.toThrow(
      'backup too large',
    );
    expect(host.chooseSavePath).not.toHaveBeenCalled();
    expect(host.backups.write).not.toHaveBeenCalled();
  });

  const refusedNames: unknown[] = [
    '../../.config/Recall Deck/Preferences',
    'backup-../../secret.json',
    'backup-2026-11-25T14-00-00-000Z.json/../x',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'backup-2026-11-25T14:00:00.000Z.json',
    '',
    42,
    null,
    { name: 'backup-2026-11-25T14-00-00-000Z.json' },
  ];
  it.each(refusedNames)('readBackup refuses %j', async (name) => {
    const { host, handlers } = fakeHost();
    await expect(handlers[CHANNELS.readBackup](name)).rejects.toThrow(RefusedRequestError);
    expect(host.backups.read).not.toHaveBeenCalled();
  });

  it('writeBackup refuses anything but a Uint8Array', async () => {
    const { host, handlers } = fakeHost();
    for (const payload of [undefined, {}, { bytes: [1] }, { bytes: 'x' }, new Uint8Array(1)]) {
      await expect(handlers[CHANNELS.writeBackup](payload)).rejects.toThrow(RefusedRequestError);
    }
    expect(host.backups.write).not.toHaveBeenCalled();
  });
});

describe('requests that pass', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'recall-ipc-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('openFiles reads the picked files', async () => {
    const { host, handlers } = fakeHost([SEED]);
    const request = { extensions: ['txt', 'md'], multiple: true };
    const files = await handlers[CHANNELS.openFiles](request);
    expect(host.chooseOpenPaths).toHaveBeenCalledWith(request);
    expect(files).toEqual([
      { name: '000_3af3aa1cc6fa0faa.txt', bytes: new Uint8Array(await readFile(SEED)) },
    ]);
  });

  it('openFiles with directory reads every .md file under the picked folder', async () => {
    await mkdir(join(dir, 'opcel', 'swift'), { recursive: true });
    await writeFile(join(dir, 'opcel', 'glance.md'), '# Glance');
    await writeFile(join(dir, 'opcel', 'swift', 'ring.md'), '# Ring');
    await writeFile(join(dir, 'opcel', 'swift', 'ring.gz'), 'binary');
    const { handlers } = fakeHost([join(dir, 'opcel')]);
    const files = (await handlers[CHANNELS.openFiles]({
      extensions: [],
      multiple: false,
      directory: true,
    })) as { name: string }[];
    expect(files.map((f) => f.name)).toEqual(['opcel/glance.md', 'opcel/swift/ring.md']);
  });

  it('a cancelled dialog gives [] and false', async () => {
    const { handlers } = fakeHost([], null);
    expect(await handlers[CHANNELS.openFiles]({ extensions: ['md'], multiple: false })).toEqual([]);
    expect(
      await handlers[CHANNELS.saveFile]({ suggestedName: 'a.json', bytes: new Uint8Array(1) }),
    ).toBe(false);
  });

  it('saveFile suggests only a file name and writes the bytes where the user chose', async () => {
    const target = join(dir, 'out.json');
    const { host, handlers } = fakeHost([], target);
    const bytes = new TextEncoder().encode('{"ok":true}');
    const saved = await handlers[CHANNELS.saveFile]({
      suggestedName: '../../.bashrc/deck.json',
      bytes,
    });
    expect(saved).toBe(true);
    expect(host.chooseSavePath).toHaveBeenCalledWith('deck.json');
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('readShippedDecks reads the real decks/ folder', async () => {
    const { handlers } = fakeHost();
    const decks = (await handlers[CHANNELS.readShippedDecks](undefined)) as { path: string }[];
    expect(decks.map((d) => d.path)).toContain('opcel-252/252.1-glance.md');
  });
});

describe('picked files over the limit', () => {
  it('refuses the whole pick, naming the file and the limit', async () => {
    await expect(readPickedFiles([SEED, SEED], 4096)).rejects.toThrow(
      '000_3af3aa1cc6fa0faa.txt is too large (8 KiB; the limit is 4 KiB)',
    );
  });
});

describe('safeSuggestedName', () => {
  it.each([
    ['deck.json', 'deck.json'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\evil.exe', 'evil.exe'],
    ['a:b?.csv', 'a_b_.csv'],
    ['..', 'export'],
    ['dir/', 'dir'],
  ])('%s → %s', (input, expected) => {
    expect(safeSuggestedName(input)).toBe(expected);
  });
});
