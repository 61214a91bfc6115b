// @ts-check
/**
 * `npm run deck` / `npm run ring-builder`: runs the CLI's bundle from out/cli (plain JavaScript,
 * no TypeScript compiler at start-up), building it first when a source changed since.
 * Usage: node src-main/cli/run.cjs <deck|ring-builder> [args...]
 * CommonJS, as the bundles are: Node's ES module loader (its async file reads, the fs module's
 * ESM facade that loads every stream class) is about 15 ms of a command that takes 100-150.
 * package.json starts ring-builder with a 16 MB young generation from the start: a
 * part-power-18 rebalance then runs without a single garbage collection (about ten scavenges
 * and a mark-compact without it, 20-50 ms); 64 MB collects no less at part power 20 and costs
 * every command 6-8 ms of start-up.
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
