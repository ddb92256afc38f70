// GET /repos/{owner}/{repo}/pulls/{pull_number}: the pull request (head commit, labels, counts).

import type { GitHubApi, Repo } from './types.js';

export interface PullRequestData {
  head?: { sha?: unknown };
  labels?: unknown;
  changed_files?: unknown;
}

export async function getPullRequest(
  api: GitHubApi,
  repo: Repo,
  number: number,
): Promise<PullRequestData> {
  const res = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: repo.owner,
    repo: repo.repo,
    pull_number: number,
  });
  return (res.data ?? {}) as PullRequestData;
}
