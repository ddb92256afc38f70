// The requests whose answers do not depend on the configuration or the judging: the pull
// request's file list and its comment list. They start
// at once, beside the configuration read, and the stages that need them await them (files,
// approvals, comment).

import type { IssueComment } from '../api/types.js';
import { listComments } from '../api/list-comments.js';
import { listPullRequestFiles, PR_FILES_CAP, type PullFile } from '../changed-files.js';
import type { Scope } from '../inputs.js';
import type { Started } from '../types.js';

export interface Prefetched {
  /** The pull request's files, when a changed scope will list them. */
  prFiles?: Promise<{ entries: PullFile[]; total: number | undefined }>;
  /** The pull request's comments, when the run may comment. */
  comments?: Promise<IssueComment[]>;
}

export function prefetch(run: Started, scope: Scope): Prefetched {
  const { ctx, inputs, api, repo } = run;
  const pr = ctx.pr;
  if (!pr) return {};
  const out: Prefetched = {};
  // Over the cap every proposal is judged instead (files.ts): no list is needed.
  if (scope === 'changed' && !(pr.changedFiles !== undefined && pr.changedFiles > PR_FILES_CAP)) {
    out.prFiles = quiet(listPullRequestFiles(api, repo, pr.number, pr.changedFiles));
  }
  if (inputs.comment !== 'never') out.comments = quiet(listComments(api, repo, pr.number));
  return out;
}

/** The same promise, marked handled: a run that fails before awaiting it is no crash. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
