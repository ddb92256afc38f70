// What may still change the gate after judging: a run that could not see every
// proposal fails it; the override label opens it.

import { applyOverrideLabel } from '../../config/index.js';
import type { Report } from '../../core/types.js';
import { currentLabels } from '../override.js';
import type { Started } from '../types.js';
import type { Configuration } from './configuration.js';
import type { Listing } from './files.js';

export async function overrideGate(
  run: Started,
  settings: Configuration,
  listing: Listing,
  judged: Report,
): Promise<{ report: Report; unseen: boolean }> {
  const { inputs, ctx, api, repo, sink } = run;
  let report = judged;
  // Every proposal was to be judged because the pull request is too large to list, and not
  // every one could be: the gate cannot speak for the rest, so it fails (unless fail-on: never;
  // an override label still opens it, saying what it would have said).
  const unseen =
    listing.widened !== undefined && listing.files.truncated && settings.failOn !== 'never';
  if (unseen) report = { ...report, gate: { ...report.gate, passed: false } };
  if (inputs.overrideLabel && ctx.pr) {
    const labels = await currentLabels(api, repo, ctx.pr.number, ctx.pr.labels, sink);
    report = applyOverrideLabel(report, labels, inputs.overrideLabel);
  }
  return { report, unseen };
}
