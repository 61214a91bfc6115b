/**
 * `npm run ring-builder -- <builder.json> <command> [args...]`: swift-ring-builder's commands,
 * messages and exit codes over the model in src-renderer/lib/ring; this file only does I/O.
 */
import { writeSync } from 'node:fs';
import { runRingBuilder } from '../../src-renderer/lib/ring/run';
import { installNativeBase64 } from './native-base64';
import { diskIO, withBackups } from './ring-io';

/**
 * All of `text` to a file descriptor, written directly: process.stdout and process.stderr are
 * streams whose set-up (net, stream, tty) is 5-8 ms of a command that takes about 100.
 * Waits out a non-blocking descriptor's EAGAIN; stops quietly when the reader has gone.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length;) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        return;
      }
      if (code !== 'EAGAIN') {
        throw error;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

installNativeBase64();
const argv = ['swift-ring-builder', ...process.argv.slice(2)];
const run = runRingBuilder(argv, withBackups(diskIO(), argv[1] ?? '.'));
writeAll(1, run.stdout);
writeAll(2, run.stderr);
process.exitCode = run.code;
