// GET /orgs/{org}/repos: one page of an organisation's repositories the token can see.

import type { ApiResponse, GitHubApi } from './types.js';

export function listOrgReposPage(api: GitHubApi, org: string, page: number): Promise<ApiResponse> {
  return api.request('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100, page });
}
