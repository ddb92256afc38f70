#!/usr/bin/env node
import { readSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './main.js';
import { isWorkerInput, runWorker } from './parallel.js';
import { boundYoungGeneration } from '../io/heap.js';

boundYoungGeneration();

/**
 * A stream whose reader went away (`stack-verdict rules | head -1`): further output is
 * dropped instead of crashing on EPIPE, and the exit code stays that of the work done.
 */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

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

// The same script serves as the worker of a large check (src/cli/parallel.ts).
if (!isMainThread && isWorkerInput(workerData)) {
  await runWorker(workerData, (output) => parentPort?.postMessage(output));
} else {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    isTTY: Boolean(process.stdout.isTTY),
    readStdin,
    workerUrl: new URL(import.meta.url),
  });
}
