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

/** The file paths of a tree listing: blobs only (submodules and folders are never files). */
export function blobPaths(tree: unknown): string[] {
  const paths: string[] = [];
  for (const item of Array.isArray(tree) ? (tree as unknown[]) : []) {
    const entry = item as { path?: unknown; type?: unknown };
    if (entry.type === 'blob' && typeof entry.path === 'string') paths.push(entry.path);
  }
  return paths;
}
