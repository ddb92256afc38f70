// Judging many proposals on several threads. Parsing YAML is most of the work and each file
// is independent, so the files are shared out in small batches through one atomic counter:
// every thread, the main one included, takes the next batch until none is left. The
// results go back in file order, so the report is the same whatever the number of threads.
import { availableParallelism } from 'node:os';
import { loadConfig, engineOptionsFromConfig } from '../config/index.js';
import type { EngineOptions, FileResult } from '../core/engine.js';
import { judgeRead } from '../core/judge.js';
import { READ_AHEAD_MIN_FILES, startReadAhead } from './read-ahead.js';
import { readForCheck, toReportPath, type ReadResult } from '../io/files.js';
import { growYoungGeneration } from '../io/heap.js';

/**
 * `--jobs auto` starts workers from this many files (on AUTO_MIN_CORES cores or more). A worker
 * loads the engine and warms up its JIT on its own (~200 ms), and sends its results back to be
 * copied: below ~4,000 files one thread was faster (docs/benchmarks.md).
 */
export const AUTO_MIN_FILES = 4000;
/** The most threads --jobs may ask for: each loads the whole engine. */
export const MAX_JOBS = 64;
/** With an explicit `--jobs N`, each thread gets at least this many files. */
const MIN_FILES_PER_THREAD = 100;
/** Files taken at a time: small enough to balance the threads, large enough to rarely meet. */
const BATCH = 16;
/** More threads than this gain little and cost memory (each loads the whole engine). */
const MAX_AUTO_JOBS = 4;

const MARK = 'stack-verdict/check-worker';
/** In a worker's argv: tells src/cli/index.ts to load node:worker_threads and look. */
export const WORKER_ARG = '--stack-verdict-worker';

/** What a worker needs to build the same engine as the main thread and find its files. */
export interface WorkerInput {
  mark: typeof MARK;
  cwd: string;
  configPath: string | undefined;
  /** The folder configPath is relative to (the repository root) and shared files read. */
  configRoot?: string;
  remoteTexts?: Readonly<Record<string, string>>;
  today: string;
  assumeApproved?: boolean;
  /** What the main thread adds to the configuration's engine: the repository, the folder judged, the artefacts. */
  engine?: Pick<EngineOptions, 'repository' | 'base' | 'artefacts'>;
  maxBytes: number | undefined;
  files: readonly string[];
  /** [0]: the next file index to take. [1 + i]: worker i's state (STATE_*). */
  shared: Int32Array;
  index: number;
}

const STATE_WAITING = 0;
const STATE_WORKING = 1;
const STATE_CANCELLED = 2;

/**
 * Up to this many cores `--jobs auto` keeps one thread. V8's own threads (the garbage
 * collector's helpers, the optimising compiler) already use about a third of a second core
 * while one thread judges; a second judging thread then competes with them, and on two cores
 * 10,000 proposals took longer with it than without (1.99 vs 1.76 s; docs/benchmarks.md).
 */
export const AUTO_MIN_CORES = 3;

/** `--jobs auto`: one thread per core, at most MAX_AUTO_JOBS; one below AUTO_MIN_CORES cores. */
export function autoJobs(cores: number = availableParallelism()): number {
  return cores < AUTO_MIN_CORES ? 1 : Math.min(cores, MAX_AUTO_JOBS);
}

export function isWorkerInput(data: unknown): data is WorkerInput {
  return typeof data === 'object' && data !== null && (data as { mark?: unknown }).mark === MARK;
}

export interface ParallelOptions {
  /** Threads in all, the main one included; `auto` is autoJobs() from AUTO_MIN_FILES files. */
  jobs: number | 'auto';
  /** The script a worker runs: the CLI's own bundle, which starts runWorker in a worker. */
  workerUrl: URL;
  /** The read-ahead thread's script (read-ahead.ts); absent: no read-ahead. */
  readerUrl?: URL;
  configPath: string | undefined;
  configRoot?: string;
  remoteTexts?: Readonly<Record<string, string>>;
  today: string;
  /** --assume-approved, so that workers judge waivers as the main thread does. */
  assumeApproved?: boolean;
}

/**
 * Every file's result, in file order. A worker that has not begun when the main thread runs
 * out of files is stopped, and any batch a failed worker took is judged again here, so a
 * worker can cost time but never a result.
 */
export async function judgeAll(
  cwd: string,
  files: readonly string[],
  options: EngineOptions,
  maxBytes: number | undefined,
  parallel: ParallelOptions | undefined,
): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(files.length);
  const workers = parallel ? threads(parallel.jobs, files.length) - 1 : 0;
  // Decided on this thread's heap alone (the flag is process-wide: workers follow it).
  const checkGrowth = growYoungGeneration();
  // `read`: the file as the read-ahead thread read it, when it did.
  const judge = (i: number, read?: ReadResult): FileResult => {
    if ((i & 15) === 0) checkGrowth();
    const file = files[i]!;
    return judgeRead(toReportPath(cwd, file), read ?? readForCheck(cwd, file, maxBytes), options);
  };
  if (!parallel || workers < 1) {
    const ahead =
      parallel?.jobs === 'auto' && parallel.readerUrl && readAheadPays(files.length)
        ? await startReadAhead(parallel.readerUrl, cwd, files, maxBytes)
        : undefined;
    if (!ahead) return files.map((_, i) => judge(i));
    try {
      return files.map((_, i) => judge(i, ahead.take(i)));
    } finally {
      ahead.stop();
    }
  }

  const shared = new Int32Array(new SharedArrayBuffer(4 * (1 + workers)));
  const { Worker } = await import('node:worker_threads');
  const finished = Array.from({ length: workers }, (_, index) =>
    startWorker(Worker, parallel.workerUrl, {
      mark: MARK,
      cwd,
      configPath: parallel.configPath,
      ...(parallel.configRoot !== undefined ? { configRoot: parallel.configRoot } : {}),
      ...(parallel.remoteTexts ? { remoteTexts: parallel.remoteTexts } : {}),
      today: parallel.today,
      assumeApproved: parallel.assumeApproved === true,
      engine: shellPart(options),
      maxBytes,
      files,
      shared,
      index,
    }),
  );
  takeBatches(shared, files.length, (i) => {
    results[i] = judge(i);
  });
  for (let i = 0; i < workers; i++) {
    // A worker still loading has taken nothing: stop it rather than wait for it.
    if (Atomics.compareExchange(shared, 1 + i, STATE_WAITING, STATE_CANCELLED) === STATE_WAITING) {
      finished[i]!.cancel();
    }
  }
  for (const { results: done } of await Promise.all(finished.map((w) => w.done))) {
    for (const [i, result] of done) results[i] = result;
  }
  // Array.from, not map: map skips the holes that lost batches leave.
  return Array.from(results, (r, i) => r ?? judgeOne(cwd, files[i]!, options, maxBytes));
}

/**
 * The engine's options the configuration does not give: without them a worker would key a
 * link to this repository's files as a URL, and judge links before the artefacts are read
 * differently from the main thread.
 */
function shellPart(options: EngineOptions): WorkerInput['engine'] {
  return {
    ...(options.repository !== undefined ? { repository: options.repository } : {}),
    ...(options.base !== undefined ? { base: options.base } : {}),
    ...(options.artefacts !== undefined ? { artefacts: options.artefacts } : {}),
  };
}

/** Reads and judges one file on this thread; never throws on what the file holds. */
function judgeOne(
  cwd: string,
  absolute: string,
  options: EngineOptions,
  maxBytes: number | undefined,
): FileResult {
  return judgeRead(toReportPath(cwd, absolute), readForCheck(cwd, absolute, maxBytes), options);
}

/**
 * Whether one judging thread gets a read-ahead thread (read-ahead.ts): from
 * READ_AHEAD_MIN_FILES files, on two cores or more.
 */
export function readAheadPays(count: number, cores: number = availableParallelism()): boolean {
  return count >= READ_AHEAD_MIN_FILES && cores >= 2;
}

/** How many threads judge `count` files. */
export function threads(jobs: number | 'auto', count: number): number {
  if (jobs === 'auto') return count >= AUTO_MIN_FILES ? autoJobs() : 1;
  return Math.max(1, Math.min(jobs, Math.floor(count / MIN_FILES_PER_THREAD)));
}

function takeBatches(shared: Int32Array, count: number, judge: (index: number) => void): void {
  for (;;) {
    const start = Atomics.add(shared, 0, BATCH);
    if (start >= count) return;
    for (let i = start; i < Math.min(start + BATCH, count); i++) judge(i);
  }
}

interface WorkerOutput {
  results: [number, FileResult][];
}

function startWorker(
  Worker: typeof import('node:worker_threads').Worker,
  url: URL,
  input: WorkerInput,
): { done: Promise<WorkerOutput>; cancel: () => void } {
  const worker = new Worker(url, {
    workerData: input,
    argv: [WORKER_ARG],
    stdout: true,
    stderr: true,
  });
  const done = new Promise<WorkerOutput>((resolve) => {
    let output: WorkerOutput = { results: [] };
    worker.on('message', (message: WorkerOutput) => (output = message));
    // Whatever happened to the worker, what it did not send back is judged again.
    worker.on('error', () => resolve({ results: [] }));
    worker.on('exit', () => resolve(output));
  });
  return { done, cancel: () => void worker.terminate() };
}

/** A worker's whole life: claim its start, build the engine, take batches, send results. */
export async function runWorker(input: WorkerInput, post: (output: WorkerOutput) => void) {
  const slot = 1 + input.index;
  // Other repositories' files were read once by the main thread: no worker goes to the network.
  const texts = input.remoteTexts ?? {};
  const config = await loadConfig(input.configRoot ?? input.cwd, input.configPath, {
    remote: async (t) => {
      const name = `${t.owner}/${t.repo}/${t.path}@${t.ref}`;
      return name in texts
        ? { ok: true, text: texts[name]! }
        : { ok: false, message: 'not read by the main thread' };
    },
  });
  const options = {
    ...engineOptionsFromConfig(config, {
      today: input.today,
      approvals: { kind: input.assumeApproved ? 'assumed' : 'unseen' },
    }),
    ...input.engine,
  };
  if (Atomics.compareExchange(input.shared, slot, STATE_WAITING, STATE_WORKING) !== STATE_WAITING) {
    return; // The main thread finished first.
  }
  const results: [number, FileResult][] = [];
  takeBatches(input.shared, input.files.length, (i) => {
    results.push([i, judgeOne(input.cwd, input.files[i]!, options, input.maxBytes)]);
  });
  post({ results });
}
