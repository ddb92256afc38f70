// src/action/heap.ts: the Action bounds the young generation (src/io/heap.ts) for a run with
// many files to judge, and leaves node:v8 unloaded for a run with few.
import { describe, expect, it, vi } from 'vitest';

const bound = vi.fn();
vi.mock('../../src/io/heap.js', () => ({ boundYoungGeneration: bound }));
const { boundHeapFor, MANY_FILES } = await import('../../src/action/heap.js');

describe('boundHeapFor', () => {
  it('sets the bound from MANY_FILES files on, and not below', async () => {
    expect(await boundHeapFor(1)).toBe(false);
    expect(await boundHeapFor(MANY_FILES - 1)).toBe(false);
    expect(bound).not.toHaveBeenCalled();
    expect(await boundHeapFor(MANY_FILES)).toBe(true);
    expect(await boundHeapFor(10_000)).toBe(true);
    expect(bound).toHaveBeenCalledTimes(2);
  });
});
