/**
 * The bridge in a plain browser: shipped decks come bundled into the build, files come from
 * file inputs and leave as downloads. There is no user-data folder, so no automatic backups.
 */
import type { AppApi, DeckSourceFile, OpenFilesRequest, PickedFile } from '../lib/ipc/contract';

const shippedDecks = import.meta.glob<string>(
  ['../../decks/**/*.{md,json}', '!../../decks/**/README.md'],
  {
    query: '?raw',
    import: 'default',
  },
);

async function readShippedDecks(): Promise<DeckSourceFile[]> {
  const entries = Object.entries(shippedDecks).sort(([a], [b]) => a.localeCompare(b));
  return Promise.all(
    entries.map(async ([path, load]) => ({
      path: path.replace(/^(\.\.\/)+decks\//, ''),
      text: await load(),
    })),
  );
}

function openFiles(request: OpenFilesRequest): Promise<PickedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = request.multiple;
    input.accept = request.extensions.map((ext) => `.${ext}`).join(',');
    if (request.directory) {
      input.webkitdirectory = true;
    }
    input.addEventListener('cancel', () => resolve([]));
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      Promise.all(
        files.map(async (file) => ({
          name: file.webkitRelativePath || file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      ).then(resolve, reject);
    });
    input.click();
  });
}

async function saveFile(request: { suggestedName: string; bytes: Uint8Array }): Promise<boolean> {
  const blob = new Blob([request.bytes as BlobPart]);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

export const webBridge: AppApi = {
  host: 'web',
  appVersion: async () => __APP_VERSION__,
  readShippedDecks,
  openFiles,
  saveFile,
  backups: null,
  onMenuCommand: () => () => {},
};
