// Node 24's V8 grows the young generation further than Node 20's: judging 10,000 proposals
// peaked at ~390 MB there against ~240 MB on Node 20 (docs/benchmarks.md, "Memory"). The
// semi-spaces' maximum is fixed when the heap is created, before any of our code runs, but
// their growth factor is read each time they would grow: at 1 they stay at their current
// size. Flags are process-wide, so the CLI's worker threads get it too.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';
/**
 * How the young generation grows while the CLI judges: eightfold, not V8's twofold, so that it
 * reaches the cap in two steps instead of four. Each step waits for a scavenge, and on 1,000
 * files about half of them happened while the space was still small (--trace-gc: 27
 * scavenges → 14; ~2% of the run, 41 alternated runs).
 */
export const YOUNG_GENERATION_GROWTH_FLAG = '--semi-space-growth-factor=8';
/**
 * Where growing stops: a new space of 16 MB, one doubling short of Node 20's largest (32 MB).
 * Growth is checked between files, so it may take one more step (never past V8's own
 * maximum) before it stops; docs/benchmarks.md measures the peak at 10,000 files.
 */
export const YOUNG_GENERATION_CAP = 16 * 1024 * 1024;

/** Keeps the young generation at its current size (the CLI at start; the Action from 200 files). */
export function boundYoungGeneration(): void {
  setFlagsFromString(YOUNG_GENERATION_FLAG);
}

/**
 * For a long run (the CLI judging many files): lets the young generation grow to about
 * Node 20's size, and no further on any Node. At its first size (1 MB), 10,000 proposals on
 * one thread cost ~1,450 scavenges (~500 ms, --trace-gc); capped at 16 MB, ~200 (~200 ms).
 * Returns the check to call between files, which stops the growth at the cap.
 */
export function growYoungGeneration(): () => void {
  let growing = true;
  setFlagsFromString(YOUNG_GENERATION_GROWTH_FLAG);
  return () => {
    if (!growing) return;
    const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (space && space.space_size < YOUNG_GENERATION_CAP) return;
    setFlagsFromString(YOUNG_GENERATION_FLAG);
    growing = false;
  };
}
