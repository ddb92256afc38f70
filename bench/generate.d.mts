// Types for bench/generate.mjs, which the CST test reads its proposals from.
export interface GeneratedStats {
  files: number;
  yaml: number;
  md: number;
  invalid: number;
  go: number;
  rust: number;
  other: number;
}
/** Writes `count` seeded proposals beneath dir/proposals. */
export function generate(dir: string, count: number, seed?: number): GeneratedStats;
