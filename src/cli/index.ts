#!/usr/bin/env node
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './main.js';
import { isWorkerInput, runWorker } from './parallel.js';
import { boundYoungGeneration } from '../io/heap.js';

boundYoungGeneration();

// The same script serves as the worker of a large check (src/cli/parallel.ts).
if (!isMainThread && isWorkerInput(workerData)) {
  await runWorker(workerData, (output) => parentPort?.postMessage(output));
} else {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    workerUrl: new URL(import.meta.url),
  });
}
