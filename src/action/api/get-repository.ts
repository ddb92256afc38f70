// GET /repos/{owner}/{repo}: a repository's name as GitHub spells it, its default branch and
// whether it is archived.

import type { GitHubApi, Repo } from './types.js';

export async function getRepository(api: GitHubApi, repo: Repo): Promise<unknown> {
  const res = await api.request('GET /repos/{owner}/{repo}', {
    owner: repo.owner,
    repo: repo.repo,
  });
  return res.data;
}
