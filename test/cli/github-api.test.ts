// The CLI's GitHub client for `portfolio --repo/--org`: the token and URLs from the
// environment as a runner sets them, routes expanded as octokit does, statuses kept for the
// reader's reasons, and one retry when GitHub says to wait a little.
import { describe, expect, it } from 'vitest';
import { apiSettings, cliGitHubApi } from '../../src/cli/github-api.js';
import { statusOf } from '../../src/action/github.js';

function fakeFetch(answers: { status: number; body: unknown; headers?: Record<string, string> }[]) {
  const seen: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string | URL, init: RequestInit = {}) => {
    seen.push({ url: String(url), init });
    const a = answers.shift() ?? { status: 500, body: {} };
    return new Response(JSON.stringify(a.body), { status: a.status, headers: a.headers ?? {} });
  }) as typeof fetch;
  return { fn, seen };
}

describe('apiSettings', () => {
  it('takes GITHUB_TOKEN, GITHUB_API_URL and GITHUB_GRAPHQL_URL', () => {
    expect(
      apiSettings({
        GITHUB_TOKEN: 't',
        GITHUB_API_URL: 'https://ghe.example/api/v3/',
        GITHUB_GRAPHQL_URL: 'https://ghe.example/api/graphql',
      }),
    ).toEqual({
      token: 't',
      api: 'https://ghe.example/api/v3',
      graphql: 'https://ghe.example/api/graphql',
    });
  });

  it('finds GraphQL beside a server’s /api/v3 when GITHUB_GRAPHQL_URL is unset', () => {
    expect(apiSettings({ GH_TOKEN: 't', GITHUB_API_URL: 'https://ghe.example/api/v3' })).toEqual({
      token: 't',
      api: 'https://ghe.example/api/v3',
      graphql: 'https://ghe.example/api/graphql',
    });
    expect(apiSettings({ GH_TOKEN: 't' }).graphql).toBe('https://api.github.com/graphql');
  });

  it('says what is missing or wrong', () => {
    expect(() => apiSettings({})).toThrow(/set GITHUB_TOKEN \(or GH_TOKEN\)/);
    expect(() => apiSettings({ GITHUB_TOKEN: 't', GITHUB_API_URL: 'api.github.com' })).toThrow(
      'GITHUB_API_URL must be a URL such as https://api.github.com; got "api.github.com"',
    );
    expect(() => apiSettings({ GITHUB_TOKEN: 't', GITHUB_GRAPHQL_URL: 'ftp://x/graphql' })).toThrow(
      'GITHUB_GRAPHQL_URL must be an http(s) URL',
    );
  });
});

describe('cliGitHubApi', () => {
  it('expands the route, keeps the slashes of a path and sends the rest as the query', async () => {
    const f = fakeFetch([{ status: 200, body: { type: 'file' } }]);
    const api = cliGitHubApi({ GITHUB_TOKEN: 'secret' }, f.fn);
    const res = await api.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: 'acme',
      repo: 'pay',
      path: '.github/stack verdict.yml',
      ref: 'release/2',
    });
    expect(res.data).toEqual({ type: 'file' });
    expect(f.seen[0]!.url).toBe(
      'https://api.github.com/repos/acme/pay/contents/.github/stack%20verdict.yml?ref=release%2F2',
    );
    expect((f.seen[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer secret');
  });

  it('fails with the status, which the reader turns into a reason', async () => {
    const f = fakeFetch([{ status: 404, body: { message: 'Not Found' } }]);
    const api = cliGitHubApi({ GITHUB_TOKEN: 't' }, f.fn);
    const err = await api
      .request('GET /repos/{owner}/{repo}', { owner: 'a', repo: 'b' })
      .catch((e: unknown) => e);
    expect(statusOf(err)).toBe(404);
    expect((err as Error).message).toBe('HTTP 404: Not Found');
  });

  it('retries once when a rate limit says to wait a little, and not when it says to wait long', async () => {
    const limited = {
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit' },
      headers: { 'retry-after': '0' },
    };
    const f = fakeFetch([limited, { status: 200, body: { ok: 1 } }]);
    const api = cliGitHubApi({ GITHUB_TOKEN: 't' }, f.fn);
    expect(
      (await api.request('GET /repos/{owner}/{repo}', { owner: 'a', repo: 'b' })).data,
    ).toEqual({ ok: 1 });
    expect(f.seen).toHaveLength(2);
    const g = fakeFetch([{ ...limited, headers: { 'retry-after': '3600' } }]);
    const err = await cliGitHubApi({ GITHUB_TOKEN: 't' }, g.fn)
      .request('GET /repos/{owner}/{repo}', { owner: 'a', repo: 'b' })
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^rate limit: HTTP 403/);
    expect(g.seen).toHaveLength(1);
  });

  it('posts GraphQL to GITHUB_GRAPHQL_URL and fails on errors in the answer', async () => {
    const f = fakeFetch([
      { status: 200, body: { data: { repository: { f0: null } } } },
      { status: 200, body: { data: null, errors: [{ message: 'Something went wrong' }] } },
    ]);
    const api = cliGitHubApi(
      { GITHUB_TOKEN: 't', GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql' },
      f.fn,
    );
    expect(await api.graphql!('query { x }', { a: '1' })).toEqual({ repository: { f0: null } });
    expect(f.seen[0]!.url).toBe('http://127.0.0.1:9/graphql');
    expect(JSON.parse(String(f.seen[0]!.init.body))).toEqual({
      query: 'query { x }',
      variables: { a: '1' },
    });
    await expect(api.graphql!('query { x }')).rejects.toThrow('GraphQL: Something went wrong');
  });
});
