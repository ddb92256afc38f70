// The pull request comment. Its text is the core's Markdown (core/render/markdown.ts)
// with the notes (notes.ts) and the previous run's state (core/state/) at its end; finding,
// creating and keeping one comment is the sticky-comment protocol (comment/sticky.ts).

import { COMMENT_LIMIT, renderMarkdown } from '../../core/render/markdown.js';
import type { Changes } from '../../core/state/changes.js';
import type { Report } from '../../core/types.js';
import { encodeState } from '../../core/state/codec.js';
import { baselineFor, diffAgainst } from '../../core/state/diff.js';
import { snapshotOf, type CommentState } from '../../core/state/snapshot.js';
import type { FileList } from '../changed-files.js';
import { commentBody, readOurComment, SIGNATURE_LENGTH, type Signing } from '../comment/body.js';
import { markerFor, startsWithMarker } from '../comment/marker.js';
import { createComment, findComment, removeDuplicates, type Adopt } from '../comment/sticky.js';
import type { IssueComment } from '../api/types.js';
import { updateComment } from '../api/update-comment.js';
import { errorMessage, statusOf } from '../github.js';
import { printable } from '../printable.js';
import { short } from '../read-files.js';
import type { CommentResult, Rendering, Sink, Started } from '../types.js';

export interface Commented {
  result: CommentResult;
  /** What changed since the comment's previous run, when it could be compared. */
  changes?: Changes;
}

/** A judging run: comments on the event's pull request, unless there is none or `comment: never`. */
/** The data comment of a comment signed with a state-key, at its end. */
const SIGNED_DATA = / sig=[0-9a-f]{64} -->\n?$/;

export async function commentOnPullRequest(
  run: Started,
  args: {
    report: Report;
    files: FileList;
    rendering: Rendering;
    emptyText: string;
    all: boolean;
    /** The comment list, when prefetch.ts started it already. */
    comments?: Promise<IssueComment[]>;
    /** Called once the comment's write is about to be sent (writes made beside it go then). */
    onWrite?: () => void;
  },
): Promise<Commented> {
  const { ctx, inputs, sink } = run;
  let commented: Commented;
  if (!ctx.pr) {
    commented = {
      result: { action: 'skipped', reason: `no pull request on the ${ctx.eventName} event` },
    };
  } else if (inputs.comment === 'never') {
    commented = { result: { action: 'skipped', reason: 'comment: never' } };
  } else {
    // A fork's pull request on the pull_request (or pull_request_review) event of a public
    // repository gets a token that can only read (GitHub offers write tokens to forks in
    // private repositories only): a write would be refused, so none is tried.
    const readOnly =
      (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_review') &&
      ctx.pr.fromFork &&
      ctx.repositoryPrivate === false;
    commented = await syncComment(run, {
      ...args,
      number: ctx.pr.number,
      sha: ctx.sha,
      ...(readOnly ? { readOnly } : {}),
    });
  }
  logComment(commented.result, sink);
  return commented;
}

/**
 * from-report mode: comments on the `pull-request` input's pull request, unless the report
 * is of an older commit than the pull request's head (that commit's run comments instead).
 */
export async function commentFromReport(
  run: Started,
  args: {
    number: number;
    sha: string;
    /** The commit the report's run judged, when the event says. */
    judged: string | undefined;
    headSha: string;
    report: Report;
    files: FileList;
    rendering: Rendering;
  },
): Promise<Commented> {
  const { inputs, sink } = run;
  const { number, judged, headSha } = args;
  let commented: Commented;
  if (inputs.comment === 'never') {
    commented = { result: { action: 'skipped', reason: 'comment: never' } };
  } else if (judged && judged !== headSha) {
    commented = {
      result: {
        action: 'skipped',
        reason: `the report is of commit ${short(judged)}, but pull request #${number} is now at ${short(headSha)}; the run for that commit comments instead`,
      },
    };
  } else {
    commented = await syncComment(run, {
      ...args,
      emptyText: 'The report holds no service proposal: this pull request changes none.',
      fromReport: true,
    });
  }
  logComment(commented.result, sink);
  return commented;
}

/**
 * Finds our comment, compares with the state it keeps, and creates or updates it as the
 * `comment` input says. A read-only token (forks) is a warning, never a failure.
 */
async function syncComment(
  run: Started,
  args: {
    /** The pull request: the event's, or the `pull-request` input in from-report mode. */
    number: number;
    /** The commit the report is of: kept in the comment's state, and compared with next time. */
    sha: string;
    report: Report;
    files: FileList;
    rendering: Rendering;
    /** Shown when there is no proposal and no comment of ours yet. */
    emptyText: string;
    /** from-report mode: a refused write is a missing permission, never a fork's token. */
    fromReport?: boolean;
    /** Every proposal of the repository was judged (scope all), not only the changed ones. */
    all?: boolean;
    comments?: Promise<IssueComment[]>;
    /** The token is known to be read-only: no write is tried. */
    readOnly?: boolean;
    onWrite?: () => void;
  },
): Promise<Commented> {
  const { api, repo, inputs, sink } = run;
  const { number, sha, report, files, rendering } = args;
  const marker = markerFor(inputs.commentTag);
  const all = args.all === true;
  const signing: Signing | undefined = inputs.stateKey
    ? { key: inputs.stateKey, scope: `${repo.owner}/${repo.repo}#${number}` }
    : undefined;
  const adopt: Adopt = (body) => readOurComment(body, marker, signing);

  let found;
  try {
    found = await findComment(api, repo, number, marker, sink, {
      token: inputs.token,
      adopt,
      ...(args.comments ? { listed: args.comments } : {}),
    });
  } catch (err) {
    return {
      result: commentFailure(err, 'read the comments of', number, sink, args.fromReport === true),
    };
  }
  for (const c of found.foreign) {
    const by = printable(c.user?.login ?? 'an unknown user');
    sink.info(
      c.rejected !== undefined
        ? `Comment ${c.id} by ${by} carries this action's marker but is not wholly a comment of this action (${c.rejected}); it is left as it is.`
        : found.identity && startsWithMarker(c.body, marker)
          ? `Comment ${c.id} by ${by} carries this action's marker but was not written by ${found.identity.login}; it is left as it is.`
          : `Comment ${c.id} by ${by} quotes this action's marker but does not start with it; it is left as it is.`,
    );
  }
  const ours = found.ours;
  const signedOne = signing
    ? undefined
    : [...(ours ? [ours] : []), ...found.duplicates].find((c) => SIGNED_DATA.test(c.body));
  if (signedOne) {
    // A keyed run signed it: rewriting (or deleting) it unsigned would let the next keyed run
    // refuse it and post a second verdict. Left as it is, and nothing else is posted.
    const reason = `the verdict comment ${signedOne.id} is signed with a \`state-key\` and this run has none (is the secret missing?), so it was left as it is and no second comment was posted`;
    sink.warning(`No pull request comment was written: ${reason}.`);
    return { result: { action: 'failed', reason, fatal: false } };
  }
  const adopted = ours ? adopt(ours.body) : undefined;
  const previous = adopted?.ok ? adopted.state : undefined;
  const baseline = baselineFor(previous, sha, all);
  const changes = baseline
    ? diffAgainst(report, baseline, files.truncated ? new Set(files.files) : undefined)
    : undefined;

  const open = report.counts.errors + report.counts.warnings + report.counts.notices;
  const wanted =
    ours !== undefined ||
    (inputs.comment === 'always' && (report.proposals.length > 0 || files.truncated)) ||
    (inputs.comment === 'on-findings' && open > 0);
  if (!wanted) {
    const reason =
      report.proposals.length === 0
        ? 'this pull request changes no proposal and has no comment from an earlier run'
        : 'comment: on-findings, and there is no finding';
    return { result: { action: 'skipped', reason }, ...(changes ? { changes } : {}) };
  }

  const state: CommentState = {
    ...snapshotOf(report, sha),
    // What an incomplete run saw cannot be compared with later: it is marked so.
    complete: !files.truncated,
    ...(all ? { all } : {}),
    ...(baseline ? { base: baseline } : {}),
  };
  const stateText = encodeState(state);
  const markdown = renderMarkdown(report, {
    ...rendering,
    marker,
    ...(changes ? { changes } : {}),
    emptyText: ours
      ? 'This pull request no longer changes any service proposal, so there is nothing to judge.'
      : args.emptyText,
    maxLength: COMMENT_LIMIT - stateText.length - (signing ? SIGNATURE_LENGTH : 0) - 16,
    overflowHint: "The job summary of this run's workflow has the full report.",
  });
  const body = commentBody(markdown, stateText, signing);
  if (args.readOnly) {
    const reason = `Stack Verdict cannot ${ours ? 'update its comment on' : 'comment on'} pull request #${number}: ${FORK_READ_ONLY}`;
    sink.warning(reason);
    return {
      result: { action: 'failed', reason, fatal: false },
      ...(changes ? { changes } : {}),
    };
  }
  args.onWrite?.();
  try {
    if (ours) {
      const url = ours.body === body ? undefined : await updateComment(api, repo, ours.id, body);
      // Two runs that raced both created a comment: this run keeps the oldest, deletes the rest.
      await removeDuplicates(api, repo, found.duplicates, ours.id, sink, adopt);
      const result: CommentResult =
        ours.body === body
          ? { action: 'unchanged' }
          : { action: 'updated', url: url ?? ours.html_url };
      return { result, ...(changes ? { changes } : {}) };
    }
    const url = await createComment(api, repo, number, body, marker, sink, adopt);
    return { result: { action: 'created', url } };
  } catch (err) {
    return {
      result: commentFailure(
        err,
        ours ? 'update its comment on' : 'comment on',
        number,
        sink,
        args.fromReport === true,
      ),
      ...(changes ? { changes } : {}),
    };
  }
}

const FORK_SETUP =
  'The annotations and the job summary carry the verdict. ' +
  'For a comment on fork pull requests, use the two workflows of the fork-safe setup ' +
  '(examples/workflows/fork-safe-*.yml), or run on pull_request_target: this action reads ' +
  'files through the API and never runs code from the pull request.';

const FORK_READ_ONLY =
  'on the pull_request event, GitHub gives a pull request from a fork in a public repository a token that can only read, so no comment is tried. ' +
  FORK_SETUP;

function commentFailure(
  err: unknown,
  verb: string,
  number: number,
  sink: Sink,
  fromReport: boolean,
): CommentResult {
  const status = statusOf(err);
  if (status === 403 || status === 404) {
    const why = fromReport
      ? 'The token lacks `pull-requests: write`: give this workflow `permissions: pull-requests: write`. The job summary carries the verdict.'
      : 'The token can only read, as GitHub gives pull requests from forks on the pull_request event, ' +
        `or lacks \`pull-requests: write\`. ${FORK_SETUP}`;
    const reason = `Stack Verdict cannot ${verb} pull request #${number} (HTTP ${status}: ${errorMessage(err)}). ${why}`;
    sink.warning(reason);
    return { action: 'failed', reason, fatal: false };
  }
  const reason = `Stack Verdict could not ${verb} pull request #${number}: ${errorMessage(err)}`;
  sink.error(reason);
  return { action: 'failed', reason, fatal: true };
}

function logComment(comment: CommentResult, sink: Sink): void {
  if (comment.action === 'created' || comment.action === 'updated') {
    sink.info(`Pull request comment ${comment.action}${comment.url ? `: ${comment.url}` : ''}`);
  } else if (comment.action === 'skipped' || comment.action === 'unchanged') {
    sink.info(
      comment.action === 'unchanged'
        ? 'The pull request comment is up to date'
        : `No pull request comment: ${comment.reason}`,
    );
  }
}
