// The Action against a GitHub that says no or fails for a moment (forks' read-only tokens,
// server errors, the secondary rate limit), and on workflow_dispatch (examples/workflows/
// audit.yml), judging the whole repository.
import { describe, expect, it, type TestContext } from 'vitest';
import {
  fakeSha,
  SECONDARY_RATE_LIMIT_MESSAGE,
  type GitHubServer,
} from './support/github-server.js';
import { DISPATCH_REPO, dispatchEvent, pullRequestEvent, PR_REPO } from './support/payloads.js';
import type { ActionRun, RunOptions } from './support/runner.js';
import {
  expectContentsReads,
  exampleStep,
  expectConformant,
  node24,
  proposal,
  run as runStep,
  sequence,
  startServer,
} from './support/scenario.js';

const { owner: OWNER, repo: REPO, number: PR, baseSha: BASE } = PR_REPO;
const STEP = exampleStep('pull-request.yml');
const ORDERS = proposal('orders-api.yaml');
const TREASURY = proposal('treasury-gateway.yaml');

async function pullRequest(
  files: Record<string, string>,
  o: Partial<RunOptions> & { fork?: string } = {},
  test?: Pick<TestContext, 'onTestFinished'>,
): Promise<{
  server: GitHubServer;
  run: (more?: Partial<RunOptions>) => Promise<ActionRun>;
  head: string;
}> {
  const server = await startServer(OWNER, REPO, test);
  server.commit(BASE, { 'README.md': '# Services\n' });
  const head = fakeSha(`head:${Object.keys(files).join()}:${o.fork ?? ''}`);
  server.push(
    PR,
    head,
    files,
    Object.keys(files).map((filename) => ({ filename, status: 'added' as const })),
  );
  const { fork, ...options } = o;
  const run = (more: Partial<RunOptions> = {}) =>
    runStep({
      node: node24(),
      server,
      event: 'pull_request',
      payload: pullRequestEvent('opened', {
        head,
        changedFiles: Object.keys(files).length,
        ...(fork ? { fork } : {}),
      }),
      sha: fakeSha(`merge:${head}`),
      ref: `refs/pull/${PR}/merge`,
      with: STEP,
      ...options,
      ...more,
    });
  return { server, run, head };
}

/** Milliseconds between the first and the second request of an operation. */
function retryGap(server: GitHubServer, operationId: string): number {
  const [a, b] = server.of(operationId);
  return b!.at - a!.at;
}

describe('a pull request from a fork (the token can only read)', () => {
  it('keeps the step green with a warning; the annotations and the summary carry the verdict', async () => {
    const { server, run, head } = await pullRequest(
      { 'proposals/treasury-gateway.yaml': TREASURY },
      { fork: 'contributor/Hello-World' },
    );
    server.faults.push({
      operationId: 'issues/create-comment',
      status: 403,
      message: 'Resource not accessible by integration',
      times: Infinity,
    });
    const result = await run();
    expect(result.exitCode).toBe(0);
    // A public repository's fork on pull_request has a read-only token: no write is tried.
    // The repository's other proposals are listed for duplicate-service; nothing is written.
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 200',
      'git/get-tree 200',
    ]);
    expect(server.comments).toEqual([]);
    // A fork's head is read through the API; the configuration only from the base.
    expectContentsReads(server, {
      proposals: ['proposals/treasury-gateway.yaml'],
      at: head,
      configAt: BASE,
    });
    expect(result.messages).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(
          /^Stack Verdict cannot comment on pull request #2: on the pull_request event, GitHub gives a pull request from a fork in a public repository a token that can only read/,
        ),
      },
    ]);
    expect(result.messages[0]!.message).toContain('pull_request_target');
    expect(result.annotations.map((a) => `${a.level} ${a.title} ${a.file}`)).toEqual([
      'notice post-quantum-tls proposals/treasury-gateway.yaml',
      'notice toolchain-outdated proposals/treasury-gateway.yaml',
    ]);
    expect(result.outputs).toMatchObject({ verdict: 'approved', proposals: '1', notices: '2' });
    expect(result.summary).toContain('Stack Verdict: Approved');
    expect(result.summary).toContain('No pull request comment was written');
    expectConformant(server);
  });
});

// Each test waits for GitHub's retry delays: they wait side by side.
describe.concurrent('GitHub failing for a moment', () => {
  it('retries a 500 and a 502, and succeeds', async (test) => {
    const { server, run, head } = await pullRequest(
      { 'proposals/orders-api.yaml': ORDERS },
      {},
      test,
    );
    server.faults.push(
      {
        operationId: 'pulls/list-files',
        query: { page: '1' },
        status: 500,
        message: 'Server Error',
      },
      { operationId: 'issues/list-comments', status: 502, message: 'Server Error' },
    );
    const result = await run();
    expect(result.exitCode).toBe(0);
    // Both lists fail together; each retry comes a second later (the two retries may or may
    // not overlap); then the comment and the look-again for a run racing this one.
    const calls = sequence(server);
    expect(calls.slice(0, 3)).toEqual([
      'issues/list-comments 502',
      'pulls/list-files 500',
      'pulls/list-review-comments 200',
    ]);
    expect(calls.slice(3, 5).sort()).toEqual(['issues/list-comments 200', 'pulls/list-files 200']);
    expect(calls.slice(5)).toEqual([
      'git/get-tree 200',
      'issues/create-comment 201',
      'issues/list-comments 200',
    ]);
    expectContentsReads(server, {
      proposals: ['proposals/orders-api.yaml'],
      at: head,
      configAt: BASE,
    });
    // @octokit/plugin-retry waits (n + 1)² seconds, n being this request's retry count: 1 s for
    // a first retry. (When that count was kept in the options every request shared, a failed
    // request earlier in the run, even the expected 404 of the configuration lookup, made it
    // wait 4 s.)
    for (const operation of ['pulls/list-files', 'issues/list-comments']) {
      expect(retryGap(server, operation)).toBeGreaterThanOrEqual(900);
      expect(retryGap(server, operation)).toBeLessThan(3000);
    }
    expect(server.comments).toHaveLength(1);
    expect(result.outputs).toMatchObject({ verdict: 'approved', proposals: '1', errors: '0' });
    expect(result.annotations).toEqual([]);
    expect(result.messages).toEqual([]);
    expectConformant(server);
  });

  it('waits out a secondary rate limit (403, retry-after: 1) and posts the comment once', async (test) => {
    const { server, run } = await pullRequest({ 'proposals/orders-api.yaml': ORDERS }, {}, test);
    server.faults.push({
      operationId: 'issues/create-comment',
      status: 403,
      message: SECONDARY_RATE_LIMIT_MESSAGE,
      headers: { 'retry-after': '1' },
    });
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 200',
      'pulls/list-review-comments 200',
      // The repository's other proposals, for duplicate-service.
      'git/get-tree 200',
      'issues/create-comment 403',
      'issues/create-comment 201',
      // The look-again for a run racing this one.
      'issues/list-comments 200',
    ]);
    expect(retryGap(server, 'issues/create-comment')).toBeGreaterThanOrEqual(900);
    expect(server.comments).toHaveLength(1);
    expect(result.stdout).toMatch(
      /GitHub API secondary rate limit for POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments; retrying in 1 s \(retry 1 of 2\)/,
    );
    expect(result.outputs).toMatchObject({ verdict: 'approved', proposals: '1', errors: '0' });
    expect(result.annotations).toEqual([]);
    expect(result.messages).toEqual([]);
    expect(result.stdout).toContain('Pull request comment created');
    expectConformant(server);
  });
  it('waits for the primary rate limit to reset (403, x-ratelimit-remaining: 0) and goes on', async (test) => {
    const { server, run } = await pullRequest({ 'proposals/orders-api.yaml': ORDERS }, {}, test);
    server.faults.push({
      operationId: 'pulls/list-files',
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: () => ({
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
      }),
    });
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 403',
      'pulls/list-review-comments 200',
      'pulls/list-files 200',
      'git/get-tree 200',
      'issues/create-comment 201',
      // The look-again for a run racing this one.
      'issues/list-comments 200',
    ]);
    expect(retryGap(server, 'pulls/list-files')).toBeGreaterThanOrEqual(900);
    expect(result.stdout).toMatch(/GitHub API rate limit reached for GET .*; retrying in \d+ s/);
    expect(result.outputs).toMatchObject({ verdict: 'approved', proposals: '1' });
    expect(result.annotations).toEqual([]);
    expect(result.messages).toEqual([]);
    expect(server.comments).toHaveLength(1);
    expectConformant(server);
  });
});

describe('workflow_dispatch (examples/workflows/audit.yml)', () => {
  const STEP_AUDIT = exampleStep('audit.yml');
  const SHA = fakeSha('main');
  const REPO_FILES = {
    'README.md': '# Octo services\n',
    'proposals/README.md': '# Proposals\n\nOne file per service.\n',
    'proposals/orders-api.yaml': ORDERS,
    'proposals/customer-portal-api.md': proposal('customer-portal-api.md'),
    'services/billing/service-proposal.yaml': TREASURY,
    'services/billing/main.go': 'package main\n',
    'docs/guide.md': '# Guide\n',
  };

  async function audit(failOn: string, checkout: boolean) {
    const server = await startServer(DISPATCH_REPO.owner, DISPATCH_REPO.repo);
    server.commit(SHA, REPO_FILES);
    const run = await runStep({
      node: node24(),
      server,
      event: 'workflow_dispatch',
      // The person who started it chose fail-on (the workflow's `inputs.fail-on`).
      payload: dispatchEvent({ 'fail-on': failOn }),
      sha: SHA,
      ref: DISPATCH_REPO.ref,
      with: STEP_AUDIT,
      ...(checkout ? { workspace: REPO_FILES, checkout: SHA } : {}),
    });
    expect(run.outputs).toMatchObject({
      verdict: 'changes-requested',
      proposals: '3',
      errors: '1',
    });
    expect(run.report?.proposals.map((p) => p.file).sort()).toEqual([
      'proposals/customer-portal-api.md',
      'proposals/orders-api.yaml',
      'services/billing/service-proposal.yaml',
    ]);
    expect(run.stdout).toContain(
      'No pull request comment: no pull request on the workflow_dispatch event',
    );
    expect(run.summary).toContain('Judged every proposal file in the repository');
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.file)).toEqual([
      'proposals/customer-portal-api.md',
    ]);
    expectConformant(server);
    return { server, run };
  }

  it('without a checkout lists the tree and reads the proposals through the API; fails with fail-on: error', async () => {
    expect(STEP_AUDIT).toMatchObject({
      scope: 'all',
      comment: 'never',
      'fail-on': '${{ inputs.fail-on }}',
    });
    const { server, run } = await audit('error', false);
    expect(run.exitCode).toBe(1);
    expect(sequence(server)).toEqual(['git/get-tree 200']);
    expect(server.of('git/get-tree')[0]!.params.tree_sha).toBe(SHA);
    expect(server.of('git/get-tree')[0]!.query).toEqual({ recursive: '1' });
    // proposals/README.md matches the globs: read, then skipped (no front matter). Outside
    // pull requests the configuration is read at the commit judged.
    expectContentsReads(server, {
      proposals: [
        'proposals/README.md',
        'proposals/customer-portal-api.md',
        'proposals/orders-api.yaml',
        'services/billing/service-proposal.yaml',
      ],
      at: SHA,
      configAt: SHA,
    });
    expect(run.messages.map((m) => m.level)).toEqual(['error']);
    expect(run.messages[0]!.message).toMatch(/the gate fails \(fail-on: error\)/);
  });

  it('with the checkout reads the workspace, makes no API request, and passes with fail-on: never', async () => {
    const { server, run } = await audit('never', true);
    expect(run.exitCode).toBe(0);
    expect(server.requests).toEqual([]);
    expect(run.stdout).toContain(`the workspace is at ${SHA.slice(0, 7)}`);
    expect(run.messages).toEqual([]);
    expect(run.stdout).toMatch(/the gate passes \(fail-on: never\)/);
  });
});
