/**
 * vitest's global set-up: the CLI tests run the bundled CLIs as `npm run deck` does; build them
 * here once, when stale, rather than racing to build them from parallel test files.
 */
import { ensureCliBundles } from '../../src-main/build/cli-bundle.cjs';

export default function setup(): void {
  if (!ensureCliBundles()) {
    throw new Error('building the command-line tools (vite.cli.config.ts) failed');
  }
}
