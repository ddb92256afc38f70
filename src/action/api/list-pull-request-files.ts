// GET /repos/{owner}/{repo}/pulls/{pull_number}/files: one page of a pull request's files.

import type { GitHubApi } from '../github.js';
import type { Repo } from '../types.js';

export async function listPullRequestFilesPage(
  api: GitHubApi,
  repo: Repo,
  number: number,
  page: number,
  perPage: number,
): Promise<unknown[]> {
  const res = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    owner: repo.owner,
    repo: repo.repo,
    pull_number: number,
    per_page: perPage,
    page,
  });
  return Array.isArray(res.data) ? (res.data as unknown[]) : [];
}
