// @ts-check
/**
 * Which files a build read, and whether its output is older than any of them: the bundled CLIs
 * (src-main/cli/run.cjs) and `npm start`'s web build are rebuilt only when stale. Plain
 * JavaScript so the CLI launcher runs in bare Node, before anything is compiled; CommonJS so
 * the launcher starts without Node's ES module loader (about 15 ms of every command).
 */
const { mkdirSync, statSync, writeFileSync, readFileSync } = require('node:fs');
const { dirname, isAbsolute, join, relative, sep } = require('node:path');

/**
 * The record of a build: the source files it read, relative to `root`, and their folders (a
 * file added beside them, as an `import.meta.glob` would pick up, changes a folder's mtime).
 * Ids outside `root`, in node_modules and virtual ids (`\0…`) are left out: package.json and
 * the lock file stand for the dependencies.
 * @param {string} root
 * @param {Iterable<string>} ids module ids as the bundler reports them
 * @param {string[]} extra further inputs (configs, package.json), relative to `root`
 * @returns {string[]}
 */
function inputsOf(root, ids, extra) {
  const files = new Set(extra);
  for (const id of ids) {
    const file = id.replace(/[?#].*$/, '');
    if (file.startsWith('\0') || !isAbsolute(file) || file.includes(`${sep}node_modules${sep}`)) {
      continue;
    }
    const rel = relative(root, file);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      continue;
    }
    files.add(rel);
    for (let dir = dirname(rel); dir !== '.'; dir = dirname(dir)) {
      files.add(dir);
    }
  }
  return [...files].sort();
}

/**
 * @param {string} manifest path of the JSON record
 * @param {string[]} inputs relative to the manifest's root, from inputsOf
 */
function writeInputs(manifest, inputs) {
  mkdirSync(dirname(manifest), { recursive: true });
  writeFileSync(manifest, JSON.stringify({ inputs }, null, 1) + '\n');
}

/** @param {string} path */
function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Stale when an output or the record is missing, or an input changed or vanished since.
 * @param {string} root
 * @param {string} manifest
 * @param {string[]} outputs
 * @returns {string | null} why it is stale, or null when it is fresh
 */
function staleness(root, manifest, outputs) {
  const built = Math.min(...outputs.map((out) => mtimeOf(out) ?? -Infinity));
  if (built === -Infinity) {
    return 'not built yet';
  }
  /** @type {string[]} */
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(manifest, 'utf8')).inputs;
  } catch {
    return 'no record of its inputs';
  }
  for (const input of inputs) {
    const mtime = mtimeOf(join(root, input));
    if (mtime === null) {
      return `${input} is gone`;
    }
    if (mtime > built) {
      return `${input} changed`;
    }
  }
  return null;
}

module.exports = { inputsOf, writeInputs, staleness };
