// @ts-check
/**
 * The bundled CLIs in out/cli (vite.cli.config.ts): where they are, and building them when a
 * source changed since. Plain JavaScript: it runs in bare Node before anything is compiled.
 */
const { closeSync, mkdirSync, openSync, rmSync, statSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { staleness } = require('./inputs.cjs');

const ROOT = join(__dirname, '../..');
const OUT = join(ROOT, 'out/cli');
const MANIFEST = join(OUT, 'inputs.json');
const LOCK = join(ROOT, 'out/.cli-build.lock');
/** A lock older than this is left over from a build that died. */
const LOCK_STALE_MS = 120_000;
const CLI_NAMES = ['deck', 'ring-builder'];

/** @param {string} name one of CLI_NAMES */
function cliBundle(name) {
  return join(OUT, `${name}.cjs`);
}

/** @returns {string | null} why the bundles must be rebuilt, or null */
function cliStaleness() {
  return staleness(
    ROOT,
    MANIFEST,
    CLI_NAMES.map((name) => cliBundle(name)),
  );
}

/** One build at a time: a CLI started meanwhile waits for it, then finds the bundles fresh. */
function withBuildLock(/** @type {() => void} */ build) {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) {
          rmSync(LOCK, { force: true });
        }
      } catch {
        // the other build just finished
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    build();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

/**
 * Builds the bundles when stale, saying why on stderr (stdout is the CLI's own).
 * @returns {boolean} false when the build failed
 */
function ensureCliBundles() {
  if (!cliStaleness()) {
    return true;
  }
  let ok = true;
  withBuildLock(() => {
    const why = cliStaleness();
    if (!why) {
      return;
    }
    process.stderr.write(`building the command-line tools (${why})…\n`);
    const vitePkg = require.resolve('vite/package.json');
    // Loaded only here: child_process (and the net and stream modules it pulls in) was a
    // tenth of every fresh command's start-up.
    const { spawnSync } = require('node:child_process');
    const built = spawnSync(
      process.execPath,
      [join(dirname(vitePkg), 'bin/vite.js'), 'build', '--config', 'vite.cli.config.ts'],
      { cwd: ROOT, stdio: ['ignore', 2, 2] },
    );
    ok = built.status === 0;
  });
  return ok;
}

module.exports = { ROOT, CLI_NAMES, cliBundle, cliStaleness, ensureCliBundles };
