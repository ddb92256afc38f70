// DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}.

import type { GitHubApi, Repo } from './types.js';

export async function deleteReviewComment(api: GitHubApi, repo: Repo, id: number): Promise<void> {
  await api.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
    owner: repo.owner,
    repo: repo.repo,
    comment_id: id,
  });
}
