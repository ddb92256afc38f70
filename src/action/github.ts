// The GitHub API client. The rest of the Action sees only `GitHubApi.request`, one method in
// the shape of octokit.request, so that tests replace the whole client with a small router.
//
// Octokit (@actions/github and its plugins, most of the bundle) lives in octokit.ts and is
// loaded with a dynamic import on the first request only: a run that needs no API (a
// workflow_dispatch audit of a checkout with comment: never) never loads or compiles it.

import type { ApiLog, GitHubApi } from './api/types.js';
import type { OctokitExtra } from './octokit.js';

export type { ApiLog, ApiResponse, GitHubApi } from './api/types.js';

/**
 * The client the Action uses. Octokit is imported when the first request is made, not
 * before; a failure to load it is that request's failure.
 */
export function createApi(
  token: string,
  log: ApiLog,
  env: Readonly<Record<string, string | undefined>> = process.env,
  extra: OctokitExtra = {},
): GitHubApi {
  let loading: Promise<GitHubApi> | undefined;
  const load = () =>
    (loading ??= import('./octokit.js').then((m) => m.octokitApi(token, log, env, extra)));
  return {
    request: async (route, params) => (await load()).request(route, params),
    graphql: async (query, variables) => (await load()).graphql!(query, variables),
  };
}

export { errorMessage, statusOf } from './api/errors.js';
