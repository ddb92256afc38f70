// The override label (the `override-label` input): when the pull request carries it, the
// gate passes whatever the findings, and the comment, the summary and the log say so, with
// the label and what the gate would have said. Labels are read from the API (so that a
// re-run sees a label added since the event), else from the event payload.

import { escapeCode } from '../core/render/escape.js';
import type { Report } from '../core/types.js';
import { labelNames } from './context.js';
import { listLabels } from './api/list-labels.js';
import { errorMessage, statusOf, type GitHubApi } from './github.js';

/** The pull request's labels now, or `fallback` (the payload's) when the API refuses. */
export async function currentLabels(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  number: number,
  fallback: readonly string[],
  log: { info(message: string): void },
): Promise<string[]> {
  try {
    return labelNames(await listLabels(api, repo, number));
  } catch (err) {
    log.info(
      `The labels of pull request #${number} cannot be read (${statusOf(err) ?? errorMessage(err)}); using those of the event`,
    );
    return [...fallback];
  }
}

/** The Markdown note that says the gate was overridden; undefined when it was not. */
export function overrideNote(report: Report): string | undefined {
  const o = report.gate.overridden;
  if (!o) return undefined;
  const label = `<code>${escapeCode(o.label)}</code>`;
  const failOn = `fail-on: ${report.gate.failOn}`;
  return o.wouldHavePassed
    ? `> [!NOTE]\n> **The gate was overridden** by the label ${label}. Without it the gate would have passed as well (${failOn}).`
    : `> [!WARNING]\n> **The gate was overridden** by the label ${label}. Without it the gate would have failed (${failOn}); the findings below still stand.`;
}

/** The same for the log. */
export function overrideLogLine(report: Report): string | undefined {
  const o = report.gate.overridden;
  if (!o) return undefined;
  const label = JSON.stringify(o.label);
  return o.wouldHavePassed
    ? `The gate was overridden by the label ${label}; it would have passed anyway (fail-on: ${report.gate.failOn}).`
    : `The gate was overridden by the label ${label}: without it the gate would have failed (fail-on: ${report.gate.failOn}).`;
}
