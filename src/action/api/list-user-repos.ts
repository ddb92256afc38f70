// GET /users/{username}/repos: one page of a user's own repositories.

import type { ApiResponse, GitHubApi } from './types.js';

export function listUserReposPage(
  api: GitHubApi,
  username: string,
  page: number,
): Promise<ApiResponse> {
  return api.request('GET /users/{username}/repos', {
    username,
    type: 'owner',
    per_page: 100,
    page,
  });
}
