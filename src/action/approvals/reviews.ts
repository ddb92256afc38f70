// The pull request's reviews, every page of them, as the core's Review.
import type { Review } from '../../core/approvals.js';
import type { GitHubApi } from '../github.js';

export const REVIEWS_PER_PAGE = 100;
/** A pull request with more reviews than this is not one a waiver waits on; stop paging. */
export const MAX_REVIEW_PAGES = 30;

export async function listReviews(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  number: number,
): Promise<Review[]> {
  const reviews: Review[] = [];
  for (let page = 1; page <= MAX_REVIEW_PAGES; page++) {
    const res = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      owner: repo.owner,
      repo: repo.repo,
      pull_number: number,
      per_page: REVIEWS_PER_PAGE,
      page,
    });
    const data = Array.isArray(res.data) ? (res.data as unknown[]) : [];
    for (const item of data) {
      const review = toReview(item);
      if (review) reviews.push(review);
    }
    if (data.length < REVIEWS_PER_PAGE) break;
  }
  return reviews;
}

function toReview(item: unknown): Review | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const r = item as { user?: { login?: unknown } | null; state?: unknown; submitted_at?: unknown };
  if (typeof r.state !== 'string') return undefined;
  const login = typeof r.user?.login === 'string' ? r.user.login : null;
  const submittedAt = typeof r.submitted_at === 'string' ? r.submitted_at : null;
  return { login, state: r.state, submittedAt };
}
