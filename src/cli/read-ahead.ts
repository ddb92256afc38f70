// A thread that reads proposals ahead of the one judging them, when one thread judges a large
// check on a machine of two cores or more. On two cores the CLI judges on one thread
// (parallel.ts, AUTO_MIN_CORES): a second judging thread competed with V8's own helpers and
// lost. Opening, reading and decoding the files is light work for the second core and about
// an eighth of the judging thread's. The reader runs a script of its own (reader.ts, bundled
// as dist/cli/reader.js: ~27 KB, where the CLI's is ~1 MB). The main thread takes what it
// sent with receiveMessageOnPort (synchronous, no turn of the event loop). The reader hands
// over only the texts it read, with the main thread's own checks (readForCheck); every file
// it did not hand over (refused, unreadable, large, or not read in time) the main thread
// reads itself. The reader can cost time, never change a result.
import { debuglog } from 'node:util';
import type { MessagePort, Worker as WorkerType } from 'node:worker_threads';
import { readForCheck, type ReadResult } from '../io/files.js';

/**
 * Read-ahead from this many files. The thread sends its first files 100-150 ms after it is
 * started; on 1,000 files it saved nothing (471 vs 475 ms, 15 alternated runs), on 4,000 about 7%.
 */
export const READ_AHEAD_MIN_FILES = 2000;
/** The most files read and not yet taken. */
export const MAX_LEAD = 512;
/**
 * The longest text handed over: with MAX_LEAD, at most 32 Mi characters held at a time. A
 * proposal takes a few KB; a larger file (up to --max-bytes) the main thread reads itself.
 */
const MAX_HANDED_CHARS = 64 * 1024;
/** Where the reader begins, past the main thread, which reads while the reader starts. */
const START_LEAD = 64;
/** Files a message: enough to make a message's own cost small, few enough to arrive early (a power of two). */
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

/** The texts of files from..from+texts.length-1; undefined: the main thread reads that one. */
interface ReadBatch {
  from: number;
  texts: (string | undefined)[];
}

export function isReaderInput(data: unknown): data is ReaderInput {
  return typeof data === 'object' && data !== null && (data as { mark?: unknown }).mark === MARK;
}

/** The reader thread: reads files in order, ahead of the main thread and never too far. */
export function runReader(input: ReaderInput): void {
  const { files, shared, port } = input;
  let next = Atomics.load(shared, NEXT) + START_LEAD;
  let batch: ReadBatch = { from: next, texts: [] };
  const flush = (): void => {
    if (batch.texts.length > 0) port.postMessage(batch);
    batch = { from: next, texts: [] };
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
    let text: string | undefined;
    try {
      const read = readForCheck(input.cwd, files[next]!, input.maxBytes);
      if (read.ok && read.text.length <= MAX_HANDED_CHARS) text = read.text;
    } catch {
      text = undefined;
    }
    batch.texts.push(text);
    next++;
    if (batch.texts.length === BATCH) flush();
  }
  flush();
  // Closing the port, or ending the thread, may drop messages not yet taken: wait for stop().
  while (Atomics.load(shared, DONE) === 0) Atomics.wait(shared, DONE, 0, 1000);
}

/** The main thread's side. */
export interface ReadAhead {
  /** The text of file `i` read by the reader, if it sent it in time. */
  take(i: number): ReadResult | undefined;
  /** How many files' texts the reader has sent so far. */
  received(): number;
  stop(): void;
}

/** `NODE_DEBUG=stack-verdict` prints how many files were read ahead. */
const debug = debuglog('stack-verdict');

/**
 * Starts the reader on `files` with its script (`url`: dist/cli/reader.js, from reader.ts).
 * Call take(i) for i = 0, 1, 2… in order, then stop().
 */
export async function startReadAhead(
  url: URL,
  cwd: string,
  files: readonly string[],
  maxBytes: number | undefined,
): Promise<ReadAhead | undefined> {
  const { Worker, MessageChannel, receiveMessageOnPort } = await import('node:worker_threads');
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const input: ReaderInput = { mark: MARK, cwd, files, maxBytes, shared, port: port2 };
  let worker: WorkerType | undefined;
  try {
    worker = new Worker(url, {
      workerData: input,
      transferList: [port2],
      stdout: true,
      stderr: true,
    });
  } catch {
    port1.close();
    return undefined; // no thread to be had: the main thread reads everything itself
  }
  // Whatever happens to the reader later, the main thread reads on by itself.
  worker.on('error', () => undefined);
  worker.unref();
  port1.unref();
  const ready: (string | undefined)[] = [];
  let current = 0;
  let received = 0;
  let used = 0;
  const drain = (): void => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const { from, texts } = m.message as ReadBatch;
      for (let k = 0; k < texts.length; k++) {
        if (texts[k] !== undefined) received++;
        if (from + k >= current) ready[from + k] = texts[k];
      }
    }
  };
  return {
    take(i) {
      current = i;
      Atomics.store(shared, NEXT, i);
      if ((i & (BATCH - 1)) === 0) Atomics.notify(shared, NEXT);
      let text = ready[i];
      if (text === undefined) {
        drain();
        text = ready[i];
      }
      if (text === undefined) return undefined;
      ready[i] = undefined;
      used++;
      return { ok: true, text };
    },
    received() {
      drain();
      return received;
    },
    stop() {
      if (!worker) return;
      debug('read-ahead: %d of %d files read on the reading thread', used, files.length);
      Atomics.store(shared, DONE, 1);
      Atomics.notify(shared, NEXT);
      Atomics.notify(shared, DONE);
      port1.close();
      void worker.terminate();
      worker = undefined;
    },
  };
}
