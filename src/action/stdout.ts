// The Action's standard output: workflow commands and log lines, written without building
// `process.stdout` (src/io/write.ts).
import { writeAll } from '../io/write.js';

/** Where the Action's output goes; a test replaces `write` to see it. */
export const stdout = { write: (text: string): void => writeAll(text, 1) };
