// Standard output and error written with fs.writeSync on their descriptors. Reading
// `process.stdout` on a pipe builds a net.Socket and loads the stream stack, and telling a
// terminal apart loads node:tty: ~2.5 ms of every start of the Action and the CLI
// (docs/benchmarks.md, start-up), for output that is written in whole pieces anyway.
import { writeSync } from 'node:fs';

/** How long to wait before trying again when the pipe is full. */
const RETRY_MS = 1;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to `fd`. When the reader is slow and the descriptor non-blocking
 * (another process may have made it so), the write waits and tries again rather than losing
 * output. With no reader left (EPIPE: `stack-verdict rules | head -1`) the text has nowhere to
 * go and is dropped: the exit code still says how the run ended.
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
