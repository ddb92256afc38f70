#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './main.js';
import { isWorkerInput, runWorker } from './parallel.js';

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
    readStdin: () => readFileSync(0),
    workerUrl: new URL(import.meta.url),
  });
}
