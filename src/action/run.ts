// The Action's run, as a sequence of named stages (src/action/stages/): inputs → source →
// (prefetch) → configuration → files → approvals → judge → override → head configuration →
// outputs → comment → summary → gate. Approvals come before judging: the engine decides per waiver, while it
// judges, whether an approval is given or still pending.
// Everything from outside comes in through RunDeps (environment, workspace, API client,
// output sink) so that tests drive it with a mocked client.

import { ArtefactReads, addedPaths } from './artefacts.js';
import { ActionConfigError, reportConfigError } from './config.js';
import { OtherProposals } from './others.js';
import type { FileList } from './changed-files.js';
import { boundHeapFor } from './heap.js';
import { errorMessage } from './github.js';
import {
  emptyText,
  fromReportNote,
  optional,
  scopeNote,
  widenedLogLine,
  widenedNote,
} from './notes.js';
import { overrideNote } from './override.js';
import {
  approveWaivers,
  noApproversLogLine,
  unseenApprovalNote,
  withoutStaleApprovals,
} from './stages/approvals.js';
import { commentFromReport, commentOnPullRequest } from './stages/comment.js';
import { loadConfiguration } from './stages/configuration.js';
import { listFiles } from './stages/files.js';
import { gateRun, restateGate } from './stages/gate.js';
import { headConfigNote } from './stages/head-config.js';
import { readStart } from './stages/inputs.js';
import { judge } from './stages/judge.js';
import { setOutputs, writeOutputs } from './stages/outputs.js';
import { overrideGate } from './stages/override.js';
import { prefetch } from './stages/prefetch.js';
import { prepareReview, reviewSummaryNote, submitReview } from './stages/review.js';
import { locateSource } from './stages/source.js';
import { writeSummary } from './stages/summary.js';
import type { Rendering, RunDeps, RunResult, Started } from './types.js';

/** Runs the Action; failures end up in sink.setFailed, never as a thrown error. */
export async function run(deps: RunDeps): Promise<RunResult | undefined> {
  try {
    const started = await readStart(deps);
    // The portfolio page and from-report mode are loaded only when asked for: every run would
    // otherwise read and compile them (the report's validator alone is 72 KB).
    if (started.inputs.mode === 'portfolio') {
      const { runPortfolio } = await import('./portfolio/run.js');
      return await runPortfolio(started, deps);
    }
    return started.inputs.fromReport !== undefined
      ? await runFromReport(started)
      : await runJudge(started, deps);
  } catch (err) {
    if (err instanceof ActionConfigError) await reportConfigError(err, deps.sink);
    else deps.sink.setFailed(errorMessage(err));
    return undefined;
  }
}

async function runJudge(started: Started, deps: RunDeps): Promise<RunResult> {
  const { ctx, sink } = started;
  const located = await locateSource(started, deps.gitHead);
  const prefetched = prefetch(started, located.scope);
  const configured = await loadConfiguration(started, located.source);
  const listing = await listFiles(
    started,
    located.scope,
    located.source,
    configured.globs,
    prefetched,
  );
  await boundHeapFor(listing.files.files.length);
  // The artefacts cited as evidence, read once for every judging below.
  const artefacts = new ArtefactReads({
    source: located.source,
    workspace: started.workspace,
    api: started.api,
    repo: started.repo,
    sha: ctx.sha,
    ...(prefetched.prFiles ? { added: addedPaths((await prefetched.prFiles).entries) } : {}),
  });
  // Under scope: changed, the proposals not judged, for rules across proposals.
  const others =
    listing.scope === 'changed'
      ? new OtherProposals({
          source: located.source,
          workspace: started.workspace,
          api: started.api,
          repo: started.repo,
          sha: ctx.sha,
          sink,
        })
      : undefined;
  const approvals = await approveWaivers(started, configured);
  let settings = approvals.settings;
  let judged = await judge(started, located.source, settings, listing, artefacts, others);
  // Rare: an approval older than the waiver it was counted for. Judge again without it.
  const fresh = await withoutStaleApprovals(started, approvals, judged.report);
  if (fresh) {
    settings = fresh;
    judged = await judge(started, located.source, settings, listing, artefacts, others);
  }
  const { report, unseen } = await overrideGate(started, settings, listing, judged.report);
  const noApprovers = noApproversLogLine(report);
  if (noApprovers) sink.warning(noApprovers);
  const head = await headConfigNote(
    started,
    located.source,
    settings,
    listing,
    prefetched,
    artefacts,
    others,
  );
  const outputs = await writeOutputs(started, report, settings.options);

  const { scope, files, widened } = listing;
  const rendering: Rendering = {
    repository: { url: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`, sha: ctx.sha },
    notes: [
      ...optional(head.note),
      ...optional(widened && widenedNote(widened.total, ctx.sha)),
      scopeNote(ctx, scope, files, report),
      ...optional(unseenApprovalNote(approvals, report)),
      ...optional(overrideNote(report)),
    ],
    ...(judged.incomplete ? { incomplete: judged.incomplete } : {}),
    gatePolicy: { drafts: settings.options.drafts, unwaivable: settings.options.unwaivable },
  };
  const review = await prepareReview(started, {
    report,
    texts: judged.texts,
    prFiles: prefetched.prFiles,
    listed: prefetched.reviewComments,
  });
  const stickyNote = 'prepared' in review ? review.prepared.stickyNote : undefined;
  // The sticky comment and the review are written together: the review's requests go when
  // the comment's write does (or when the comment stage ends without one).
  let stickyReady!: () => void;
  const ready = new Promise<void>((resolve) => (stickyReady = resolve));
  const [comment, reviewed] = await Promise.all([
    commentOnPullRequest(started, {
      onWrite: stickyReady,
      report,
      files,
      rendering: stickyNote ? { ...rendering, notes: [...rendering.notes, stickyNote] } : rendering,
      emptyText: emptyText(scope, settings.globs),
      all: scope === 'all',
      ...(prefetched.comments ? { comments: prefetched.comments } : {}),
    }).finally(stickyReady),
    'prepared' in review ? ready.then(() => submitReview(started, review.prepared)) : review.result,
  ]);
  if (reviewed.action === 'skipped' && ctx.pr) sink.info(`No review comments: ${reviewed.reason}`);
  const reviewNote = reviewSummaryNote(reviewed);
  const summaryRendering = reviewNote
    ? { ...rendering, notes: [...rendering.notes, reviewNote] }
    : rendering;
  const summary = await writeSummary(
    sink,
    report,
    summaryRendering,
    comment.result,
    comment.changes,
    {
      emptyText: emptyText(scope, settings.globs),
      overflowHint: `The JSON report (the \`report\` output) has every proposal.`,
    },
  );
  gateRun(sink, report, {
    scope,
    failOn: settings.failOn,
    unseen,
    incomplete: judged.incomplete,
    comment: comment.result,
  });
  return {
    mode: 'judge',
    inputs: started.inputs,
    context: ctx,
    scope,
    ...(widened ? { widened: widenedLogLine(widened.total, ctx.sha) } : {}),
    source: located.source,
    files,
    report,
    comment: comment.result,
    review: reviewed,
    reportPath: outputs.reportPath,
    ...(outputs.sarifPath !== undefined ? { sarifPath: outputs.sarifPath } : {}),
    config: settings.info,
    summary,
  };
}

/**
 * from-report mode: judges nothing. The report of an earlier run is checked, gated again with
 * this run's fail-on, and posted to the pull request named by the `pull-request` input
 * through the same comment stage as a judging run. No annotations (they would land on this
 * run, not the pull request's); the summary is written.
 */
async function runFromReport(started: Started): Promise<RunResult> {
  const { ctx, sink, inputs } = started;
  const { readReport } = await import('./stages/report-file.js');
  const read = await readReport(started);
  const { report, sha } = read;
  setOutputs(sink, report, read.path);
  sink.info('Annotations are not written in from-report mode: they would belong to this run.');

  const listed = report.proposals.map((p) => p.file);
  const files: FileList = {
    files: listed,
    listed: listed.length,
    total: undefined,
    truncated: false,
  };
  const rendering: Rendering = {
    repository: { url: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`, sha },
    notes: [fromReportNote(ctx, sha), ...optional(overrideNote(report))],
  };
  const comment = await commentFromReport(started, {
    number: inputs.pullRequest!,
    sha,
    judged: read.judged,
    headSha: read.headSha,
    report,
    files,
    rendering,
  });
  const summary = await writeSummary(sink, report, rendering, comment.result, comment.changes, {
    emptyText: 'The report holds no service proposal.',
    overflowHint: 'The report file has every proposal.',
  });
  restateGate(sink, report, comment.result);
  return {
    mode: 'from-report',
    inputs,
    context: ctx,
    scope: undefined,
    source: { kind: 'report', reason: `the report ${read.path}` },
    files,
    report,
    comment: comment.result,
    reportPath: read.path,
    summary,
  };
}
