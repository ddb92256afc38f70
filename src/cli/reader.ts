// The read-ahead thread's own script (read-ahead.ts): file reading only, so that it starts in
// a fraction of the time the CLI's whole bundle takes.
import { workerData } from 'node:worker_threads';
import { isReaderInput, runReader } from './read-ahead.js';

if (isReaderInput(workerData)) runReader(workerData);
