// The requests whose answers do not depend on the configuration or the judging: the pull
// request's file list, its comment list and its review comments. They start
// at once, beside the configuration read, and the stages that need them await them (files,
// approvals, comment).

import type { IssueComment } from '../api/types.js';
import { listComments } from '../api/list-comments.js';
import { listReviewComments, type ReviewComment } from '../api/list-review-comments.js';
import { listPullRequestFiles, PR_FILES_CAP, type PullFile } from '../changed-files.js';
import type { Scope } from '../inputs.js';
import type { Started } from '../types.js';

export interface Prefetched {
  /** The pull request's files, when a changed scope will list them. */
  prFiles?: Promise<{ entries: PullFile[]; total: number | undefined }>;
  /** The pull request's comments, when the run may comment. */
  comments?: Promise<IssueComment[]>;
  /** The pull request's review comments, when the run may post review comments. */
  reviewComments?: Promise<ReviewComment[]>;
}

export function prefetch(run: Started, scope: Scope): Prefetched {
  const { ctx, inputs, api, repo } = run;
  const pr = ctx.pr;
  if (!pr) return {};
  const out: Prefetched = {};
  const review = reviewWanted(run);
  // Over the cap every proposal is judged instead (files.ts), and no review is posted: no list
  // is needed. Review comments need the diff's lines, whatever the scope.
  if (
    (scope === 'changed' || review) &&
    !(pr.changedFiles !== undefined && pr.changedFiles > PR_FILES_CAP)
  ) {
    out.prFiles = quiet(listPullRequestFiles(api, repo, pr.number, pr.changedFiles));
  }
  if (inputs.comment !== 'never') out.comments = quiet(listComments(api, repo, pr.number));
  if (review) out.reviewComments = quiet(listReviewComments(api, repo, pr.number));
  return out;
}

/**
 * Whether the run posts review comments: a pull request, `review` not off, `comment` not never
 * (a run told to write no comment writes none on the lines either), and a token that may write. A fork's pull request on the pull_request (or pull_request_review) event of a
 * public repository gets a token that can only read: no review is tried.
 */
export function reviewWanted(run: Started): boolean {
  const { ctx, inputs } = run;
  return (
    ctx.pr !== undefined &&
    inputs.review !== 'off' &&
    inputs.comment !== 'never' &&
    !readOnlyFork(run)
  );
}

export function readOnlyFork({ ctx }: Started): boolean {
  return (
    (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_review') &&
    ctx.pr?.fromFork === true &&
    ctx.repositoryPrivate === false
  );
}

/** The same promise, marked handled: a run that fails before awaiting it is no crash. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
