// Review comments: the findings on the lines they concern (review/plan.ts decides which).
// The existing review comments are listed in the first wave of reads (prefetch.ts); the new
// ones go in one review with the event COMMENT, beside the sticky comment's write, and the
// comments no finding stands behind any more are deleted at the same time. After posting,
// the list is read once more: when two runs raced and both posted a comment, the newer copy
// (this run's) is deleted, as the sticky comment does. Only comments this token's identity
// wrote, starting with our marker, are ever deleted. Review comments are a help, never the
// gate: every failure here is a warning, and the sticky comment has every finding.

import { createReview } from '../api/create-review.js';
import { deleteReviewComment } from '../api/delete-review-comment.js';
import { listReviewComments, type ReviewComment } from '../api/list-review-comments.js';
import type { PullFile } from '../changed-files.js';
import {
  ACTIONS_BOT,
  byActionsBot,
  isUserToken,
  resolveIdentity,
  writtenBy,
  type Identity,
} from '../comment/identity.js';
import { errorMessage, statusOf } from '../github.js';
import type { Hunks } from '../review/diff.js';
import { isReviewMarked, planReview, reviewNote, type ReviewPlan } from '../review/plan.js';
import type { ReviewResult } from '../review/result.js';
import type { Report } from '../../core/types.js';
import { plural } from '../../core/render/labels.js';
import { messageToMarkdown } from '../../core/render/escape.js';
import type { Started } from '../types.js';
import { readOnlyFork } from './prefetch.js';

export type { ReviewResult };

export interface PreparedReview {
  plan: ReviewPlan;
  number: number;
  commit: string;
  /** Who wrote the comments of ours that were found; undefined when none was. */
  identity: Identity | undefined;
  /** The sticky comment's line about the findings that are not review comments. */
  stickyNote: string | undefined;
}

export type Prepared = { prepared: PreparedReview } | { result: ReviewResult };

/** Plans the review from what the first wave of reads listed. */
export async function prepareReview(
  run: Started,
  args: {
    report: Report;
    texts: ReadonlyMap<string, string>;
    prFiles: Promise<{ entries: PullFile[]; total: number | undefined }> | undefined;
    listed: Promise<ReviewComment[]> | undefined;
  },
): Promise<Prepared> {
  const { ctx, inputs, api, sink } = run;
  const pr = ctx.pr;
  if (!pr)
    return {
      result: { action: 'skipped', reason: `no pull request on the ${ctx.eventName} event` },
    };
  if (inputs.review === 'off') return { result: { action: 'skipped', reason: 'review: off' } };
  if (inputs.comment === 'never') {
    return { result: { action: 'skipped', reason: 'comment: never' } };
  }
  if (readOnlyFork(run)) {
    return {
      result: {
        action: 'skipped',
        reason:
          'on the pull_request event, GitHub gives a pull request from a fork in a public repository a token that can only read, so no review comment is tried; the findings are in this summary and the annotations',
        noted: true,
      },
    };
  }
  if (!args.prFiles || !args.listed) {
    return {
      result: {
        action: 'skipped',
        reason: `pull request #${pr.number} changes more files than GitHub lists, so its diff is not known`,
        noted: true,
      },
    };
  }
  let files;
  let listed;
  try {
    [files, listed] = await Promise.all([args.prFiles, args.listed]);
  } catch (err) {
    return { result: failure(run, 'read the review comments of', pr.number, err) };
  }
  const hunks = new Map<string, Hunks>();
  for (const e of files.entries) if (e.hunks) hunks.set(e.filename, e.hunks);

  const marked = listed.filter((c) => isReviewMarked(c.body, inputs.commentTag));
  let identity: Identity | undefined;
  if (marked.length > 0) {
    identity =
      !isUserToken(inputs.token) && marked.some(byActionsBot)
        ? { login: ACTIONS_BOT, bot: true, how: 'the author of its earlier review comment' }
        : await resolveIdentity(api, sink, inputs.token);
  }
  const ours = identity ? marked.filter((c) => writtenBy(c, identity)) : [];
  const plan = planReview({
    report: args.report,
    texts: args.texts,
    hunks,
    existing: ours,
    mode: inputs.review === 'findings' ? 'findings' : 'suggestions',
    tag: inputs.commentTag,
  });
  return {
    prepared: {
      plan,
      number: pr.number,
      commit: ctx.sha,
      identity,
      stickyNote: reviewNote(plan),
    },
  };
}

/** Posts the new comments in one review and deletes the stale ones, together. */
export async function submitReview(run: Started, p: PreparedReview): Promise<ReviewResult> {
  const { api, repo, sink } = run;
  const { plan, number } = p;
  if (plan.post.length === 0 && plan.remove.length === 0) {
    return { action: 'unchanged', posted: 0, kept: plan.keep.length, deleted: 0 };
  }
  const removing = Promise.all(
    plan.remove.map((c) => remove(run, c, 'no finding of this run stands behind it')),
  );
  let review: Awaited<ReturnType<typeof createReview>> | undefined;
  try {
    if (plan.post.length > 0) {
      const body = `Stack Verdict: ${plural(plan.post.length + plan.keep.length, 'finding on its line', 'findings on their lines')}${plan.post.some((c) => c.body.includes('suggestion\n')) ? ', with suggested changes' : ''}. The pull request's Stack Verdict comment has the verdict; the check is the gate.`;
      review = await createReview(api, repo, number, p.commit, body, plan.post);
    }
  } catch (err) {
    await removing;
    return failure(run, 'post review comments on', number, err);
  }
  const deleted = (await removing).filter(Boolean).length;
  let raced = 0;
  if (review?.id !== undefined && review.user) {
    raced = await keepOldest(run, number, review.id, {
      login: review.user.login,
      bot: review.user.type === 'Bot',
      how: 'the review just posted',
    });
  }
  const posted = plan.post.length - raced;
  sink.info(`Review comments: ${posted} posted, ${plan.keep.length} kept, ${deleted} deleted.`);
  return { action: 'posted', posted, kept: plan.keep.length + raced, deleted };
}

/**
 * Looks again after posting: a comment this run posted that an older comment of ours already
 * says, on the same line, was posted by two runs at once; this run's copy is deleted. The
 * number deleted.
 */
async function keepOldest(
  run: Started,
  number: number,
  reviewId: number,
  identity: Identity,
): Promise<number> {
  const { api, repo, inputs, sink } = run;
  let listed: ReviewComment[];
  try {
    listed = await listReviewComments(api, repo, number);
  } catch (err) {
    sink.info(
      `Could not check pull request #${number} for review comments posted twice (${statusOf(err) ?? errorMessage(err)}); the next run removes a second copy.`,
    );
    return 0;
  }
  const ours = listed.filter(
    (c) => isReviewMarked(c.body, inputs.commentTag) && writtenBy(c, identity),
  );
  let n = 0;
  for (const c of ours.filter((x) => x.reviewId === reviewId)) {
    const older = ours.some(
      (o) =>
        o.id < c.id &&
        o.body === c.body &&
        o.path === c.path &&
        o.line === c.line &&
        o.startLine === c.startLine,
    );
    if (older && (await remove(run, c, 'another run posted the same comment at the same time')))
      n++;
  }
  return n;
}

async function remove(run: Started, c: ReviewComment, why: string): Promise<boolean> {
  try {
    await deleteReviewComment(run.api, run.repo, c.id);
    run.sink.info(`Deleted review comment ${c.id} on ${c.path}: ${why}.`);
    return true;
  } catch (err) {
    // Gone already: another run deleted it.
    if (statusOf(err) === 404) return true;
    run.sink.info(
      `Could not delete review comment ${c.id} (${statusOf(err) ?? errorMessage(err)}); the next run tries again.`,
    );
    return false;
  }
}

function failure(run: Started, verb: string, number: number, err: unknown): ReviewResult {
  const status = statusOf(err);
  const why =
    status === 403 || status === 404
      ? 'the token lacks `pull-requests: write`, or can only read, as GitHub gives pull requests from forks on the pull_request event'
      : errorMessage(err);
  const reason = `Stack Verdict could not ${verb} pull request #${number} (${status !== undefined ? `HTTP ${status}: ` : ''}${why}); the findings are in its comment and this summary`;
  run.sink.warning(reason);
  return { action: 'failed', reason, noted: true };
}

/** The job summary's note when no review comment could be written, or undefined. */
export function reviewSummaryNote(result: ReviewResult): string | undefined {
  if ((result.action !== 'failed' && result.action !== 'skipped') || !result.noted)
    return undefined;
  return `> [!NOTE]\n> No review comments were written: ${messageToMarkdown(result.reason)}.`;
}
