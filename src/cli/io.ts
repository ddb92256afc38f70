// What the CLI needs from its process, and the errors a command answers with exit status 2.
// Every command and helper imports these from here, never from main.ts, which imports them all.

import pkg from '../../package.json' with { type: 'json' };

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** The terminal's width when standard output is one; absent: text output is not wrapped. */
  columns?: number;
  /** All of standard input (`check -`); absent: there is none. */
  readStdin?: () => Uint8Array;
  /** The CLI's own script, run by worker threads for large checks; absent: one thread. */
  workerUrl?: URL;
  /** The read-ahead thread's script (dist/cli/reader.js); absent: no read-ahead. */
  readerUrl?: URL;
}

/** A mistake in the command line: said in one line, with exit status 2. */
export class UsageError extends Error {}

/** package.json's version, put in the bundle at build time (the JSON import is inlined). */
export const VERSION: string = pkg.version;

/** Whether text output may be coloured: NO_COLOR and FORCE_COLOR first, then the terminal. */
export function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY && io.env.TERM !== 'dumb';
}

/** Whether NODE_DEBUG names the CLI (`stack-verdict`, or a pattern such as `stack-*`). */
export function debugging(env: NodeJS.ProcessEnv): boolean {
  return (env.NODE_DEBUG ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((name) =>
      new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(
        'stack-verdict',
      ),
    );
}
