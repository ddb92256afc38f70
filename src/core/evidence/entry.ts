// A constraint's checked evidence as the JSON report gives it (schema/report.schema.json).
import type { EvidenceEntry } from '../types.js';
import type { ConstraintEvidence } from './constraints.js';

export function evidenceEntry({ constraint, check, added }: ConstraintEvidence): EvidenceEntry {
  const entry: EvidenceEntry = {
    constraint,
    path: check.path,
    format: check.format,
    tool: check.tool,
    metric: check.metric,
    stat: check.stat,
    value: check.value,
    unit: check.unit,
    limit: check.limit
      ? {
          stat: check.limit.stat,
          op: check.limit.op,
          value: check.limit.value,
          unit: check.limit.unit,
        }
      : null,
    met: check.met,
    runtime: check.runtime,
    identity: check.identity.map(({ key, value }) => ({ key, value })),
    status: check.status,
    added,
    fewSamples: check.fewSamples,
  };
  if (check.unreadable) entry.unreadable = check.unreadable;
  if (check.contradictions.length > 0) {
    entry.contradictions = check.contradictions.map((c) => ({ ...c }));
  }
  if (check.reason !== undefined) entry.reason = check.reason;
  return entry;
}
