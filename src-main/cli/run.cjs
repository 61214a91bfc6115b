// @ts-check
/**
 * `npm run deck` / `npm run ring-builder`: runs the CLI's bundle from out/cli (plain JavaScript,
 * no TypeScript compiler at start-up), building it first when a source changed since.
 * Usage: node src-main/cli/run.cjs <deck|ring-builder> [args...]
 * CommonJS, as the bundles are: Node's ES module loader (its async file reads, the fs module's
 * ESM facade that loads every stream class) is about 15 ms of a command that takes 100-150.
 * package.json starts ring-builder with a 64 MB young generation from the start: a large
 * rebalance makes many short-lived arrays, and fewer scavenges take about a seventh off a
 * part-power-18 rebalance; without the minimum the young generation only grows there after
 * 15 scavenges (1 with it, 20-50 ms less GC).
 */
const { CLI_NAMES, cliBundle, ensureCliBundles } = require('../build/cli-bundle.cjs');

const [name = '', ...args] = process.argv.slice(2);
if (!CLI_NAMES.includes(name)) {
  process.stderr.write(`usage: node src-main/cli/run.cjs <${CLI_NAMES.join('|')}> [args...]\n`);
  process.exit(2);
}
if (!ensureCliBundles()) {
  process.stderr.write('error: building the command-line tools failed (see above)\n');
  process.exit(1);
}
const bundle = cliBundle(name);
process.argv = [process.argv[0] ?? 'node', bundle, ...args];
require(bundle);
