// mode: portfolio: the stages of a judging run up to the judging (scope all), then the page
// (stages/portfolio.ts) in place of the comment, the annotations and the gate.

import { boundHeapFor } from '../heap.js';
import type { RunDeps, RunResult, Started } from '../types.js';
import { loadConfiguration } from '../stages/configuration.js';
import { listFiles } from '../stages/files.js';
import { judge } from '../stages/judge.js';
import { setOutputs, writeReport } from '../stages/outputs.js';
import { writePortfolio } from '../stages/portfolio.js';
import { locateSource } from '../stages/source.js';

export async function runPortfolio(started: Started, deps: RunDeps): Promise<RunResult> {
  // The page covers every proposal, whatever the event (inputs.ts refuses scope: changed).
  const run: Started = { ...started, inputs: { ...started.inputs, scope: 'all' } };
  const { ctx, sink } = run;
  if (ctx.pr) {
    sink.info(
      `mode: portfolio is meant for schedule and workflow_dispatch runs; on this ${ctx.eventName} event it judges every proposal and writes the page, with no pull request comment.`,
    );
  }
  const located = await locateSource(run, deps.gitHead);
  const settings = await loadConfiguration(run, located.source);
  const listing = await listFiles(run, 'all', located.source, settings.globs, {});
  await boundHeapFor(listing.files.files.length);
  const { report } = await judge(run, located.source, settings, listing);
  const reportPath = await writeReport(run.env, run.inputs.commentTag, report);
  setOutputs(sink, report, reportPath);
  const page = await writePortfolio(run, settings, report);
  sink.info(
    `Stack Verdict portfolio: ${report.counts.proposals} proposals, verdict ${report.verdict}. The page reports; it does not gate, so findings never fail this step.`,
  );
  return {
    mode: 'portfolio',
    inputs: run.inputs,
    context: ctx,
    scope: 'all',
    source: located.source,
    files: listing.files,
    report,
    comment: { action: 'skipped', reason: 'mode: portfolio writes no pull request comment' },
    reportPath,
    config: settings.info,
    summary: page.summary,
    portfolio: { path: page.path, issue: page.issue },
  };
}
