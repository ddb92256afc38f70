import { gatedFindings, type GatePolicy } from '../verdict.js';
import type { FailOn, Finding, ProposalReport } from '../types.js';

/**
 * The findings of a proposal that fail the gate on their own: unwaived, counted by the gate
 * (not a draft's policy finding, not a past decision's), and at or above `fail-on`.
 */
export function failingFindings(
  p: ProposalReport,
  failOn: FailOn,
  policy: GatePolicy = {},
): Set<Finding> {
  const out = new Set<Finding>();
  if (failOn === 'never') return out;
  for (const f of gatedFindings(p, policy)) {
    if (f.waived) continue;
    if (f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')) out.add(f);
  }
  return out;
}
