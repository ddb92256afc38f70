// A thread that reads proposals ahead of the one judging them. On one or two cores the CLI
// judges on one thread (parallel.ts, AUTO_MIN_CORES): a second judging thread competed with
// V8's own helpers and lost. Opening, reading and decoding the files is light work for the
// second core and about an eighth of the judging thread's. The reader runs a script of its
// own (reader.ts, bundled as dist/cli/reader.js: ~27 KB, where the CLI's is ~1 MB). The main
// thread takes what it sent with receiveMessageOnPort (synchronous, no turn of the event
// loop) and reads any file itself that has not arrived: the reader can cost time, never a
// result.
import type { MessagePort, Worker as WorkerType } from 'node:worker_threads';
import { readForCheck, type ReadResult } from '../io/files.js';

/**
 * Read-ahead from this many files. The thread is ready ~100 ms after it is started; on 1,000
 * files it saved nothing (471 vs 475 ms, 15 alternated runs), on 4,000 about 7%.
 */
export const READ_AHEAD_MIN_FILES = 2000;
/** The most files read and not yet taken: bounds the memory they hold (~2.5 KB each). */
const MAX_LEAD = 512;
/** Where the reader begins, past the main thread, which reads while the reader starts. */
const START_LEAD = 64;
/** Files a message: enough to make a message's own cost small, few enough to arrive early. */
const BATCH = 32;

const MARK = 'stack-verdict/read-ahead';
/** shared[NEXT]: the file the main thread takes next; shared[DONE]: 1 once it takes no more. */
const NEXT = 0;
const DONE = 1;

export interface ReaderInput {
  mark: typeof MARK;
  cwd: string;
  files: readonly string[];
  maxBytes: number | undefined;
  shared: Int32Array;
  port: MessagePort;
}

/** Files from..from+reads.length-1; undefined where the read threw (the main thread reads it). */
interface ReadBatch {
  from: number;
  reads: (ReadResult | undefined)[];
}

export function isReaderInput(data: unknown): data is ReaderInput {
  return typeof data === 'object' && data !== null && (data as { mark?: unknown }).mark === MARK;
}

/** The reader thread: reads files in order, ahead of the main thread and never too far. */
export function runReader(input: ReaderInput): void {
  const { files, shared, port } = input;
  let next = Atomics.load(shared, NEXT) + START_LEAD;
  let batch: ReadBatch = { from: next, reads: [] };
  const flush = (): void => {
    if (batch.reads.length > 0) port.postMessage(batch);
    batch = { from: next, reads: [] };
  };
  while (next < files.length && Atomics.load(shared, DONE) === 0) {
    const taken = Atomics.load(shared, NEXT);
    if (next < taken) {
      // Behind the main thread: what it has passed is of no use; jump ahead of it again.
      next = taken + START_LEAD;
      flush();
      continue;
    }
    if (next - taken >= MAX_LEAD) {
      flush();
      Atomics.wait(shared, NEXT, taken, 100);
      continue;
    }
    let read: ReadResult | undefined;
    try {
      read = readForCheck(input.cwd, files[next]!, input.maxBytes);
    } catch {
      read = undefined;
    }
    batch.reads.push(read);
    next++;
    if (batch.reads.length === BATCH) flush();
  }
  flush();
  // Closing the port, or ending the thread, may drop messages not yet taken: wait for stop().
  while (Atomics.load(shared, DONE) === 0) Atomics.wait(shared, DONE, 0, 1000);
}

/** The main thread's side. */
export interface ReadAhead {
  /** The file read for index `i`, if the reader sent it in time. */
  take(i: number): ReadResult | undefined;
  /** How many reads the reader has sent so far. */
  received(): number;
  stop(): void;
}

/**
 * Starts the reader on `files` with its script (`url`: dist/cli/reader.js, from reader.ts).
 * Call take(i) for i = 0, 1, 2… in order, then stop().
 */
export async function startReadAhead(
  url: URL,
  cwd: string,
  files: readonly string[],
  maxBytes: number | undefined,
): Promise<ReadAhead> {
  const { Worker, MessageChannel, receiveMessageOnPort } = await import('node:worker_threads');
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const input: ReaderInput = { mark: MARK, cwd, files, maxBytes, shared, port: port2 };
  let worker: WorkerType | undefined = new Worker(url, {
    workerData: input,
    transferList: [port2],
    stdout: true,
    stderr: true,
  });
  // Whatever happens to the reader, the main thread reads on by itself.
  worker.on('error', () => undefined);
  worker.unref();
  port1.unref();
  const ready: (ReadResult | undefined)[] = [];
  let current = 0;
  let received = 0;
  const drain = (): void => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const { from, reads } = m.message as ReadBatch;
      received += reads.length;
      for (let k = 0; k < reads.length; k++) {
        if (from + k >= current) ready[from + k] = reads[k];
      }
    }
  };
  return {
    take(i) {
      current = i;
      Atomics.store(shared, NEXT, i);
      if ((i & (BATCH - 1)) === 0) Atomics.notify(shared, NEXT);
      let read = ready[i];
      if (read === undefined) {
        drain();
        read = ready[i];
      }
      ready[i] = undefined;
      return read;
    },
    received() {
      drain();
      return received;
    },
    stop() {
      Atomics.store(shared, DONE, 1);
      Atomics.notify(shared, NEXT);
      Atomics.notify(shared, DONE);
      port1.close();
      void worker?.terminate();
      worker = undefined;
    },
  };
}
