// The GitHub API client. The rest of the Action sees only `GitHubApi.request`, one method in
// the shape of octokit.request, so that tests replace the whole client with a small router.
//
// Octokit (@actions/github and its plugins, most of the bundle) lives in octokit.ts and is
// loaded with a dynamic import on the first request only: a run that needs no API (a
// workflow_dispatch audit of a checkout with comment: never) never loads or compiles it.

import type { getOctokit } from '@actions/github';

export interface ApiResponse {
  status: number;
  data: unknown;
  headers?: Record<string, unknown>;
}

export interface GitHubApi {
  /** `route` as octokit writes it, e.g. 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'. */
  request(route: string, params?: Record<string, unknown>): Promise<ApiResponse>;
  /**
   * A GraphQL query through the same octokit (`octokit.graphql`): the answer's `data`; throws
   * when the answer carries errors. Optional: without it (a test's stand-in) the callers make
   * the REST requests instead.
   */
  graphql?(query: string, variables?: Record<string, unknown>): Promise<unknown>;
}

export interface ApiLog {
  warning(message: string): void;
  info(message: string): void;
}

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

/** The HTTP status of a failed request (octokit's RequestError, or a test's stand-in). */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
