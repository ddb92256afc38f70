// GET /repos/{owner}/{repo}/pulls/{pull_number}/comments: the review comments of a pull request.

import { everyPage } from './paginate.js';
import type { GitHubApi, Repo } from './types.js';

const MAX_PAGES = 30;

/** A review comment, reduced to what the Action reads. */
export interface ReviewComment {
  id: number;
  body: string;
  user: { login: string; type: string } | undefined;
  path: string;
  /** The line on the head's side; null when the comment is outdated (its line changed). */
  line: number | null;
  /** The first line of a comment on several lines; null for one line. */
  startLine: number | null;
  /** The review the comment was posted in. */
  reviewId: number | null;
}

export async function listReviewComments(
  api: GitHubApi,
  repo: Repo,
  number: number,
): Promise<ReviewComment[]> {
  return everyPage(
    (page) =>
      api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
        owner: repo.owner,
        repo: repo.repo,
        pull_number: number,
        per_page: 100,
        page,
      }),
    { perPage: 100, maxPages: MAX_PAGES, item: reviewComment },
  );
}

function reviewComment(item: unknown): ReviewComment | undefined {
  const c = item as Record<string, unknown> | null;
  if (!c || typeof c.id !== 'number' || typeof c.path !== 'string') return undefined;
  const user = c.user as { login?: unknown; type?: unknown } | null | undefined;
  const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  return {
    id: c.id,
    body: typeof c.body === 'string' ? c.body : '',
    user:
      user && typeof user.login === 'string'
        ? { login: user.login, type: typeof user.type === 'string' ? user.type : '' }
        : undefined,
    path: c.path,
    line: int(c.line),
    startLine: int(c.start_line),
    reviewId: int(c.pull_request_review_id),
  };
}
