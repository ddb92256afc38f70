// What judges a pull request is the base branch's: the configuration, every file of its
// `extends` chain (of this repository or another), its custom rules and its approvers are read
// at the base commit on pull_request, pull_request_review and merge_group, with the pull
// request checked out as the README's quick start does. A pull request that changes the
// configuration is told the change applies once merged, and what it would decide.
// push judges the branch by its own configuration.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { fakeSha, type GitHubServer } from './support/github-server.js';
import {
  example,
  PR_REPO,
  pullRequestEvent,
  pullRequestResource,
  pullRequestReviewEvent,
} from './support/payloads.js';
import type { ActionRun } from './support/runner.js';
import { exampleStep, expectConformant, node24, run, startServer } from './support/scenario.js';

const { owner: OWNER, repo: REPO, number: PR, baseSha: BASE } = PR_REPO;
const STEP = exampleStep('pull-request.yml');
const CONFIG = '.github/stack-verdict.yml';
const FILE = 'proposals/svc.yaml';
/** Rust for an I/O-bound API with no measured constraint: an error under the policy. */
const RUST = ['service: svc', 'language: rust', 'kind: http-api', 'workload:', '  bound: io', ''];
const UNWAIVED = RUST.join('\n');
const SELF_WAIVED = [
  ...RUST.slice(0, -1),
  'waivers:',
  '  - rule: rust-without-measured-constraint',
  '    reason: we like rust',
  '',
].join('\n');
/** What a pull request would write to pass its own gate. */
const LOOSENED = ['fail-on: never', 'rules:', '  rust-without-measured-constraint: off', ''].join(
  '\n',
);

interface Finding {
  rule: string;
  waived: boolean;
  waiverApproval?: { status: string; by: string[] };
}

function finding(r: ActionRun): Finding | undefined {
  const report = r.report as unknown as { proposals: { findings: Finding[] }[] };
  return report.proposals[0]?.findings.find((x) => x.rule === 'rust-without-measured-constraint');
}

/** The pull request at `head` with `files` (also checked out in the workspace). */
async function prServer(
  base: Record<string, string>,
  head: string,
  files: Record<string, string>,
): Promise<GitHubServer> {
  const server = await startServer(OWNER, REPO);
  server.commit(BASE, base);
  const changed = Object.keys(files).map((filename) => ({ filename, status: 'added' as const }));
  server.push(PR, head, { ...base, ...files }, changed);
  server.pulls.set(PR, pullRequestResource(head));
  return server;
}

function onPullRequest(
  server: GitHubServer,
  head: string,
  workspace: Record<string, string>,
): Promise<ActionRun> {
  server.resetLog();
  return run({
    node: node24(),
    server,
    event: 'pull_request',
    payload: pullRequestEvent('opened', { head, changedFiles: Object.keys(workspace).length }),
    sha: fakeSha(`merge:${head}`),
    ref: `refs/pull/${PR}/merge`,
    with: STEP,
    workspace,
    checkout: fakeSha(`merge:${head}`),
  });
}

function onReview(
  server: GitHubServer,
  head: string,
  workspace: Record<string, string>,
  reviewer: string,
): Promise<ActionRun> {
  server.resetLog();
  return run({
    node: node24(),
    server,
    event: 'pull_request_review',
    payload: pullRequestReviewEvent('submitted', { head, reviewer, state: 'approved' }),
    sha: fakeSha(`merge:${head}`),
    ref: `refs/pull/${PR}/merge`,
    with: STEP,
    workspace,
    checkout: fakeSha(`merge:${head}`),
  });
}

/** The comment as a reader sees it: rendered with a GFM renderer, tags stripped. */
function rendered(body: string): string {
  return (marked.parse(body, { async: false }) as string)
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

describe('the base commit judges the pull request', () => {
  it('on pull_request with a checkout, a configuration that loosens the gate does not judge its own pull request', async () => {
    const head = fakeSha('loosen-head');
    const files = { [FILE]: UNWAIVED, [CONFIG]: LOOSENED };
    const server = await prServer({}, head, files);

    const opened = await onPullRequest(server, head, files);
    expect(opened.exitCode).toBe(1);
    expect(finding(opened)).toMatchObject({ waived: false });
    expect((opened.report as unknown as { gate: unknown }).gate).toEqual({
      failOn: 'error',
      passed: false,
    });
    // Every configuration read is at the base commit, none at the head or merge commit.
    for (const r of server.of('repos/get-content')) {
      if (/stack-verdict|^\.github$/.test(r.params.path ?? '')) expect(r.query.ref).toBe(BASE);
    }
    // The author is told the change waits for the merge, and what it would decide.
    expect(server.comments).toHaveLength(1);
    const text = rendered(server.comments[0]!.body);
    expect(text).toContain(
      `This pull request changes the configuration (${CONFIG}). It is judged by the configuration of the base commit ${BASE.slice(0, 7)}; the change applies once merged.`,
    );
    expect(text).toContain(
      'For information only: judged by the changed configuration, the gate would pass',
    );
    expect(opened.summary).toContain('This pull request changes the configuration');
    expect(opened.stdout).toContain('This pull request changes the configuration');
    expectConformant(server);

    // An approving review is another event on the same pull request: the same answer.
    const reviewed = await onReview(server, head, files, 'octo-lead');
    expect(reviewed.exitCode).toBe(1);
    expect(finding(reviewed)).toMatchObject({ waived: false });
    expectConformant(server);
  });

  it('a custom rule added by the pull request does not run; the base’s custom rule does', async () => {
    const custom = (id: string) =>
      [
        'custom-rules:',
        `  - id: ${id}`,
        '    severity: error',
        '    message: every service is flagged',
        '    when: { field: service, exists: true }',
        '',
      ].join('\n');
    const head = fakeSha('custom-head');
    const files = { [FILE]: proposalGo(), [CONFIG]: custom('acme-head-rule') };
    const server = await prServer({ [CONFIG]: custom('acme-base-rule') }, head, files);
    const opened = await onPullRequest(server, head, files);
    const rules = (
      opened.report as unknown as { proposals: { findings: { rule: string }[] }[] }
    ).proposals[0]!.findings.map((f) => f.rule);
    expect(rules).toContain('acme-base-rule');
    expect(rules).not.toContain('acme-head-rule');
    expect(opened.exitCode).toBe(1);
    expectConformant(server);
  });

  it('merge_group reads the configuration at the queue’s base commit, not the checkout', async () => {
    const head = fakeSha('queue-head');
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, {});
    const files = { [FILE]: UNWAIVED, [CONFIG]: LOOSENED };
    server.commit(head, files);
    const payload = example('merge_group', 'checks_requested') as {
      merge_group: { head_sha: string; base_sha: string };
    };
    payload.merge_group.head_sha = head;
    payload.merge_group.base_sha = BASE;
    const queued = await run({
      node: node24(),
      server,
      event: 'merge_group',
      payload: payload as unknown as Record<string, unknown>,
      sha: head,
      ref: 'refs/heads/gh-readonly-queue/main/pr-1-aaaa',
      with: { ...STEP, scope: 'all' },
      workspace: files,
      checkout: head,
    });
    expect(queued.exitCode).toBe(1);
    expect(queued.stdout).toContain(`the base commit ${BASE.slice(0, 7)} of the merge queue`);
    expect(finding(queued)).toMatchObject({ waived: false });
    expectConformant(server);
  });

  it('push judges the branch by its own configuration', async () => {
    const head = fakeSha('push-head');
    const server = await startServer(OWNER, REPO);
    const files = { [FILE]: UNWAIVED, [CONFIG]: LOOSENED };
    server.commit(head, files);
    const pushed = await run({
      node: node24(),
      server,
      event: 'push',
      payload: example('push'),
      sha: head,
      ref: 'refs/heads/main',
      with: { ...STEP, scope: 'all' },
      workspace: files,
      checkout: head,
    });
    expect(pushed.exitCode).toBe(0);
    expect(pushed.stdout).toContain(`Configuration: ${CONFIG}, read from the workspace`);
    expectConformant(server);
  });
});

describe('approvers that come through extends', () => {
  const approved = (server: GitHubServer, head: string) =>
    server.reviews.set(PR, [
      {
        login: 'octo-lead',
        state: 'APPROVED',
        submittedAt: '2026-03-01T10:01:00Z',
        commitId: head,
      },
    ]);

  it('a local shared file’s approvers are the approvers: a self-waived error waits for them', async () => {
    const head = fakeSha('local-extends-head');
    const base = {
      [CONFIG]: 'extends: policy/shared.yml\n',
      'policy/shared.yml': 'approvers: [octo-lead]\n',
    };
    const files = { ...base, [FILE]: SELF_WAIVED };
    const server = await prServer(base, head, { [FILE]: SELF_WAIVED });
    const opened = await onPullRequest(server, head, files);
    expect(opened.exitCode).toBe(1);
    expect(finding(opened)).toMatchObject({
      waived: false,
      waiverApproval: { status: 'pending', by: ['octo-lead'] },
    });
    // The shared file was read at the base commit.
    expect(
      server
        .of('repos/get-content')
        .some((r) => r.params.path === 'policy/shared.yml' && r.query.ref === BASE),
    ).toBe(true);
    expectConformant(server);

    approved(server, head);
    const green = await onReview(server, head, files, 'octo-lead');
    expect(green.exitCode).toBe(0);
    expect(finding(green)).toMatchObject({
      waived: true,
      waiverApproval: { status: 'approved', by: ['octo-lead'] },
    });
    expectConformant(server);
  });

  it('approvers named in another repository’s file (OWNER/REPO/PATH@REF) are the approvers', async () => {
    const head = fakeSha('remote-extends-head');
    const shared = `${OWNER}/policy/stack-verdict.yml@v1`;
    const base = { [CONFIG]: `extends: ${shared}\n` };
    const files = { ...base, [FILE]: SELF_WAIVED };
    const server = await prServer(base, head, { [FILE]: SELF_WAIVED });
    server.otherRepoFiles.set(`${OWNER}/policy/stack-verdict.yml@v1`, 'approvers: [octo-lead]\n');
    const opened = await onPullRequest(server, head, files);
    expect(opened.exitCode).toBe(1);
    expect(finding(opened)).toMatchObject({
      waived: false,
      waiverApproval: { status: 'pending', by: ['octo-lead'] },
    });
    expect((opened.report as unknown as { config: unknown }).config).toEqual({
      chain: [CONFIG, shared],
    });
    expectConformant(server);

    approved(server, head);
    const green = await onReview(server, head, files, 'octo-lead');
    expect(green.exitCode).toBe(0);
    expect(finding(green)?.waiverApproval).toEqual({ status: 'approved', by: ['octo-lead'] });
    expectConformant(server);
  });
});

function proposalGo(): string {
  return ['service: svc', 'language: go', 'kind: http-api', 'workload:', '  bound: io', ''].join(
    '\n',
  );
}
