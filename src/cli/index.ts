#!/usr/bin/env node
import { readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runCli } from './main.js';
import { isWorkerInput, runWorker, WORKER_ARG } from './parallel.js';
import { boundYoungGeneration } from '../io/heap.js';
import { writeAll } from '../io/write.js';

// Flags are process-wide: a worker (started with WORKER_ARG) leaves them as the main thread
// set them, which by then lets the young generation grow (parallel.ts, judgeAll).
if (!process.argv.includes(WORKER_ARG)) boundYoungGeneration();

/**
 * All of standard input. readFileSync(0) fails with EAGAIN when the shell left stdin
 * non-blocking (some CI runners and editors do); this waits a moment and reads on.
 */
function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buffer, 0, buffer.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

// The same script serves as the worker of a large check (src/cli/parallel.ts), started with
// WORKER_ARG: node:worker_threads (~1.5 ms) is loaded only then, or to start workers.
const worker = process.argv.includes(WORKER_ARG) ? await import('node:worker_threads') : undefined;
if (worker && !worker.isMainThread && isWorkerInput(worker.workerData)) {
  await runWorker(worker.workerData, (output) => worker.parentPort?.postMessage(output));
} else {
  const require = createRequire(import.meta.url);
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => writeAll(text, 1),
    stderr: (text) => writeAll(text, 2),
    // Asked only to choose colours for text output: node:tty is loaded then.
    get isTTY() {
      return (require('node:tty') as typeof import('node:tty')).isatty(1);
    },
    get columns() {
      return process.stdout.columns;
    },
    readStdin,
    workerUrl: new URL(import.meta.url),
    // Beside this file (scripts/build.mjs builds it there). webpackIgnore: otherwise webpack
    // finds src/cli/reader.ts and copies it into dist/ as an asset.
    readerUrl: new URL(/* webpackIgnore: true */ './reader.js', import.meta.url),
  });
}
