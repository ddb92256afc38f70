// GET /user: who a personal (or OAuth) token is. Installation tokens are refused (403).

import type { GitHubApi } from './types.js';

export async function getAuthenticatedUser(
  api: GitHubApi,
): Promise<{ login?: unknown; type?: unknown }> {
  const res = await api.request('GET /user');
  return (res.data ?? {}) as { login?: unknown; type?: unknown };
}
