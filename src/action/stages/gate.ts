// The gate: the step fails when the report says so.

import { VERDICT_LABEL } from '../../core/render/labels.js';
import type { Report } from '../../core/types.js';
import type { Scope } from '../inputs.js';
import { countsText } from '../notes.js';
import { overrideLogLine } from '../override.js';
import type { CommentResult, Sink } from '../types.js';

/** A judging run: fails the step when the gate fails; says so when the override label opened it. */
export function gateRun(
  sink: Sink,
  report: Report,
  args: {
    scope: Scope;
    failOn: string;
    unseen: boolean;
    incomplete: string | undefined;
    comment: CommentResult;
  },
): void {
  const { scope, failOn, unseen, incomplete, comment } = args;
  if (unseen && !report.gate.passed) {
    sink.setFailed(
      `Stack Verdict: ${countsText(report)}, but not every proposal was seen. ${incomplete} The gate fails (fail-on: ${failOn}).`,
    );
  } else if (report.proposals.length === 0) {
    sink.info(
      scope === 'changed'
        ? 'No service proposal is changed in this pull request: nothing to judge.'
        : 'No service proposal matches the globs: nothing to judge.',
    );
  } else {
    gate(report, sink);
  }
  failOnComment(sink, comment);
}

/**
 * from-report mode: says what the gate is, never fails the step for it. The run that wrote
 * the report (on the pull request's commit) is the gate; this run, on the default branch,
 * only comments, and a red run there would mark the wrong commit.
 */
export function restateGate(sink: Sink, report: Report, comment: CommentResult): void {
  if (report.proposals.length > 0) {
    const head = `Stack Verdict: ${VERDICT_LABEL[report.verdict]} — ${countsText(report)}`;
    const override = overrideLogLine(report);
    const verdict = report.gate.passed ? 'passes' : 'fails';
    sink.info(
      `${head}; the gate ${verdict} (fail-on: ${report.gate.failOn}).${override ? ` ${override}` : ''} This run only posts the comment: the run that wrote the report gates the pull request.`,
    );
  }
  failOnComment(sink, comment);
}

function gate(report: Report, sink: Sink): void {
  const head = `Stack Verdict: ${VERDICT_LABEL[report.verdict]} — ${countsText(report)}`;
  const override = overrideLogLine(report);
  if (!report.gate.passed) {
    sink.setFailed(
      `${head}; the gate fails (fail-on: ${report.gate.failOn}). The annotations and the job summary show each finding.`,
    );
  } else if (override && !report.gate.overridden?.wouldHavePassed) {
    sink.warning(`${head}. ${override}`);
  } else {
    sink.info(
      `${head}; the gate passes (fail-on: ${report.gate.failOn}).${override ? ` ${override}` : ''}`,
    );
  }
}

/** A comment that failed for another reason than permissions is a fault to look into. */
function failOnComment(sink: Sink, comment: CommentResult): void {
  if (comment.action === 'failed' && comment.fatal) sink.setFailed(comment.reason);
}
