import { readFileSync } from 'node:fs';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/** Compile-time constants of the renderer, the same in the web and the Electron build. */
export const rendererDefine = { __APP_VERSION__: JSON.stringify(version) };

/**
 * The renderer as a static site: relative asset paths so it works from any folder of any
 * static server; `npm run web` builds it and serves it with `vite preview`.
 */
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [svelte()],
  define: rendererDefine,
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
});
