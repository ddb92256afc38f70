// The requests whose answers do not depend on the configuration or the judging: the pull
// request's file list, its comment list and, when the run judges by the pull request's own
// configuration (a checkout on pull_request), the base commit's approval policy. They start
// at once, beside the configuration read, and the stages that need them await them (files,
// approvals, comment).

import type { IssueComment } from '../api/types.js';
import { listComments } from '../api/list-comments.js';
import { basePolicy, type ApprovalPart } from '../approvals/policy.js';
import { listPullRequestFiles, PR_FILES_CAP, type PullFile } from '../changed-files.js';
import { configPlace, readAtBase, type ConfigPlace } from '../config.js';
import type { Scope } from '../inputs.js';
import type { Source } from '../read-files.js';
import type { Started } from '../types.js';

export interface Prefetched {
  /** The pull request's files, when a changed scope will list them. */
  prFiles?: Promise<{ entries: PullFile[]; total: number | undefined }>;
  /** The pull request's comments, when the run may comment. */
  comments?: Promise<IssueComment[]>;
  /**
   * The approval policy at the pull request's base commit, when the run's configuration is
   * not read there (the approvals stage would read it otherwise). Never rejects.
   */
  basePolicy?: Promise<ApprovalPart | { error: string }>;
}

export function prefetch(run: Started, scope: Scope, source: Source): Prefetched {
  const { ctx, inputs, api, repo } = run;
  const pr = ctx.pr;
  if (!pr) return {};
  const out: Prefetched = {};
  // Over the cap every proposal is judged instead (files.ts): no list is needed.
  if (scope === 'changed' && !(pr.changedFiles !== undefined && pr.changedFiles > PR_FILES_CAP)) {
    out.prFiles = quiet(listPullRequestFiles(api, repo, pr.number, pr.changedFiles));
  }
  if (inputs.comment !== 'never') out.comments = quiet(listComments(api, repo, pr.number));
  // The policy is read at the base unless the configuration was read there already.
  const place = placeOf(run, source);
  if (place && pr.baseSha && !readAtBase(place, pr.baseSha)) {
    out.basePolicy = basePolicy(
      api,
      repo,
      pr.baseSha,
      inputs.configExplicit ? inputs.config : undefined,
    );
  }
  return out;
}

/** Where the configuration stage will read; undefined when it will fail (and say why). */
function placeOf(run: Started, source: Source): ConfigPlace | undefined {
  try {
    return configPlace(run.ctx, source);
  } catch {
    return undefined;
  }
}

/** The same promise, marked handled: a run that fails before awaiting it is no crash. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
