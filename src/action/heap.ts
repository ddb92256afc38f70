// The young-generation bound of src/io/heap.ts, for the Action: set once the run knows it
// judges many files. node:v8, which sets it, takes ~2.5 ms to load on Node 24, and a run on a
// few files never grows the young generation far enough for the bound to matter.

/** From this many files to judge on, the bound is set (10,000 proposals peak at ~400 MB without). */
export const MANY_FILES = 200;

export async function boundHeapFor(files: number): Promise<boolean> {
  if (files < MANY_FILES) return false;
  const { boundYoungGeneration } = await import('../io/heap.js');
  boundYoungGeneration();
  return true;
}
