/**
 * `npm run ring-builder -- <builder.json> <command> [args...]`: swift-ring-builder's commands,
 * messages and exit codes over the model in src-renderer/lib/ring; this file only does I/O.
 */
import { runRingBuilder } from '../../src-renderer/lib/ring/run';
import { installNativeBase64 } from './native-base64';
import { diskIO, withBackups } from './ring-io';

installNativeBase64();
const argv = ['swift-ring-builder', ...process.argv.slice(2)];
const run = runRingBuilder(argv, withBackups(diskIO(), argv[1] ?? '.'));
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exitCode = run.code;
