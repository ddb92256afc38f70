// What became of a run's review comments, for the run's result and the summary's note.
export type ReviewResult =
  | { action: 'posted' | 'unchanged'; posted: number; kept: number; deleted: number }
  | { action: 'skipped' | 'failed'; reason: string; noted?: boolean };
