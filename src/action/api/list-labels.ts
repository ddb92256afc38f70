// GET /repos/{owner}/{repo}/issues/{issue_number}/labels: a pull request's labels now.

import type { GitHubApi, Repo } from './types.js';

export async function listLabels(api: GitHubApi, repo: Repo, number: number): Promise<unknown> {
  const res = await api.request('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', {
    owner: repo.owner,
    repo: repo.repo,
    issue_number: number,
    per_page: 100,
  });
  return res.data;
}
