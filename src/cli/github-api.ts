// The CLI's GitHub client for reading other repositories (`portfolio --repo/--org`): the
// routes the Action's API calls name (`GET /repos/{owner}/{repo}`), sent with fetch, with
// GITHUB_TOKEN or GH_TOKEN, at GITHUB_API_URL and GITHUB_GRAPHQL_URL as a runner sets them
// (GitHub Enterprise Server too). Bounded like the Action's client (api/bounded.ts), and a
// rate-limited request is retried once when GitHub says to wait a short while.

import { bounded } from '../action/api/bounded.js';
import type { ApiResponse, GitHubApi } from '../action/api/types.js';
import { UsageError } from './io.js';

/** A request taking longer is given up: the CLI must not hang on a network. */
const TIMEOUT_MS = 60_000;
/** Waiting longer than this for a rate limit would only keep the command hanging. */
const MAX_WAIT_S = 60;

/** An HTTP failure, with the status the callers read (github.ts statusOf). */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpStatusError';
  }
}

/** The URLs and the token from the environment; a UsageError says what is wrong. */
export function apiSettings(env: NodeJS.ProcessEnv): {
  token: string;
  api: string;
  graphql: string;
} {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) {
    throw new UsageError(
      'reading repositories through the GitHub API needs a token: set GITHUB_TOKEN (or GH_TOKEN) to one that may read their contents',
    );
  }
  const url = (name: string, value: string): string => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new UsageError(`${name} must be a URL such as https://api.github.com; got "${value}"`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new UsageError(`${name} must be an http(s) URL; got "${value}"`);
    }
    return value.replace(/\/+$/, '');
  };
  const api = url('GITHUB_API_URL', env.GITHUB_API_URL || 'https://api.github.com');
  // GitHub Enterprise Server serves GraphQL at /api/graphql beside /api/v3.
  const graphql = url(
    'GITHUB_GRAPHQL_URL',
    env.GITHUB_GRAPHQL_URL || `${api.replace(/\/api\/v3$/, '/api')}/graphql`,
  );
  return { token, api, graphql };
}

/** `{name}` in a route becomes its parameter; `path` keeps its slashes. */
function expand(
  template: string,
  params: Record<string, unknown>,
): { path: string; rest: Record<string, unknown> } {
  const rest = { ...params };
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = String(rest[name] ?? '');
    delete rest[name];
    return name === 'path'
      ? value.split('/').map(encodeURIComponent).join('/')
      : encodeURIComponent(value);
  });
  return { path, rest };
}

export function cliGitHubApi(env: NodeJS.ProcessEnv, fetchImpl: typeof fetch = fetch): GitHubApi {
  const { token, api, graphql } = apiSettings(env);
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'x-github-api-version': '2022-11-28',
    'user-agent': 'stack-verdict-cli',
  };
  const send = async (
    url: string,
    init: { method: string; body?: string },
    retried = false,
  ): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }> => {
    let res: Response;
    try {
      res = await fetchImpl(url, {
        method: init.method,
        headers: init.body ? { ...headers, 'content-type': 'application/json' } : headers,
        ...(init.body ? { body: init.body } : {}),
        redirect: 'follow',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      throw new Error(`the GitHub API at ${api} did not answer (${(err as Error).message})`, {
        cause: err,
      });
    }
    const text = await res.text();
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      data = undefined;
    }
    if (res.ok) return { status: res.status, data, headers: Object.fromEntries(res.headers) };
    const message = (data as { message?: unknown } | undefined)?.message;
    const limited =
      res.status === 429 ||
      (res.status === 403 &&
        (res.headers.get('x-ratelimit-remaining') === '0' ||
          /rate limit/i.test(String(message ?? ''))));
    const wait = Number(res.headers.get('retry-after') ?? 'NaN');
    if (limited && !retried && Number.isFinite(wait) && wait <= MAX_WAIT_S) {
      await new Promise((r) => setTimeout(r, Math.max(0, wait) * 1000));
      return send(url, init, true);
    }
    const said = typeof message === 'string' ? `: ${message.slice(0, 200)}` : '';
    throw new HttpStatusError(
      res.status,
      `${limited ? 'rate limit: ' : ''}HTTP ${res.status}${said}`,
    );
  };
  const client: GitHubApi = {
    async request(route, params = {}): Promise<ApiResponse> {
      const space = route.indexOf(' ');
      const method = route.slice(0, space);
      const { path, rest } = expand(route.slice(space + 1), params);
      delete rest.request;
      const query = new URLSearchParams();
      for (const [k, v] of Object.entries(rest)) {
        if (v !== undefined) query.set(k, String(v));
      }
      const qs = query.toString();
      return send(`${api}${path}${qs ? `?${qs}` : ''}`, { method });
    },
    async graphql(query, variables = {}) {
      const res = await send(graphql, {
        method: 'POST',
        body: JSON.stringify({ query, variables }),
      });
      const body = res.data as { data?: unknown; errors?: { message?: unknown }[] } | undefined;
      if (body?.errors?.length) {
        throw new Error(
          `GraphQL: ${body.errors
            .map((e) => String(e.message ?? ''))
            .join('; ')
            .slice(0, 300)}`,
        );
      }
      return body?.data;
    },
  };
  return bounded(client);
}
