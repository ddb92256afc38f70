// Reading other repositories through the API for the portfolio: each at its default branch
// (or the ref asked for), with its own configuration; one that cannot be read is kept with
// the reason; the requests per repository stay few.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseRepositorySpec,
  parseRepositorySpecs,
  readRepositories,
  readRepository,
} from '../../src/action/portfolio/repositories.js';
import { REPO_ROOT } from '../helpers.js';
import { FakeOrg } from './org-fake.js';

const example = (name: string) =>
  readFileSync(path.join(REPO_ROOT, 'examples/proposals', name), 'utf8');
const OPTIONS = { today: '2026-06-01', docsBase: 'https://example.test/docs' };

describe('OWNER/NAME[@REF] and OWNER/*', () => {
  it('reads the three forms', () => {
    expect(parseRepositorySpec('acme/payments')).toEqual({
      kind: 'repository',
      owner: 'acme',
      repo: 'payments',
    });
    expect(parseRepositorySpec('acme/payments@release/2.0')).toEqual({
      kind: 'repository',
      owner: 'acme',
      repo: 'payments',
      ref: 'release/2.0',
    });
    expect(parseRepositorySpec('acme/*')).toEqual({ kind: 'owner', owner: 'acme' });
  });

  it.each([
    ['acme', 'is not OWNER/NAME'],
    ['acme/pay/ments', 'is not OWNER/NAME'],
    ['-acme/payments', 'is not a GitHub owner'],
    ['acme/pay ments', 'is not a repository name'],
    ['acme/..', 'is not a repository name'],
    ['acme/payments@', 'nothing follows "@"'],
    ['acme/payments@main:secrets', 'a character a Git ref cannot have'],
    ['acme/payments@a..b', '".."'],
    ['acme/*@main', 'drop @REF'],
  ])('refuses %s, saying why', (text, why) => {
    const parsed = parseRepositorySpec(text);
    expect(parsed).toHaveProperty('problem');
    expect((parsed as { problem: string }).problem).toContain(why);
    expect((parsed as { problem: string }).problem).toContain(JSON.stringify(text));
  });

  it('lists every problem and reads a repository named twice once', () => {
    const { specs, problems } = parseRepositorySpecs(['acme/a', 'ACME/A', 'bad', 'acme/b@x y']);
    expect(specs).toEqual([{ kind: 'repository', owner: 'acme', repo: 'a' }]);
    expect(problems).toHaveLength(2);
  });
});

describe('readRepository', () => {
  it("reads the default branch with the repository's own configuration and globs", async () => {
    const org = new FakeOrg({
      'acme/payments': {
        defaultBranch: 'trunk',
        refs: {
          trunk: {
            '.github/stack-verdict.yml': 'files:\n  - "decisions/*.yaml"\n',
            'decisions/orders-api.yaml': example('orders-api.yaml'),
            'decisions/report-renderer.yaml': example('report-renderer.yaml'),
            // Outside the repository's own globs: not a proposal there.
            'proposals/edge-proxy.yaml': example('edge-proxy.yaml'),
          },
        },
      },
    });
    const read = await readRepository(org, { owner: 'acme', repo: 'payments' }, OPTIONS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.readAt).toBe('trunk');
    expect(read.config).toBe('.github/stack-verdict.yml');
    expect(read.report.proposals.map((p) => [p.file, p.verdict])).toEqual([
      ['decisions/orders-api.yaml', 'approved'],
      ['decisions/report-renderer.yaml', 'changes-requested'],
    ]);
    // Metadata, then the tree beside the configuration (.github listed, then the file) and
    // GitHub's language breakdown, then the two proposals (REST: too few for a GraphQL batch).
    expect(org.about('acme/payments').map((c) => c.route)).toEqual([
      'GET /repos/{owner}/{repo}',
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/languages',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/contents/{path}',
    ]);
    expect(org.calls.every((c) => c.params.ref === undefined || c.params.ref === 'trunk')).toBe(
      true,
    );
  });

  it('reads the ref asked for, not the default branch', async () => {
    const org = new FakeOrg({
      'acme/payments': {
        refs: {
          main: { 'proposals/orders-api.yaml': example('orders-api.yaml') },
          'v2.0': { 'proposals/report-renderer.yaml': example('report-renderer.yaml') },
        },
      },
    });
    const read = await readRepository(
      org,
      { owner: 'acme', repo: 'payments', ref: 'v2.0' },
      OPTIONS,
    );
    expect(read.ok && read.report.proposals.map((p) => p.file)).toEqual([
      'proposals/report-renderer.yaml',
    ]);
    expect(read).toMatchObject({ ref: 'v2.0', readAt: 'v2.0' });
  });

  it('reads many proposals in GraphQL batches of 100', async () => {
    const files: Record<string, string> = {};
    const text = example('orders-api.yaml');
    for (let i = 0; i < 250; i++) {
      files[`proposals/svc-${String(i).padStart(3, '0')}.yaml`] = text.replace(
        /service: orders-api/,
        `service: svc-${i}`,
      );
    }
    const org = new FakeOrg({ 'acme/big': { refs: { main: files } } });
    const read = await readRepository(org, { owner: 'acme', repo: 'big' }, OPTIONS);
    expect(read.ok && read.report.counts.proposals).toBe(250);
    const routes = org.about('acme/big').map((c) => c.route);
    expect(routes.filter((r) => r === 'POST /graphql')).toHaveLength(3);
    // Nothing read one file at a time: metadata, tree, the .github listing, the language
    // breakdown, the batches.
    expect(routes).toHaveLength(1 + 1 + 1 + 1 + 3);
  });

  it.each([
    [404, 'was not found, or the token cannot read it'],
    [403, 'the token may not read'],
    [451, 'unavailable for legal reasons'],
  ])('keeps a repository answering %i with the reason', async (status, why) => {
    const org = new FakeOrg({ 'acme/secret': { refs: {}, status } });
    const read = await readRepository(org, { owner: 'acme', repo: 'secret' }, OPTIONS);
    expect(read).toMatchObject({ ok: false, name: 'acme/secret', error: { status } });
    expect(!read.ok && read.error.reason).toContain(why);
  });

  it('says when the rate limit stopped the read', async () => {
    const org = new FakeOrg({
      'acme/busy': { refs: {}, status: 403, message: 'API rate limit exceeded for installation' },
    });
    const read = await readRepository(org, { owner: 'acme', repo: 'busy' }, OPTIONS);
    expect(!read.ok && read.error.reason).toContain('rate limit');
  });

  it('says which ref does not exist', async () => {
    const org = new FakeOrg({ 'acme/payments': { refs: { main: {} } } });
    const read = await readRepository(
      org,
      { owner: 'acme', repo: 'payments', ref: 'nope' },
      OPTIONS,
    );
    expect(!read.ok && read.error.reason).toBe('acme/payments has no branch, tag or commit nope');
  });

  it('keeps a repository whose configuration is invalid, pointing at the file and line', async () => {
    const org = new FakeOrg({
      'acme/payments': {
        refs: {
          main: {
            '.github/stack-verdict.yml': 'fail-on: error\nfiles: 3\n',
            'proposals/orders-api.yaml': example('orders-api.yaml'),
          },
        },
      },
    });
    const read = await readRepository(org, { owner: 'acme', repo: 'payments' }, OPTIONS);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.reason).toMatch(
      /^its configuration cannot be used, so nothing was judged: \.github\/stack-verdict\.yml:2:\d+/,
    );
  });
});

describe('readRepositories', () => {
  it("lists an owner's repositories, archived ones skipped with the reason, and reads the others", async () => {
    const org = new FakeOrg({
      'acme/payments': { refs: { main: { 'proposals/o.yaml': example('orders-api.yaml') } } },
      'acme/old': { archived: true, refs: { main: {} } },
      'acme/ledger': {
        defaultBranch: 'develop',
        refs: { develop: { 'proposals/r.yaml': example('report-renderer.yaml') } },
      },
      'other/x': { refs: { main: {} } },
    });
    org.orgs.add('acme');
    const reads = await readRepositories(
      org,
      [
        { kind: 'owner', owner: 'acme' },
        { kind: 'repository', owner: 'acme', repo: 'gone' },
      ],
      OPTIONS,
    );
    expect(reads.map((r) => [r.name, r.ok])).toEqual([
      ['acme/payments', true],
      ['acme/old', false],
      ['acme/ledger', true],
      ['acme/gone', false],
    ]);
    expect(reads[1]).toMatchObject({ error: { reason: 'archived; skipped' } });
    expect(reads[2]).toMatchObject({ readAt: 'develop' });
    // The listing gave the default branches: no metadata request for a listed repository.
    expect(org.calls.filter((c) => c.route === 'GET /repos/{owner}/{repo}')).toHaveLength(1);
    // Nothing of the archived repository is read.
    expect(org.about('acme/old')).toEqual([]);
  });

  it("falls back to a user's repositories when the owner is no organisation", async () => {
    const org = new FakeOrg({
      'octocat/a': { refs: { main: { 'proposals/o.yaml': example('orders-api.yaml') } } },
    });
    const reads = await readRepositories(org, [{ kind: 'owner', owner: 'octocat' }], OPTIONS);
    expect(reads.map((r) => r.name)).toEqual(['octocat/a']);
    expect(org.calls[0]!.route).toBe('GET /orgs/{org}/repos');
    expect(org.calls[1]!.route).toBe('GET /users/{username}/repos');
  });
});
