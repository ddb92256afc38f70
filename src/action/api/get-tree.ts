// GET /repos/{owner}/{repo}/git/trees/{tree_sha}?recursive=1: every path at a commit.

import type { GitHubApi, Repo } from './types.js';

export async function getTree(
  api: GitHubApi,
  repo: Repo,
  sha: string,
): Promise<{ tree?: unknown; truncated?: unknown }> {
  const res = await api.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    owner: repo.owner,
    repo: repo.repo,
    tree_sha: sha,
    recursive: '1',
  });
  return (res.data ?? {}) as { tree?: unknown; truncated?: unknown };
}
