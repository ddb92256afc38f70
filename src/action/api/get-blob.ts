// GET /repos/{owner}/{repo}/git/blobs/{file_sha}: a file over 1 MB, which contents leaves out.

import type { GitHubApi, Repo } from './types.js';

export async function getBlob(api: GitHubApi, repo: Repo, sha: string): Promise<unknown> {
  const res = await api.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    owner: repo.owner,
    repo: repo.repo,
    file_sha: sha,
  });
  return res.data;
}
