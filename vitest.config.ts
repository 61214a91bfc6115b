import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    // The CLI tests run the bundled CLIs (`npm run deck`); built once here when stale.
    globalSetup: ['test/setup/cli-bundles.ts'],
  },
});
