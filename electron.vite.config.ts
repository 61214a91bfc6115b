import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { rendererDefine } from './vite.web.config';

const root = import.meta.dirname;

/**
 * electron-vite targets the Electron major version it reads from node_modules/electron, which an
 * install without the (optional) Electron package lacks; the pinned version says the same.
 */
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  optionalDependencies: { electron: string };
};
process.env['ELECTRON_MAJOR_VER'] ??= pkg.optionalDependencies.electron.split('.')[0];

export default defineConfig({
  main: {
    build: {
      // Bundle zod and the shared lib into main so the packaged app needs no node_modules.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(root, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload runs as a classic script that may only require('electron'):
      // everything else is inlined and the output must be CommonJS, whatever package.json says.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'src-main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    plugins: [svelte()],
    define: rendererDefine,
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  },
});
