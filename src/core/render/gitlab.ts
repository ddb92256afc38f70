// GitLab Code Quality (a subset of the Code Climate issue format): what a GitLab job's
// `artifacts:reports:codequality` reads, shown in the merge request's widget and diff.
import { createHash } from 'node:crypto';
import type { GatePolicy } from '../verdict.js';
import type { Finding, Report } from '../types.js';
import { stripControl } from './escape.js';
import { failingFindings } from './gate-findings.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  type: 'issue';
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

/** Findings that mean the file could not be judged at all. */
const UNJUDGED = new Set(['proposal-invalid', 'waiver-invalid']);

/**
 * The severity GitLab shows. A finding that fails the gate: `blocker` when the file could not
 * be judged (proposal-invalid, waiver-invalid), else `critical`. One that does not (a warning
 * under fail-on error, a draft's policy finding, a past decision's): `major` for an error,
 * `minor` for a warning. Notices are `info`.
 */
export function codeQualitySeverity(f: Finding, gates: boolean): CodeQualitySeverity {
  if (gates) return UNJUDGED.has(f.rule) ? 'blocker' : 'critical';
  return f.severity === 'error' ? 'major' : f.severity === 'warning' ? 'minor' : 'info';
}

/** The report as a Code Quality JSON array: one issue per unwaived finding. */
export function renderGitlab(report: Report, policy: GatePolicy = {}): string {
  const issues: CodeQualityIssue[] = [];
  for (const p of report.proposals) {
    const failing = failingFindings(p, report.gate.failOn, policy);
    const seen = new Map<string, number>();
    for (const f of p.findings) {
      // File, rule and occurrence identify a finding across runs, whatever its line or
      // numbers (as in the SARIF output), so that GitLab tells new findings from old ones.
      const occurrence = seen.get(f.rule) ?? 0;
      seen.set(f.rule, occurrence + 1);
      // Waived findings were accepted in review: GitLab has no way to show them as such.
      if (f.waived) continue;
      issues.push({
        type: 'issue',
        description: stripControl(f.message),
        check_name: f.rule,
        fingerprint: fingerprint(p.file, f.rule, occurrence),
        severity: codeQualitySeverity(f, failing.has(f)),
        location: { path: p.file, lines: { begin: Math.max(1, f.line) } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}

function fingerprint(file: string, rule: string, occurrence: number): string {
  return createHash('md5').update(`${file}\0${rule}\0${occurrence}`).digest('hex');
}
