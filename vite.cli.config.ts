import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { recordInputs } from './src-main/build/record-inputs';

const root = import.meta.dirname;

/** The command-line tools and where `npm run build` puts their bundles (src-main/cli/run.cjs). */
export const CLI_ENTRIES = {
  'ring-builder': 'src-main/cli/ring-builder.ts',
  deck: 'src-main/cli/deck.ts',
};
export const CLI_OUT = 'out/cli';
export const CLI_INPUTS = `${CLI_OUT}/inputs.json`;

/**
 * The CLIs as plain CommonJS for Node (SSR mode: node_modules stay imports, resolved from the
 * checkout), so `npm run deck` and `npm run ring-builder` start without compiling TypeScript
 * and without Node's ES module loader (src-main/cli/run.cjs).
 */
export default defineConfig({
  root,
  logLevel: 'warn',
  plugins: [
    recordInputs(root, resolve(root, CLI_INPUTS), [
      'package.json',
      'package-lock.json',
      'vite.cli.config.ts',
    ]).main,
  ],
  build: {
    ssr: true,
    target: 'node20',
    outDir: CLI_OUT,
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: Object.fromEntries(
        Object.entries(CLI_ENTRIES).map(([name, file]) => [name, resolve(root, file)]),
      ),
      output: {
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
      },
    },
  },
});
