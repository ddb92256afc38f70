import { describe, expect, it } from 'vitest';
import {
  apiBaseUrl,
  createApi,
  createOctokit,
  graphqlBaseUrl,
  PRIMARY_LIMIT_MAX_WAIT_S,
  statusOf,
  throttleHandlers,
} from '../../src/action/github.js';

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
      .catch((e) => e);
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
      .catch((e) => e);
    expect(statusOf(err)).toBe(403);
    expect(calls).toBe(1);
  });

  it('sends GraphQL to /api/graphql on Enterprise Server', () => {
    expect(graphqlBaseUrl('https://ghe.example.com/api/v3')).toBe('https://ghe.example.com/api');
    expect(graphqlBaseUrl('https://api.github.com')).toBe('https://api.github.com');
    expect(createApi('t', quiet, {}).request).toBeTypeOf('function');
  });
});
