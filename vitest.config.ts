import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

/** Test files that replace a module with `vi.mock`: they need modules loaded fresh. */
const MOCKING = ['test/main/index.test.ts', 'test/main/ipc-sender.test.ts'];

export default defineConfig({
  plugins: [svelte()],
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // vitest's default for `run` is one worker fewer than the cores: one on a 2-core laptop.
    // The test files are independent (temp folders, port 0) and many wait on child processes.
    maxWorkers: 2,
    // The CLI tests run the bundled CLIs (`npm run deck`); built once here when stale.
    globalSetup: ['test/setup/cli-bundles.ts'],
    projects: [
      {
        extends: true,
        // Each worker keeps its imported modules between these files: loading them again for
        // each of 134 files was half the suite's time (90 s → 52 s here). Their databases are
        // per test (testDb) and their folders temporary, so no file sees another's state.
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...MOCKING, 'test/e2e/**', 'node_modules/**'],
          isolate: false,
        },
      },
      // A mock of `electron` must not meet a module another file loaded with the real one.
      { extends: true, test: { name: 'mocking', include: MOCKING, isolate: true } },
    ],
  },
});
