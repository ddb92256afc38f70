// The fork-safe setup of examples/workflows, both phases: fork-safe-check.yml judges a fork's
// pull request with a read-only token and keeps the JSON report; fork-safe-comment.yml, on
// workflow_run, posts it as the comment with `from-report`, judging nothing.
import { describe, expect, it } from 'vitest';
import { fakeSha } from './support/github-server.js';
import {
  PR_REPO,
  pullRequestEvent,
  pullRequestResource,
  workflowRunEvent,
} from './support/payloads.js';
import {
  exampleStep,
  expectConformant,
  node24,
  proposal,
  run,
  sequence,
  startServer,
} from './support/scenario.js';
import { readFileSync } from 'node:fs';

const { owner: OWNER, repo: REPO, number: PR, baseSha: BASE } = PR_REPO;
const FORK = 'contributor/Hello-World';
const CHECK = exampleStep('fork-safe-check.yml');
const COMMENT = exampleStep('fork-safe-comment.yml');

describe('fork-safe-check.yml, then fork-safe-comment.yml', () => {
  it('judges the fork’s pull request without commenting, then posts its report as the comment', async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });
    const head = fakeSha('fork-head');
    const files = {
      'proposals/customer-portal-api.md': proposal('customer-portal-api.md'),
      'proposals/treasury-gateway.yaml': proposal('treasury-gateway.yaml'),
    };
    server.push(
      PR,
      head,
      files,
      Object.keys(files).map((filename) => ({ filename, status: 'added' as const })),
    );
    server.pulls.set(PR, pullRequestResource(head));

    // Phase 1: pull_request from the fork, checked out, comment: never. The gate fails.
    expect(CHECK).toMatchObject({ comment: 'never', 'fail-on': 'error' });
    const check = await run({
      node: node24(),
      server,
      event: 'pull_request',
      payload: pullRequestEvent('opened', { head, changedFiles: 2, fork: FORK }),
      sha: fakeSha(`merge:${head}`),
      ref: `refs/pull/${PR}/merge`,
      with: CHECK,
      workspace: files,
      checkout: fakeSha(`merge:${head}`),
    });
    expect(check.exitCode).toBe(1);
    // The changed files, and who may approve a waiver at the base commit (there is no
    // configuration there: the .github folder is not found).
    expect(server.calls()).toEqual(['pulls/list-files 200', 'repos/get-content 404']);
    expect(server.of('repos/get-content')[0]!.query.ref).toBe(BASE);
    expect(server.comments).toEqual([]);
    expect(check.outputs).toMatchObject({
      verdict: 'changes-requested',
      proposals: '2',
      errors: '1',
    });
    expect(check.annotations.filter((a) => a.level === 'error').map((a) => a.title)).toEqual([
      'rust-without-measured-constraint',
    ]);
    expect(check.stdout).toContain('No pull request comment: comment: never');
    expectConformant(server);
    // "Collect the report" and upload-artifact / download-artifact: the report, as a file.
    const report = readFileSync(check.outputs.report!, 'utf8');

    // Phase 2: workflow_run in the base repository, with a token that can comment.
    server.resetLog();
    const comment = await run({
      node: node24(),
      server,
      event: 'workflow_run',
      payload: workflowRunEvent({
        name: 'Stack Verdict (check)',
        head,
        headRepository: FORK,
        conclusion: 'failure',
      }),
      sha: fakeSha('default-branch'),
      ref: 'refs/heads/master',
      with: COMMENT,
      runnerTemp: { 'stack-verdict/report.json': report },
      // The `Find the pull request` step's output.
      steps: { pr: { number: String(PR) } },
    });
    expect(COMMENT).toMatchObject({
      'from-report': '${{ runner.temp }}/stack-verdict/report.json',
      'pull-request': '${{ steps.pr.outputs.number }}',
      'fail-on': 'error',
    });
    expect(comment.env['INPUT_PULL-REQUEST']).toBe(String(PR));
    expect(comment.exitCode).toBe(0);
    // The pull request from GitHub (its head and labels), never from the report.
    expect(sequence(server)).toEqual([
      'pulls/get 200',
      'issues/list-comments 200',
      'issues/create-comment 201',
      // The look-again for a run racing this one.
      'issues/list-comments 200',
    ]);
    // Nothing is judged: no proposal is read.
    expect(
      server.of('repos/get-content').filter((r) => r.params.path?.startsWith('proposals/')),
    ).toEqual([]);
    expect(server.comments).toHaveLength(1);
    const body = server.comments[0]!.body;
    expect(body).toContain('customer-portal-api');
    expect(body).toContain('posted from its report');
    expect(body).toMatch(/rust-without-measured-constraint/);
    // The same gate as the check run's, stated; this run stays green (it marks no commit of
    // the pull request).
    expect(body).toContain('the gate fails (fail-on: error)');
    expect(comment.stdout).toContain(
      'This run only posts the comment: the run that wrote the report gates the pull request.',
    );
    expect(comment.outputs).toMatchObject({
      verdict: 'changes-requested',
      proposals: '2',
      errors: '1',
    });
    // Annotations would land on this run, not on the pull request.
    expect(comment.annotations).toEqual([]);
    expect(comment.stdout).toContain('Pull request comment created');
    expect(comment.summary).toContain('Stack Verdict: Changes requested');
    expectConformant(server);
  });
});
