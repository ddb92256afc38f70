// The shell's layout as a newcomer reads it: every GitHub request in its own file under
// src/action/api/, and no module importing the orchestrator (run.ts) but the entry point.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bounded } from '../../src/action/api/bounded.js';
import { listReviews } from '../../src/action/api/list-reviews.js';
import type { ApiResponse, GitHubApi } from '../../src/action/github.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

describe('layout of src/action', () => {
  it('makes every GitHub request from a file of its own in src/action/api/', () => {
    const outside = sources(SRC)
      .filter((f) => /\.request\(\s*'/.test(readFileSync(f, 'utf8')))
      .map(rel)
      .filter((f) => !f.startsWith('action/api/'));
    expect(outside).toEqual([]);
    for (const f of sources(path.join(SRC, 'action/api'))) {
      const routes = readFileSync(f, 'utf8').match(/\.request\(\s*'[^']+'/g) ?? [];
      expect(routes.length, rel(f)).toBeLessThanOrEqual(1);
    }
  });

  it('makes every GraphQL query (octokit.graphql) from a file of its own in src/action/api/', () => {
    const calls = (f: string) => readFileSync(f, 'utf8').match(/\.graphql\(/g) ?? [];
    const outside = sources(SRC)
      .filter((f) => calls(f).length > 0)
      .map(rel)
      .filter(
        (f) =>
          !f.startsWith('action/api/') && f !== 'action/octokit.ts' && f !== 'action/github.ts',
      );
    expect(outside).toEqual([]);
    const inApi = sources(path.join(SRC, 'action/api')).filter((f) => calls(f).length > 0);
    expect(inApi.map(rel)).toContain('action/api/get-file-batch.ts');
    for (const f of inApi) {
      // bounded.ts passes every query through; the others make one each.
      if (rel(f) !== 'action/api/bounded.ts') expect(calls(f).length, rel(f)).toBe(1);
    }
  });

  it('lets no module import the orchestrator but the entry point', () => {
    const importers = sources(SRC)
      .filter((f) => /from '\.{1,2}\/(action\/)?run\.js'/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(importers).toEqual(['action/index.ts']);
  });

  it('keeps the core free of the shell', () => {
    const shell = sources(path.join(SRC, 'core'))
      .filter((f) => /from '\.\.\/(\.\.\/)?(action|cli|io)\//.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(shell).toEqual([]);
  });
});

describe('api/list-reviews', () => {
  it('reads every page of reviews and keeps who, what and on which commit', async () => {
    const pages: unknown[][] = [
      Array.from({ length: 100 }, (_, i) => ({
        id: i + 1,
        user: { login: `u${i}` },
        state: 'COMMENTED',
        commit_id: 'a'.repeat(40),
        submitted_at: '2026-01-01T00:00:00Z',
      })),
      [
        { id: 101, user: { login: 'lead' }, state: 'APPROVED', commit_id: 'b'.repeat(40) },
        { id: 102, user: null, state: 'APPROVED' },
        { id: 'x', state: 'APPROVED' },
      ],
    ];
    const asked: Record<string, unknown>[] = [];
    const api: GitHubApi = {
      request: async (route, params = {}): Promise<ApiResponse> => {
        expect(route).toBe('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews');
        asked.push(params);
        return { status: 200, data: pages[(params.page as number) - 1] ?? [] };
      },
    };
    const reviews = await listReviews(api, { owner: 'o', repo: 'r' }, 7);
    expect(asked.map((p) => [p.pull_number, p.page, p.per_page])).toEqual([
      [7, 1, 100],
      [7, 2, 100],
    ]);
    expect(reviews).toHaveLength(102);
    expect(reviews[100]).toEqual({
      id: 101,
      login: 'lead',
      state: 'APPROVED',
      commitId: 'b'.repeat(40),
      submittedAt: undefined,
    });
    expect(reviews[101]!.login).toBeUndefined();
  });
});

describe('api/bounded', () => {
  it('keeps at most the bound in flight, and runs every request', async () => {
    let inFlight = 0;
    let most = 0;
    const api: GitHubApi = {
      request: async (route): Promise<ApiResponse> => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight--;
        if (route === 'GET /fail') throw new Error('boom');
        return { status: 200, data: route };
      },
    };
    const limited = bounded(api, 3);
    const routes = Array.from({ length: 20 }, (_, i) => (i === 5 ? 'GET /fail' : `GET /${i}`));
    const results = await Promise.allSettled(routes.map((r) => limited.request(r)));
    expect(most).toBe(3);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(19);
    expect(results[5]).toMatchObject({ status: 'rejected' });
  });

  it('holds GraphQL queries to the same bound as the REST requests', async () => {
    let inFlight = 0;
    let most = 0;
    const hold = async <T>(value: T): Promise<T> => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight--;
      return value;
    };
    const api: GitHubApi = {
      request: (route) => hold({ status: 200, data: route }),
      graphql: (query) => hold({ query }),
    };
    const limited = bounded(api, 3);
    const all = await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => limited.request(`GET /${i}`)),
      ...Array.from({ length: 6 }, (_, i) => limited.graphql!(`query { q${i} }`)),
    ]);
    expect(most).toBe(3);
    expect(all[11]).toEqual({ query: 'query { q5 }' });
    expect(bounded({ request: api.request }).graphql).toBeUndefined();
  });
});
