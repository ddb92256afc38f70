/**
 * Work done by a reader, counted in characters examined and values kept, so tests can hold
 * it to a multiple of the input's length without timing anything.
 */
export interface Work {
  steps: number;
}
