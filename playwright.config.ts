import { defineConfig } from '@playwright/test';

// E2E_PORT: engineers sharing a machine each serve their own build.
const PORT = Number(process.env.E2E_PORT ?? 4318);
export const BASE_URL = `http://127.0.0.1:${PORT}/recall-deck/`;

/** End-to-end tests against the built web renderer (`npm run build:web`) in Debian's Chromium. */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: BASE_URL,
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx tsx test/e2e/static-server.ts ${PORT} /recall-deck/`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
