// The pull request's reviews (api/list-reviews.ts) as the core's Review.
import type { Review } from '../../core/approvals.js';
import { listReviews } from '../api/list-reviews.js';
import type { GitHubApi } from '../github.js';

export { MAX_REVIEW_PAGES, REVIEWS_PER_PAGE } from '../api/list-reviews.js';

export async function pullRequestReviews(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  number: number,
): Promise<Review[]> {
  return (await listReviews(api, repo, number)).map((r) => ({
    login: r.login ?? null,
    state: r.state,
    submittedAt: r.submittedAt ?? null,
    commitId: r.commitId ?? null,
  }));
}
