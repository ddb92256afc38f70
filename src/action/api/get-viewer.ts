// POST /graphql `viewer { login }`: who an installation token acts as, where GitHub says.

import type { GitHubApi } from './types.js';

export async function getViewerLogin(api: GitHubApi): Promise<unknown> {
  const res = await api.request('POST /graphql', { query: 'query { viewer { login } }' });
  return (res.data as { data?: { viewer?: { login?: unknown } } } | null)?.data?.viewer?.login;
}
