// GET /repos/{owner}/{repo}/contents/{path}: a file (or a folder's listing) at a commit.

import type { GitHubApi, Repo } from './types.js';

/** The API's answer as is: an object for a file, an array for a folder. */
export async function getContent(
  api: GitHubApi,
  repo: Repo,
  path: string,
  ref: string,
): Promise<unknown> {
  const res = await api.request('GET /repos/{owner}/{repo}/contents/{path}', {
    owner: repo.owner,
    repo: repo.repo,
    path,
    ref,
  });
  return res.data;
}
