// POST /repos/{owner}/{repo}/issues.

import type { GitHubApi, Repo } from './types.js';
import { issue, type Issue } from './list-issues.js';

/** The issue as GitHub recorded it (its author is this token's identity). */
export async function createIssue(
  api: GitHubApi,
  repo: Repo,
  title: string,
  body: string,
): Promise<Issue | undefined> {
  const res = await api.request('POST /repos/{owner}/{repo}/issues', {
    owner: repo.owner,
    repo: repo.repo,
    title,
    body,
  });
  return issue(res.data);
}
