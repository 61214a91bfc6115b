import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    // vitest's default for `run` is one worker fewer than the cores: one on a 2-core laptop.
    // The test files are independent (temp folders, port 0) and many wait on child processes.
    maxWorkers: 2,
    // Each worker keeps its imported modules between test files: loading them again for each of
    // 134 files was half the suite's time (90 s → 52 s here). No test relies on fresh module
    // state; the databases are per test (testDb) and the folders temporary.
    isolate: false,
    // The CLI tests run the bundled CLIs (`npm run deck`); built once here when stale.
    globalSetup: ['test/setup/cli-bundles.ts'],
  },
});
