// PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}.

import type { GitHubApi, Repo } from './types.js';

/** The comment's URL, when GitHub gives it. */
export async function updateComment(
  api: GitHubApi,
  repo: Repo,
  id: number,
  body: string,
): Promise<string | undefined> {
  const res = await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
    owner: repo.owner,
    repo: repo.repo,
    comment_id: id,
    body,
  });
  return (res.data as { html_url?: string } | null)?.html_url;
}
