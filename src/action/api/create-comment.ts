// POST /repos/{owner}/{repo}/issues/{issue_number}/comments.

import type { GitHubApi, Repo } from './types.js';

/** The comment as GitHub recorded it: its id, URL and author (this token's identity). */
export async function createComment(
  api: GitHubApi,
  repo: Repo,
  number: number,
  body: string,
): Promise<{ id?: unknown; html_url?: unknown; user?: unknown }> {
  const res = await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: repo.owner,
    repo: repo.repo,
    issue_number: number,
    body,
  });
  return (res.data ?? {}) as { id?: unknown; html_url?: unknown; user?: unknown };
}
