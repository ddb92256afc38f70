// Octokit with the retry and throttling plugins: loaded only when a run makes an API request
// (see createApi in github.ts), since compiling it is most of the Action's start-up.

import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { nodeFetch } from './http-fetch.js';
import { usesProxy } from './proxy.js';
import type { ApiLog, ApiResponse, GitHubApi } from './api/types.js';

/** Retries for the secondary rate limit (abuse detection) and the primary one. */
export const SECONDARY_LIMIT_RETRIES = 2;
export const PRIMARY_LIMIT_RETRIES = 1;
/** Waiting longer than this for the primary limit to reset would only keep the job hanging. */
export const PRIMARY_LIMIT_MAX_WAIT_S = 120;

type LimitHandler = (
  retryAfter: number,
  options: { method?: string; url?: string },
  octokit: unknown,
  retryCount: number,
) => boolean;

export function throttleHandlers(log: ApiLog): {
  onRateLimit: LimitHandler;
  onSecondaryRateLimit: LimitHandler;
} {
  return {
    onRateLimit: (retryAfter, options, _octokit, retryCount) => {
      const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
      if (retryCount < PRIMARY_LIMIT_RETRIES && retryAfter <= PRIMARY_LIMIT_MAX_WAIT_S) {
        log.info(`GitHub API rate limit reached for ${what}; retrying in ${retryAfter} s`);
        return true;
      }
      log.warning(`GitHub API rate limit reached for ${what}; not retrying`);
      return false;
    },
    onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
      const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
      if (retryCount < SECONDARY_LIMIT_RETRIES) {
        log.info(
          `GitHub API secondary rate limit for ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${SECONDARY_LIMIT_RETRIES})`,
        );
        return true;
      }
      log.warning(
        `GitHub API secondary rate limit for ${what}; giving up after ${retryCount} retries`,
      );
      return false;
    },
  };
}

/** The REST API's root: GITHUB_API_URL on the runner (GitHub Enterprise Server too). */
export function apiBaseUrl(env: Readonly<Record<string, string | undefined>>): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** GraphQL lives at /api/graphql on GitHub Enterprise Server, beside /api/v3. */
export function graphqlBaseUrl(restBase: string): string {
  return restBase.replace(/\/api\/v3$/, '/api');
}

/** Further octokit options, for tests (`request.fetch`, `retry.retryAfterBaseValue`). */
export type OctokitExtra = NonNullable<Parameters<typeof getOctokit>[1]>;

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
