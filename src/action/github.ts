// The GitHub API client. The rest of the Action sees only `GitHubApi.request`, one method in
// the shape of octokit.request, so that tests replace the whole client with a small router.

import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface ApiResponse {
  status: number;
  data: unknown;
  headers?: Record<string, unknown>;
}

export interface GitHubApi {
  /** `route` as octokit writes it, e.g. 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'. */
  request(route: string, params?: Record<string, unknown>): Promise<ApiResponse>;
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
  extra: Parameters<typeof getOctokit>[1] = {},
) {
  return getOctokit(
    token,
    {
      baseUrl: apiBaseUrl(env),
      retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: throttleHandlers(log),
      ...extra,
    },
    retry,
    throttling,
  );
}

export function createApi(
  token: string,
  log: ApiLog,
  env: Readonly<Record<string, string | undefined>> = process.env,
): GitHubApi {
  const octokit = createOctokit(token, log, env);
  const graphqlBase = graphqlBaseUrl(apiBaseUrl(env));
  return {
    request: (route, params) =>
      octokit.request(
        route,
        route === 'POST /graphql' ? { ...params, baseUrl: graphqlBase } : params,
      ) as unknown as Promise<ApiResponse>,
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
