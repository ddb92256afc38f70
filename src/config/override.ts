import type { Report } from '../core/types.js';

/**
 * The report with its gate forced open when the pull request carries the override label.
 * Labels match case-insensitively, as GitHub treats label names. Returns the report
 * unchanged when the label is absent or no override label is set.
 */
export function applyOverrideLabel(
  report: Report,
  labels: readonly string[],
  overrideLabel: string | undefined,
): Report {
  if (!overrideLabel) return report;
  const wanted = overrideLabel.trim().toLowerCase();
  const label = labels.find((l) => l.trim().toLowerCase() === wanted);
  return label === undefined ? report : overrideGate(report, label);
}

/** The report with its gate forced open by `label`, recording what it would have said. */
export function overrideGate(report: Report, label: string): Report {
  return {
    ...report,
    gate: {
      ...report.gate,
      passed: true,
      overridden: { label, wouldHavePassed: report.gate.passed },
    },
  };
}
