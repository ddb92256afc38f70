// Octokit with the retry and throttling plugins: loaded only when a run makes an API request
// (see createApi in github.ts), since compiling it is most of the Action's start-up.

import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { nodeFetch } from './http-fetch.js';
import { usesProxy } from './proxy.js';
import {
  apiBaseUrl,
  graphqlBaseUrl,
  throttleHandlers,
  type ApiLog,
  type ApiResponse,
  type GitHubApi,
  type OctokitExtra,
} from './github.js';

/**
 * An octokit with the retry and throttling plugins. @actions/github already takes its base
 * URL from GITHUB_API_URL (read once, when the module loads); it is passed explicitly here
 * as well, from the environment the run was given, so that GitHub Enterprise Server works
 * without configuration and tests can show it.
 */
export function createOctokit(
  token: string,
  log: ApiLog,
  env: Readonly<Record<string, string | undefined>> = process.env,
  /** Further octokit options (tests pass `request.fetch`). */
  extra: OctokitExtra = {},
) {
  const baseUrl = apiBaseUrl(env);
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: throttleHandlers(log),
      ...transport(baseUrl),
      ...extra,
    },
    retry,
    throttling,
  );
}

/**
 * How requests to `baseUrl` travel. Without a proxy, over node:http(s) (http-fetch.ts); through
 * one, over @actions/github's undici fetch (its default), which the build loads only then
 * (scripts/lazy-proxy.mjs). Octokit merges its options shallowly: any `request` of ours would
 * replace @actions/github's, proxy and all, so there is none in that case.
 */
export function transport(baseUrl: string): { request?: { fetch: typeof nodeFetch } } {
  return usesProxy(baseUrl) ? {} : { request: { fetch: nodeFetch } };
}

/**
 * GitHubApi over octokit. Every request gets a `request` options object of its own: octokit
 * otherwise hands each request the client's shared one, and @octokit/plugin-retry keeps its
 * retry count there (`options.request.retryCount`), so a request that failed earlier in the
 * run (even a 404 it does not retry) made the next request's retry wait (n + 1)² seconds
 * instead of 1 s.
 */
export function octokitApi(
  token: string,
  log: ApiLog,
  env: Readonly<Record<string, string | undefined>> = process.env,
  extra: OctokitExtra = {},
): GitHubApi {
  const octokit = createOctokit(token, log, env, extra);
  const graphqlBase = graphqlBaseUrl(apiBaseUrl(env));
  return {
    request: (route, params = {}) => {
      const own = params.request;
      const request = own !== null && typeof own === 'object' ? { ...own } : {};
      return octokit.request(route, {
        ...params,
        request,
        ...(route === 'POST /graphql' ? { baseUrl: graphqlBase } : {}),
      }) as unknown as Promise<ApiResponse>;
    },
    // octokit.graphql finds /api/graphql beside /api/v3 itself; `request` as above.
    graphql: (query, variables = {}) => octokit.graphql(query, { ...variables, request: {} }),
  };
}
