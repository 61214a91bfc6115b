/**
 * `npm start`'s web build: dist/web, built with vite.web.config.ts when missing or older than
 * one of the sources it was built from (recorded beside it in dist/web-inputs.json).
 */
import { join } from 'node:path';
import { staleness } from '../build/inputs.cjs';
import { recordInputs } from '../build/record-inputs';

export const WEB_OUT = 'dist/web';
const MANIFEST = 'dist/web-inputs.json';
const CONFIG_INPUTS = ['package.json', 'package-lock.json', 'vite.web.config.ts'];

/** Why dist/web must be (re)built, or null when it is up to date. */
export function webBuildStaleness(root: string): string | null {
  return staleness(root, join(root, MANIFEST), [join(root, WEB_OUT, 'index.html')]);
}

export async function buildWeb(root: string): Promise<void> {
  const { build } = await import('vite');
  const record = recordInputs(root, join(root, MANIFEST), CONFIG_INPUTS);
  await build({
    root: join(root, 'src-renderer'),
    configFile: join(root, 'vite.web.config.ts'),
    logLevel: 'warn',
    plugins: [record.main],
    worker: { plugins: record.worker },
    // rolldown's plugin-timing report is for whoever tunes the build, not for `npm start`
    build: { rolldownOptions: { checks: { pluginTimings: false } } },
  });
}
