import type { Plugin } from 'vite';
import { inputsOf, writeInputs } from './inputs.cjs';

/**
 * Vite plugins that write which source files went into a build (inputs.cjs), so a launcher can
 * tell later whether the output is stale. `extra`: inputs the bundler does not see (configs,
 * package.json), relative to `root`. Workers are bundled in builds of their own: give them
 * `worker` (as `worker.plugins`) and their modules count too.
 */
export function recordInputs(
  root: string,
  manifest: string,
  extra: string[],
): { main: Plugin; worker: () => Plugin[] } {
  const ids = new Set<string>();
  const collect = (name: string): Plugin => ({
    name,
    generateBundle() {
      for (const id of this.getModuleIds()) {
        ids.add(id);
      }
    },
  });
  return {
    main: {
      ...collect('record-inputs'),
      writeBundle() {
        writeInputs(manifest, inputsOf(root, ids, extra));
      },
    },
    worker: () => [collect('record-inputs:worker')],
  };
}
