// Node 24's V8 grows the young generation further than Node 20's: judging 10,000 proposals
// peaked at ~390 MB there against ~240 MB on Node 20 (docs/benchmarks.md, "Memory"). The
// semi-spaces' maximum is fixed when the heap is created, before any of our code runs, but
// their growth factor is read each time they would grow: at 1 they stay at their first
// size. Flags are process-wide, so the CLI's worker threads get it too.
import { setFlagsFromString } from 'node:v8';

export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

/** Keeps the young generation at its first size; call first thing in an entry point. */
export function boundYoungGeneration(): void {
  setFlagsFromString(YOUNG_GENERATION_FLAG);
}
