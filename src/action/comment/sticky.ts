// The sticky-comment protocol: one comment per pull request and tag. Find ours; create one
// when there is none, then look again and keep the oldest when two runs raced; delete the
// duplicates a race left. Only a comment this token's identity wrote, and that is wholly
// ours (comment/body.ts), is ever edited or deleted.

import { createComment as postComment } from '../api/create-comment.js';
import { deleteComment } from '../api/delete-comment.js';
import { listComments } from '../api/list-comments.js';
import type { IssueComment } from '../api/types.js';
import { updateComment } from '../api/update-comment.js';
import { errorMessage, statusOf, type GitHubApi } from '../github.js';
import type { Repo } from '../api/types.js';
import {
  ACTIONS_BOT,
  byActionsBot,
  isUserToken,
  resolveIdentity,
  writtenBy,
  type Identity,
} from './identity.js';
import { readOurComment, type Adoption } from './body.js';
import { hasMarker, startsWithMarker } from './marker.js';

/** Whether a comment's body is wholly ours (see readOurComment). */
export type Adopt = (body: string) => Adoption;

export interface Found {
  /** Our comment: starts with the marker, written by this identity (the oldest, if several). */
  ours: IssueComment | undefined;
  /**
   * Our other comments, newer than `ours`: left by two runs that both found none and both
   * created one. The run that finds them deletes them (removeDuplicates).
   */
  duplicates: IssueComment[];
  /**
   * Comments with our marker written by someone else, only quoting it, or starting with it
   * without being wholly ours (then with the reason): never edited.
   */
  foreign: (IssueComment & { rejected?: string })[];
  /** Who this token writes as; undefined when no comment starts with the marker. */
  identity: Identity | undefined;
}

/** Ours: wholly ours by its body, and written by `identity`. */
export function isOurs(comment: IssueComment, adopt: Adopt, identity: Identity): boolean {
  return adopt(comment.body).ok && writtenBy(comment, identity);
}

/**
 * Finds our comment in one listing. A comment that starts with the marker is a candidate only
 * when its whole body is ours (`adopt`, by default readOurComment without a key): another
 * workflow posting text from the pull request as the same identity cannot have its comment
 * edited or deleted, or its forged data trusted, by starting it with our marker.
 * Who this token is costs requests (GET /user, then the GraphQL viewer), so it is only asked
 * when it matters:
 * - no comment is a candidate: none can be ours, nothing to ask;
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
  /** `listed`: the comment list, when the caller started it already. */
  options: { token?: string; adopt?: Adopt; listed?: Promise<IssueComment[]> } = {},
): Promise<Found> {
  const adopt = options.adopt ?? ((body: string) => readOurComment(body, marker));
  const all = await (options.listed ?? listComments(api, repo, number));
  const marked = all.filter((c) => hasMarker(c.body, marker));
  const rejected = new Map<number, string>();
  for (const c of marked) {
    if (!startsWithMarker(c.body, marker)) continue;
    const adoption = adopt(c.body);
    if (!adoption.ok) rejected.set(c.id, adoption.reason);
  }
  const candidates = marked.filter((c) => startsWithMarker(c.body, marker) && !rejected.has(c.id));
  const foreign = (keep: (c: IssueComment) => boolean) =>
    marked
      .filter(keep)
      .map((c) => (rejected.has(c.id) ? { ...c, rejected: rejected.get(c.id)! } : c));
  if (candidates.length === 0) {
    return { ours: undefined, duplicates: [], foreign: foreign(() => true), identity: undefined };
  }
  let identity: Identity;
  if (!isUserToken(options.token) && candidates.some(byActionsBot)) {
    identity = { login: ACTIONS_BOT, bot: true, how: 'the author of its earlier comment' };
  } else {
    identity = await resolveIdentity(api, log, options.token);
  }
  log.info(`this token comments as ${identity.login} (from ${identity.how})`);
  const mine = candidates.filter((c) => writtenBy(c, identity)).sort((a, b) => a.id - b.id);
  return {
    ours: mine[0],
    duplicates: mine.slice(1),
    foreign: foreign((c) => rejected.has(c.id) || !writtenBy(c, identity)),
    identity,
  };
}

/**
 * Deletes the duplicates findComment found, keeping `kept` (the oldest). Only a comment that
 * is wholly ours (our identity, and `adopt` accepts its body) is deleted;
 * a failure is logged, never fatal: the next run tries again.
 */
export async function removeDuplicates(
  api: GitHubApi,
  repo: Repo,
  duplicates: readonly IssueComment[],
  kept: number,
  log: { info(m: string): void },
  adopt: Adopt,
): Promise<void> {
  for (const c of duplicates) {
    if (c.id === kept) continue;
    if (!adopt(c.body).ok) {
      log.info(
        `Comment ${c.id} starts with this action's marker but is not wholly a comment of this action; it is left as it is.`,
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
  adopt: Adopt = (text) => readOurComment(text, marker),
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
    return (await keepOldest(api, repo, number, body, adopt, data.id, identity, log)) ?? url;
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
  adopt: Adopt,
  created: number,
  identity: Identity,
  log: { info(m: string): void },
): Promise<string | undefined> {
  const ours = (await listComments(api, repo, number))
    .filter((c) => isOurs(c, adopt, identity))
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
