// GET /repos/{owner}/{repo}/languages: GitHub's language breakdown of a repository's default
// branch, language name → bytes of code.

import type { GitHubApi, Repo } from './types.js';

/** The breakdown; throws when the answer is not a map of names to byte counts. */
export async function getLanguages(api: GitHubApi, repo: Repo): Promise<Record<string, number>> {
  const res = await api.request('GET /repos/{owner}/{repo}/languages', {
    owner: repo.owner,
    repo: repo.repo,
  });
  const data = res.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('the answer is not a language breakdown');
  }
  const out: Record<string, number> = {};
  for (const [name, bytes] of Object.entries(data as Record<string, unknown>)) {
    if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) {
      throw new Error('the answer is not a language breakdown');
    }
    out[name] = bytes;
  }
  return out;
}
