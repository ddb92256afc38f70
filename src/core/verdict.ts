import type {
  Counts,
  FailOn,
  Finding,
  ProposalReport,
  ProposalVerdict,
  RunVerdict,
  Severity,
} from './types.js';
import { isPastDecision } from './status.js';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const VERDICT_RANK: Record<RunVerdict, number> = {
  'no-proposals': 0,
  approved: 1,
  'approved-with-warnings': 2,
  'changes-requested': 3,
};

export function proposalVerdict(findings: readonly Finding[]): ProposalVerdict {
  let warning = false;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.waived) continue;
    if (f.severity === 'error') return 'changes-requested';
    if (f.severity === 'warning') warning = true;
  }
  return warning ? 'approved-with-warnings' : 'approved';
}

/** The worst of the proposals' verdicts. */
export function runVerdict(proposals: readonly ProposalReport[]): RunVerdict {
  let worst: RunVerdict = 'no-proposals';
  for (const p of proposals) if (VERDICT_RANK[p.verdict] > VERDICT_RANK[worst]) worst = p.verdict;
  return worst;
}

/** How drafts gate: advisory (policy 1.1's default) or like any other proposal. */
export type DraftPolicy = 'advisory' | 'gate';

/** Rules that fail the gate on a draft too (policy 1.1, "Drafts"), besides the configured unwaivable ones. */
export const DRAFT_GATING_RULES: readonly string[] = [
  'proposal-invalid',
  'waiver-invalid',
  'duplicate-service',
];

/** What the gate needs from the configuration. */
export interface GatePolicy {
  /** Default advisory. */
  drafts?: DraftPolicy | undefined;
  /** The configuration's `unwaivable` rules: they gate drafts too. */
  unwaivable?: readonly string[] | undefined;
}

/** The findings of a proposal that count towards the gate. */
export function gatedFindings(p: ProposalReport, policy: GatePolicy = {}): readonly Finding[] {
  // A rejected, deprecated or superseded decision is history: shown, never gating.
  if (isPastDecision(p.status)) return [];
  if (p.status !== 'draft' || policy.drafts === 'gate') return p.findings;
  const unwaivable = policy.unwaivable ?? [];
  return p.findings.filter(
    (f) => DRAFT_GATING_RULES.includes(f.rule) || unwaivable.includes(f.rule),
  );
}

/**
 * Whether the run passes the gate. A draft is reported like any other proposal but fails the
 * gate only for invalid input, duplicates and the configuration's unwaivable rules, unless
 * the configuration says `drafts: gate`.
 */
export function gatePasses(
  proposals: readonly ProposalReport[],
  failOn: FailOn,
  policy: GatePolicy = {},
): boolean {
  if (failOn === 'never') return true;
  // runVerdict of each proposal's verdict on its gated findings, without a copy of each.
  let gated: RunVerdict = 'no-proposals';
  for (const p of proposals) {
    const verdict = proposalVerdict(gatedFindings(p, policy));
    if (VERDICT_RANK[verdict] > VERDICT_RANK[gated]) gated = verdict;
  }
  if (gated === 'changes-requested') return false;
  return !(failOn === 'warning' && gated === 'approved-with-warnings');
}

export function countFindings(proposals: readonly ProposalReport[]): Counts {
  const counts: Counts = {
    proposals: proposals.length,
    errors: 0,
    warnings: 0,
    notices: 0,
    waived: 0,
  };
  for (const p of proposals) {
    for (const f of p.findings) {
      if (f.waived) counts.waived++;
      else if (f.severity === 'error') counts.errors++;
      else if (f.severity === 'warning') counts.warnings++;
      else counts.notices++;
    }
  }
  return counts;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(a.waived) - Number(b.waived) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.rule, b.rule)
  );
}

/**
 * Code-unit order, as Array.prototype.sort uses for file lists: the same on every machine,
 * and free, where localeCompare loads ICU's collator on first use (10 ms of a one-file run).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
