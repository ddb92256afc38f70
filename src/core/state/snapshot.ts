// What a run remembers of its findings, to say next time what is new and what was resolved.
// Pure: the comment stage keeps it in the comment (codec.ts), the diff compares it (diff.ts).

import type { RememberedFinding } from './changes.js';
import type { Finding, Report } from '../types.js';

/** One open finding, keyed by file, rule and its occurrence among that rule's findings. */
export interface StateEntry extends RememberedFinding {
  n: number;
}

export interface Snapshot {
  sha: string;
  entries: StateEntry[];
  /** False when entries were dropped to fit the comment: no diff is made against it. */
  complete: boolean;
  /** Every proposal of the repository was judged (scope all), not only the changed ones. */
  all?: boolean;
}

export interface CommentState extends Snapshot {
  /** What this run was compared with, kept so that a re-run of the same commit shows the same changes. */
  base?: Snapshot;
}

export function findingKey(file: string, rule: string, n: number): string {
  return `${file}\u0000${rule}\u0000${n}`;
}

/** The open findings of a report with their keys (the nth finding of a rule in a file). */
export function keyedFindings(
  report: Report,
): { key: string; entry: StateEntry; finding: Finding }[] {
  const out: { key: string; entry: StateEntry; finding: Finding }[] = [];
  for (const p of report.proposals) {
    const seen = new Map<string, number>();
    for (const f of p.findings) {
      if (f.waived) continue;
      const n = seen.get(f.rule) ?? 0;
      seen.set(f.rule, n + 1);
      out.push({
        key: findingKey(p.file, f.rule, n),
        entry: { file: p.file, rule: f.rule, severity: f.severity, n },
        finding: f,
      });
    }
  }
  return out;
}

export function snapshotOf(report: Report, sha: string): Snapshot {
  return { sha, entries: keyedFindings(report).map((k) => k.entry), complete: true };
}
