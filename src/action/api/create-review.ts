// POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews: one review holding every new comment.

import type { GitHubApi, Repo } from './types.js';

export interface NewReviewComment {
  path: string;
  /** The last line the comment covers, on the head's side. */
  line: number;
  /** The first line, for a comment on several lines. */
  startLine?: number;
  body: string;
}

/**
 * Posts the comments as one review with the event COMMENT: it neither approves nor requests
 * changes (the check is the gate). Returns the review's id and author.
 */
export async function createReview(
  api: GitHubApi,
  repo: Repo,
  number: number,
  commit: string,
  body: string,
  comments: readonly NewReviewComment[],
): Promise<{ id: number | undefined; user: { login: string; type: string } | undefined }> {
  const res = await api.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
    owner: repo.owner,
    repo: repo.repo,
    pull_number: number,
    commit_id: commit,
    event: 'COMMENT',
    body,
    comments: comments.map((c) => ({
      path: c.path,
      line: c.line,
      side: 'RIGHT',
      ...(c.startLine !== undefined ? { start_line: c.startLine, start_side: 'RIGHT' } : {}),
      body: c.body,
    })),
  });
  const data = (res.data ?? {}) as { id?: unknown; user?: unknown };
  const user = data.user as { login?: unknown; type?: unknown } | null | undefined;
  return {
    id: typeof data.id === 'number' ? data.id : undefined,
    user:
      user && typeof user.login === 'string'
        ? { login: user.login, type: typeof user.type === 'string' ? user.type : '' }
        : undefined,
  };
}
