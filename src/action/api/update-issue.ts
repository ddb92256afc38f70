// PATCH /repos/{owner}/{repo}/issues/{issue_number}: its body (and, for a duplicate, its state).

import type { GitHubApi, Repo } from './types.js';
import { issue, type Issue } from './list-issues.js';

export async function updateIssue(
  api: GitHubApi,
  repo: Repo,
  number: number,
  fields: { body: string; state?: 'closed'; state_reason?: 'not_planned' },
): Promise<Issue | undefined> {
  const res = await api.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    owner: repo.owner,
    repo: repo.repo,
    issue_number: number,
    ...fields,
  });
  return issue(res.data);
}
