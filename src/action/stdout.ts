// The Action's standard output, written with fs.writeSync on descriptor 1. Reading
// `process.stdout` on a pipe (how the runner starts an action) builds a net.Socket and loads
// the stream stack: ~2.5 ms of a ~75 ms run on Node 24 (docs/benchmarks.md, start-up).
import { writeSync } from 'node:fs';

/** How long to wait before trying again when the pipe is full. */
const RETRY_MS = 1;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to `fd`. The runner reads the pipe as we write; when it is full and the
 * descriptor is non-blocking (another process may have made it so), the write waits and tries
 * again rather than losing a workflow command. With no reader left (EPIPE) the text has
 * nowhere to go and is dropped: the exit code still says how the run ended.
 */
export function writeAll(text: string, fd = 1, write: typeof writeSync = writeSync): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += write(fd, bytes, offset, bytes.length - offset);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw err;
      Atomics.wait(pause, 0, 0, RETRY_MS);
    }
  }
}

/** Where the Action's output goes; a test replaces `write` to see it. */
export const stdout = { write: (text: string): void => writeAll(text) };
