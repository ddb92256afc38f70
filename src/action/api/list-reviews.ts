// GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews: every review of a pull request
// (for waiver approvals).

import { everyPage } from './paginate.js';
import type { GitHubApi, Repo } from './types.js';

export interface Review {
  id: number;
  /** The reviewer's login; undefined for a deleted account. */
  login: string | undefined;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  state: string;
  /** The commit the review was made on. */
  commitId: string | undefined;
  submittedAt: string | undefined;
}

export const REVIEWS_PER_PAGE = 100;
/** A pull request with more reviews than this is not one a waiver waits on; stop paging. */
export const MAX_REVIEW_PAGES = 30;

export async function listReviews(api: GitHubApi, repo: Repo, number: number): Promise<Review[]> {
  return everyPage(
    (page) =>
      api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: repo.owner,
        repo: repo.repo,
        pull_number: number,
        per_page: REVIEWS_PER_PAGE,
        page,
      }),
    { perPage: REVIEWS_PER_PAGE, maxPages: MAX_REVIEW_PAGES, item: review },
  );
}

function review(item: unknown): Review | undefined {
  const r = item as {
    id?: unknown;
    user?: { login?: unknown } | null;
    state?: unknown;
    commit_id?: unknown;
    submitted_at?: unknown;
  } | null;
  if (!r || typeof r.id !== 'number' || typeof r.state !== 'string') return undefined;
  return {
    id: r.id,
    login: typeof r.user?.login === 'string' ? r.user.login : undefined,
    state: r.state,
    commitId: typeof r.commit_id === 'string' ? r.commit_id : undefined,
    submittedAt: typeof r.submitted_at === 'string' ? r.submitted_at : undefined,
  };
}
