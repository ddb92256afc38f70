// The one way a file becomes a judgement, whoever read it (the CLI from disk or standard
// input, the Action from the workspace or the API), and the one place a report is stamped
// with the configuration that judged it.

import {
  buildReport,
  judgeFile,
  unreadableFile,
  type EngineOptions,
  type FileResult,
  type OtherProposal,
} from './engine.js';
import type { FailOn, Report } from './types.js';

/** What a reader made of a file: its text, or why there is none. */
export type ReadOutcome = { ok: true; text: string } | { ok: false; message: string };

/**
 * Judges a file as it was read: its text, or, when it could not be read, a `proposal-invalid`
 * finding that says why. Never throws on what the file holds.
 */
export function judgeRead(file: string, read: ReadOutcome, options: EngineOptions): FileResult {
  return read.ok
    ? judgeFile(file, read.text, options)
    : { kind: 'proposal', report: unreadableFile(file, read.message, options) };
}

/**
 * The run's report, naming the configuration files that judged it (the repository's own
 * first, then what it extends; none: the built-in configuration).
 */
export function judgedReport(
  results: readonly FileResult[],
  failOn: FailOn,
  options: EngineOptions,
  chain: readonly string[] | undefined,
  others: readonly OtherProposal[] = [],
): Report {
  return {
    ...buildReport(results, failOn, options, others),
    config: { chain: [...(chain ?? [])] },
  };
}
