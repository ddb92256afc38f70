// The sticky-comment protocol: one comment per pull request and tag. Find ours; create one
// when there is none, then look again and keep the oldest when two runs raced; delete the
// duplicates a race left. Only a comment this token's identity wrote is ever edited or
// deleted.

import { createComment as postComment } from '../api/create-comment.js';
import { deleteComment } from '../api/delete-comment.js';
import { listComments } from '../api/list-comments.js';
import type { IssueComment } from '../api/types.js';
import { updateComment } from '../api/update-comment.js';
import { decodeState } from '../../core/state/codec.js';
import { errorMessage, statusOf, type GitHubApi } from '../github.js';
import type { Repo } from '../types.js';
import {
  ACTIONS_BOT,
  byActionsBot,
  isUserToken,
  resolveIdentity,
  writtenBy,
  type Identity,
} from './identity.js';
import { hasMarker, startsWithMarker } from './marker.js';

export interface Found {
  /** Our comment: starts with the marker, written by this identity (the oldest, if several). */
  ours: IssueComment | undefined;
  /**
   * Our other comments, newer than `ours`: left by two runs that both found none and both
   * created one. The run that finds them deletes them (removeDuplicates).
   */
  duplicates: IssueComment[];
  /** Comments with our marker written by someone else, or only quoting it: never edited. */
  foreign: IssueComment[];
  /** Who this token writes as; undefined when no comment starts with the marker. */
  identity: Identity | undefined;
}

/** Ours: starts with the marker and was written by `identity`. */
export function isOurs(comment: IssueComment, marker: string, identity: Identity): boolean {
  return startsWithMarker(comment.body, marker) && writtenBy(comment, identity);
}

/**
 * Finds our comment in one listing. Who this token is costs requests (GET /user, then the
 * GraphQL viewer), so it is only asked when it matters:
 * - no comment starts with the marker: none can be ours, nothing to ask;
 * - one was written by github-actions[bot] (a Bot: only the workflow token posts as it) and
 *   the token is not a user's: this token is taken to be the workflow token, whose comment
 *   that is;
 * - otherwise (another app's or a user's comment, or a user's token): asked.
 */
export async function findComment(
  api: GitHubApi,
  repo: Repo,
  number: number,
  marker: string,
  log: { info(m: string): void },
  options: { token?: string } = {},
): Promise<Found> {
  const marked = (await listComments(api, repo, number)).filter((c) => hasMarker(c.body, marker));
  const candidates = marked.filter((c) => startsWithMarker(c.body, marker));
  if (candidates.length === 0) {
    return { ours: undefined, duplicates: [], foreign: marked, identity: undefined };
  }
  let identity: Identity;
  if (!isUserToken(options.token) && candidates.some(byActionsBot)) {
    identity = { login: ACTIONS_BOT, bot: true, how: 'the author of its earlier comment' };
  } else {
    identity = await resolveIdentity(api, log);
  }
  log.info(`this token comments as ${identity.login} (from ${identity.how})`);
  const mine = candidates.filter((c) => writtenBy(c, identity)).sort((a, b) => a.id - b.id);
  return {
    ours: mine[0],
    duplicates: mine.slice(1),
    foreign: marked.filter((c) => !writtenBy(c, identity)),
    identity,
  };
}

/**
 * Deletes the duplicates findComment found, keeping `kept` (the oldest). Only a comment that
 * is wholly ours (our marker at the start, our identity, and our data comment) is deleted;
 * a failure is logged, never fatal: the next run tries again.
 */
export async function removeDuplicates(
  api: GitHubApi,
  repo: Repo,
  duplicates: readonly IssueComment[],
  kept: number,
  log: { info(m: string): void },
): Promise<void> {
  for (const c of duplicates) {
    if (c.id === kept) continue;
    if (decodeState(c.body) === undefined) {
      log.info(
        `Comment ${c.id} starts with this action's marker but holds no data of it; it is left as it is.`,
      );
      continue;
    }
    try {
      await deleteComment(api, repo, c.id);
      log.info(
        `Deleted comment ${c.id}, a second comment of this action (two runs created one at the same time); comment ${kept} is kept.`,
      );
    } catch (err) {
      log.info(
        `Could not delete comment ${c.id}, a second comment of this action (${statusOf(err) ?? errorMessage(err)}); the next run tries again.`,
      );
    }
  }
}

/**
 * Creates our comment and returns its URL. Two runs at the same time (two quick pushes, a
 * re-run) may both find no comment and both create one; so the comments are listed once
 * more, after a create only (an update pays nothing for this). When an older comment of
 * ours exists, it gets this body and the one just created is deleted: one comment is left,
 * the oldest. Only the comment this call created is deleted here. A failure leaves a
 * duplicate, never an error (the comment was written); the next run removes it
 * (findComment, removeDuplicates).
 */
export async function createComment(
  api: GitHubApi,
  repo: Repo,
  number: number,
  body: string,
  marker: string,
  log: { info(m: string): void } = { info: () => {} },
): Promise<string | undefined> {
  const data = await postComment(api, repo, number, body);
  const url = typeof data.html_url === 'string' ? data.html_url : undefined;
  const user = data.user as { login?: unknown; type?: unknown } | null | undefined;
  if (typeof data.id !== 'number' || typeof user?.login !== 'string') return url;
  // GitHub records the author of the comment just created: this token's identity, for free.
  const identity: Identity = {
    login: user.login,
    bot: user.type === 'Bot',
    how: 'the comment just created',
  };
  try {
    return (await keepOldest(api, repo, number, body, marker, data.id, identity, log)) ?? url;
  } catch (err) {
    log.info(
      `Could not check pull request #${number} for a second comment of this action (${statusOf(err) ?? errorMessage(err)}); the next run removes a duplicate, if two runs raced.`,
    );
    return url;
  }
}

/** The URL of the comment that is kept, when it is not the one just created. */
async function keepOldest(
  api: GitHubApi,
  repo: Repo,
  number: number,
  body: string,
  marker: string,
  created: number,
  identity: Identity,
  log: { info(m: string): void },
): Promise<string | undefined> {
  const ours = (await listComments(api, repo, number))
    .filter((c) => isOurs(c, marker, identity))
    .sort((a, b) => a.id - b.id);
  // A listing that does not show the new comment yet cannot be compared safely.
  if (!ours.some((c) => c.id === created)) return undefined;
  const first = ours[0]!;
  if (first.id === created) return undefined;
  log.info(
    `Another run created comment ${first.id} at the same time; this run's text goes there and its own comment ${created} is deleted.`,
  );
  const kept =
    first.body === body ? first.html_url : await updateComment(api, repo, first.id, body);
  try {
    await deleteComment(api, repo, created);
  } catch (err) {
    // Gone already: a third run found it as a duplicate and deleted it. The text is kept.
    if (statusOf(err) !== 404) throw err;
  }
  return kept ?? first.html_url;
}
