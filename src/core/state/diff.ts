// The changes since the previous run: pure, from two snapshots.

import type { Changes } from './changes.js';
import type { Report } from '../types.js';
import { findingKey, keyedFindings, type CommentState, type Snapshot } from './snapshot.js';

/**
 * The changes since `baseline`. With `seenFiles` (an incomplete run), findings of files this
 * run did not see are not called resolved.
 */
export function diffAgainst(
  report: Report,
  baseline: Snapshot,
  seenFiles?: ReadonlySet<string>,
): Changes {
  const current = keyedFindings(report);
  const before = new Set(baseline.entries.map((e) => findingKey(e.file, e.rule, e.n)));
  const now = new Set(current.map((c) => c.key));
  const newFindings = new Set(current.filter((c) => !before.has(c.key)).map((c) => c.finding));
  const resolved = baseline.entries
    .filter((e) => !now.has(findingKey(e.file, e.rule, e.n)))
    .filter((e) => !seenFiles || seenFiles.has(e.file))
    .map(({ file, rule, severity }) => ({ file, rule, severity }));
  return { newFindings, resolved, previousSha: baseline.sha };
}

/**
 * The snapshot to compare this run with: the previous run's, or, when the previous run
 * judged this same commit (a re-run), what that run was compared with. A run that judged
 * another set of files (every proposal against the changed ones, `all`) is not compared
 * with: the findings of the files only one of them judged would show as new or resolved.
 */
export function baselineFor(
  previous: CommentState | undefined,
  sha: string,
  all = false,
): Snapshot | undefined {
  if (!previous) return undefined;
  const baseline = previous.sha === sha ? previous.base : previous;
  if (!baseline || !baseline.complete || (baseline.all === true) !== all) return undefined;
  return { sha: baseline.sha, entries: baseline.entries, complete: true, ...(all ? { all } : {}) };
}
