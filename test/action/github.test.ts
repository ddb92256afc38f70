import { describe, expect, it, vi } from 'vitest';
import { createApi, statusOf } from '../../src/action/github.js';
import {
  apiBaseUrl,
  createOctokit,
  graphqlBaseUrl,
  PRIMARY_LIMIT_MAX_WAIT_S,
  throttleHandlers,
} from '../../src/action/octokit.js';

const quiet = { info: () => {}, warning: () => {} };
const req = { method: 'GET', url: '/repos/a/b' };

describe('throttleHandlers', () => {
  it('retries a secondary rate limit twice, then gives up', () => {
    const { onSecondaryRateLimit } = throttleHandlers(quiet);
    expect(onSecondaryRateLimit(60, req, undefined, 0)).toBe(true);
    expect(onSecondaryRateLimit(60, req, undefined, 1)).toBe(true);
    expect(onSecondaryRateLimit(60, req, undefined, 2)).toBe(false);
  });

  it('retries the primary rate limit once, and not when the reset is far away', () => {
    const { onRateLimit } = throttleHandlers(quiet);
    expect(onRateLimit(30, req, undefined, 0)).toBe(true);
    expect(onRateLimit(30, req, undefined, 1)).toBe(false);
    expect(onRateLimit(PRIMARY_LIMIT_MAX_WAIT_S + 1, req, undefined, 0)).toBe(false);
  });
});

function response(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

describe('createOctokit', () => {
  it('talks to GITHUB_API_URL (GitHub Enterprise Server), as @actions/github reads it', async () => {
    const env = { GITHUB_API_URL: 'https://ghe.example.com/api/v3/' };
    expect(apiBaseUrl(env)).toBe('https://ghe.example.com/api/v3');
    expect(apiBaseUrl({})).toBe('https://api.github.com');
    const urls: string[] = [];
    const octokit = createOctokit('t0ken', quiet, env, {
      request: {
        fetch: async (url: string) => {
          urls.push(url);
          return response(200, { login: 'x' });
        },
      },
    });
    await octokit.request('GET /user');
    expect(urls).toEqual(['https://ghe.example.com/api/v3/user']);
  });

  it('uses api.github.com by default and sends the token', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const octokit = createOctokit(
      't0ken',
      quiet,
      {},
      {
        request: {
          fetch: async (url: string, init: RequestInit) => {
            seen.push({ url, auth: new Headers(init.headers).get('authorization') });
            return response(200, []);
          },
        },
      },
    );
    await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: 'o',
      repo: 'r',
      path: 'proposals/a b.yaml',
      ref: 'abc',
    });
    expect(seen).toEqual([
      {
        url: 'https://api.github.com/repos/o/r/contents/proposals%2Fa%20b.yaml?ref=abc',
        auth: 'token t0ken',
      },
    ]);
  });

  it('retries a secondary rate limit with retry-after, at most twice', async () => {
    let calls = 0;
    const octokit = createOctokit(
      't',
      quiet,
      {},
      {
        // Seconds of retry-after count as milliseconds here, to keep the test fast.
        throttle: { ...throttleHandlers(quiet), retryAfterBaseValue: 1 },
        request: {
          fetch: async () => {
            calls++;
            return response(
              403,
              { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
              { 'retry-after': '1' },
            );
          },
        },
      },
    );
    const err = await octokit
      .request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })
      .catch((e: unknown) => e);
    expect(statusOf(err)).toBe(403);
    expect(calls).toBe(3);
  });

  it('does not retry a 403 that is not a rate limit (a read-only token)', async () => {
    let calls = 0;
    const octokit = createOctokit(
      't',
      quiet,
      {},
      {
        // Seconds of retry-after count as milliseconds here, to keep the test fast.
        throttle: { ...throttleHandlers(quiet), retryAfterBaseValue: 1 },
        request: {
          fetch: async () => {
            calls++;
            return response(403, { message: 'Resource not accessible by integration' });
          },
        },
      },
    );
    const err = await octokit
      .request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'o',
        repo: 'r',
        issue_number: 1,
        body: 'x',
      })
      .catch((e: unknown) => e);
    expect(statusOf(err)).toBe(403);
    expect(calls).toBe(1);
  });

  it('sends GraphQL to /api/graphql on Enterprise Server', () => {
    expect(graphqlBaseUrl('https://ghe.example.com/api/v3')).toBe('https://ghe.example.com/api');
    expect(graphqlBaseUrl('https://api.github.com')).toBe('https://api.github.com');
    expect(createApi('t', quiet, {}).request).toBeTypeOf('function');
  });
});

describe('createApi: GraphQL through the same octokit', () => {
  it('posts the query and its variables to /graphql (/api/graphql on Enterprise Server), with the token', async () => {
    for (const [base, want] of [
      ['https://ghe.example.com/api/v3', 'https://ghe.example.com/api/graphql'],
      ['', 'https://api.github.com/graphql'],
    ] as const) {
      const seen: { url: string; body: unknown; auth: string | null }[] = [];
      const api = createApi('t0ken', quiet, base ? { GITHUB_API_URL: base } : {}, {
        request: {
          fetch: async (url: string, init: RequestInit) => {
            seen.push({
              url,
              body: JSON.parse(String(init.body)),
              auth: new Headers(init.headers).get('authorization'),
            });
            return response(200, { data: { repository: { f0: null } } });
          },
        },
      });
      const data = await api.graphql!('query($f0: String!) { x }', { f0: 'sha:a.yaml' });
      expect(data).toEqual({ repository: { f0: null } });
      expect(seen).toEqual([
        {
          url: want,
          body: { query: 'query($f0: String!) { x }', variables: { f0: 'sha:a.yaml' } },
          auth: 'token t0ken',
        },
      ]);
    }
  });

  it('throws when the answer carries errors, so the caller reads through REST instead', async () => {
    const api = createApi(
      't',
      quiet,
      {},
      {
        request: {
          fetch: async () =>
            response(200, { data: null, errors: [{ type: 'NOT_FOUND', message: 'no such repo' }] }),
        },
      },
    );
    await expect(api.graphql!('query { x }')).rejects.toThrow(/no such repo/);
  });
});

describe('createApi: retries are per request', () => {
  /** A fetch that answers each request in turn with the next status, and notes when. */
  function scripted(statuses: number[]) {
    const seen: { url: string; at: number }[] = [];
    const fetch = async (url: string) => {
      seen.push({ url, at: performance.now() });
      const status = statuses.shift() ?? 200;
      return response(status, status === 200 ? { ok: true } : { message: 'Server Error' });
    };
    return { fetch, seen };
  }
  // @octokit/plugin-retry waits (n + 1)² × this for its nth retry: 100 ms, then 400 ms.
  const BASE_MS = 100;
  const api = (fetch: (url: string) => Promise<Response>) =>
    createApi(
      't',
      quiet,
      {},
      {
        retry: { retries: 2, doNotRetry: [404], retryAfterBaseValue: BASE_MS },
        request: { fetch },
      },
    );
  const gap = (seen: { at: number }[], i: number) => seen[i + 1]!.at - seen[i]!.at;

  it('two consecutive failing-then-succeeding calls both get their retries, each after the first back-off', async () => {
    // 1st call: 500, 500, 200 (two retries); 2nd call: 500, 200.
    const { fetch, seen } = scripted([500, 500, 200, 500, 200]);
    const client = api(fetch);
    const first = await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' });
    const second = await client.request('GET /repos/{owner}/{repo}/pulls', {
      owner: 'o',
      repo: 'r',
    });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(seen.map((s) => new URL(s.url).pathname)).toEqual([
      '/repos/o/r',
      '/repos/o/r',
      '/repos/o/r',
      '/repos/o/r/pulls',
      '/repos/o/r/pulls',
    ]);
    // The second call's first retry waits 1² × base, as the first call's did. With a retry
    // count shared between calls it waited (2 + 1)² × base.
    expect(gap(seen, 0)).toBeGreaterThanOrEqual(BASE_MS - 10);
    expect(gap(seen, 3)).toBeGreaterThanOrEqual(BASE_MS - 10);
    expect(gap(seen, 3)).toBeLessThan(3 * BASE_MS);
  });

  it('a refused request (a 404, never retried) does not lengthen the next retry', async () => {
    // As a run does: the configuration file is not there (404), then a 500 on the files list.
    const { fetch, seen } = scripted([404, 500, 200]);
    const client = api(fetch);
    const missing = await client
      .request('GET /repos/{owner}/{repo}/contents/{path}', { owner: 'o', repo: 'r', path: 'x' })
      .catch((e: unknown) => e);
    expect(statusOf(missing)).toBe(404);
    const res = await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' });
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(3);
    expect(gap(seen, 1)).toBeLessThan(3 * BASE_MS);
  });
});

describe('createApi: octokit is loaded on the first request only', () => {
  it('importing the Action and creating the client loads no octokit; the first request does', async () => {
    vi.resetModules();
    let loaded = 0;
    vi.doMock('@actions/github', async (original) => {
      loaded++;
      return original();
    });
    try {
      await import('../../src/action/run.js');
      const github = await import('../../src/action/github.js');
      const client = github.createApi(
        't',
        quiet,
        {},
        { request: { fetch: async () => response(200, { login: 'x' }) } },
      );
      expect(loaded).toBe(0);
      await client.request('GET /user');
      await client.request('GET /user');
      expect(loaded).toBe(1);
    } finally {
      vi.doUnmock('@actions/github');
      vi.resetModules();
    }
  });
});
