// End to end: a waiver that needs an approval, on the examples' pull request, through
// pull_request and pull_request_review events (real payloads), against the local GitHub API.
// The reviews and the teams API answer as GitHub's OpenAPI description says.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { fakeSha, type GitHubServer, type PullReview } from './support/github-server.js';
import {
  PR_REPO,
  pullRequestEvent,
  pullRequestResource,
  pullRequestReviewEvent,
} from './support/payloads.js';
import type { ActionRun } from './support/runner.js';
import {
  batchReads,
  exampleStep,
  expectConformant,
  node24,
  run,
  startServer,
} from './support/scenario.js';

const { owner: OWNER, repo: REPO, number: PR, baseSha: BASE } = PR_REPO;
/** The examples' pull request is opened by Codertocat. */
const AUTHOR = 'Codertocat';
const STEP = exampleStep('pull-request.yml');
const FILE = 'proposals/svc.yaml';
const SELF_WAIVED = [
  'service: svc',
  'language: rust',
  'kind: http-api',
  'workload:',
  '  bound: io',
  'waivers:',
  '  - rule: rust-without-measured-constraint',
  '    reason: we like rust',
  '',
].join('\n');

interface Finding {
  rule: string;
  waived: boolean;
  waiverApproval?: { status: string; by: string[] };
}

async function approvalServer(approvers: string, head: string): Promise<GitHubServer> {
  const server = await startServer(OWNER, REPO);
  server.commit(BASE, { '.github/stack-verdict.yml': `approvers: ${approvers}\n` });
  server.push(PR, head, { [FILE]: SELF_WAIVED }, [{ filename: FILE, status: 'added' }]);
  server.pulls.set(PR, pullRequestResource(head));
  return server;
}

function onReview(
  server: GitHubServer,
  head: string,
  action: 'submitted' | 'dismissed',
  reviewer: string,
  state: 'approved' | 'dismissed',
): Promise<ActionRun> {
  server.resetLog();
  return run({
    node: node24(),
    server,
    event: 'pull_request_review',
    payload: pullRequestReviewEvent(action, { head, reviewer, state }),
    sha: fakeSha(`merge:${head}`),
    ref: `refs/pull/${PR}/merge`,
    with: STEP,
  });
}

function waiverFinding(r: ActionRun): Finding {
  const report = r.report as unknown as { proposals: { findings: Finding[] }[] };
  const f = report.proposals[0]!.findings.find(
    (x) => x.rule === 'rust-without-measured-constraint',
  );
  expect(f).toBeDefined();
  return f!;
}

const review = (login: string, state: PullReview['state'], minute: number): PullReview => ({
  login,
  state,
  submittedAt: `2026-03-01T10:${String(minute).padStart(2, '0')}:00Z`,
});

describe('waiver approvals', () => {
  it('red until a listed approver approves; the author cannot; a dismissal turns it red again', async () => {
    const head = fakeSha('approvals-head');
    const server = await approvalServer('[octo-lead]', head);

    // Opened: nobody has reviewed. The self-waived error counts; the comment says who may approve.
    const opened = await run({
      node: node24(),
      server,
      event: 'pull_request',
      payload: pullRequestEvent('opened', { head, changedFiles: 1 }),
      sha: fakeSha(`merge:${head}`),
      ref: `refs/pull/${PR}/merge`,
      with: STEP,
    });
    expect(opened.exitCode).toBe(1);
    expect(waiverFinding(opened)).toMatchObject({
      waived: false,
      waiverApproval: { status: 'pending', by: ['octo-lead'] },
    });
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]!.body).toContain('waiver awaiting approval by octo-lead');
    // The approvers were read at the base commit, the reviews once.
    expect(server.of('pulls/list-reviews')).toHaveLength(1);
    expectConformant(server);

    // The author approves their own pull request: still red.
    server.reviews.set(PR, [review(AUTHOR, 'APPROVED', 1)]);
    const own = await onReview(server, head, 'submitted', AUTHOR, 'approved');
    expect(own.exitCode).toBe(1);
    expect(waiverFinding(own).waiverApproval?.status).toBe('pending');

    // A listed approver approves: green, and the comment says who.
    server.reviews.get(PR)!.push(review('octo-lead', 'APPROVED', 2));
    const approved = await onReview(server, head, 'submitted', 'octo-lead', 'approved');
    expect(approved.exitCode).toBe(0);
    expect(waiverFinding(approved)).toMatchObject({
      waived: true,
      waiverApproval: { status: 'approved', by: ['octo-lead'] },
    });
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]!.body).toContain('approved by octo-lead');
    expect(server.comments[0]!.body).not.toContain('awaiting approval');
    expectConformant(server);

    // The approval is dismissed (GitHub sets the review's state to DISMISSED): red again.
    server.reviews.get(PR)![1]!.state = 'DISMISSED';
    const dismissed = await onReview(server, head, 'dismissed', 'octo-lead', 'dismissed');
    expect(dismissed.exitCode).toBe(1);
    expect(waiverFinding(dismissed).waiverApproval?.status).toBe('pending');
    expect(server.comments[0]!.body).toContain('waiver awaiting approval by octo-lead');
    expectConformant(server);
  });

  it('a team approver counts with a token that can read members, and the run says why without', async () => {
    const head = fakeSha('team-head');
    const server = await approvalServer('[codertocat/architecture]', head);
    server.teams.set('codertocat/architecture', ['octo-arch']);
    server.reviews.set(PR, [review('octo-arch', 'APPROVED', 1)]);

    const green = await onReview(server, head, 'submitted', 'octo-arch', 'approved');
    expect(green.exitCode).toBe(0);
    expect(waiverFinding(green).waiverApproval).toEqual({
      status: 'approved',
      by: ['octo-arch (codertocat/architecture)'],
    });
    expect(server.calls()).toEqual(
      expect.arrayContaining(['teams/get-by-name 200', 'teams/get-membership-for-user-in-org 200']),
    );
    expectConformant(server);

    // The workflow token cannot read organisation teams: GitHub answers 403.
    server.faults.push({
      operationId: 'teams/get-by-name',
      status: 403,
      message: 'Resource not accessible by integration',
      times: 5,
    });
    const red = await onReview(server, head, 'submitted', 'octo-arch', 'approved');
    expect(red.exitCode).toBe(1);
    expect(waiverFinding(red).waiverApproval?.status).toBe('pending');
    expect(red.stdout).toContain('codertocat/architecture (HTTP 403) could not be read');
    expect(red.stdout).toContain('Members: read');
    expectConformant(server);
  });
});

describe('waivers of errors need an approval by default', () => {
  it('with no approvers a waived error awaits approval and says how to name them; a waived warning passes', async () => {
    const head = fakeSha('no-approvers-head');
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, {});
    server.push(PR, head, { [FILE]: SELF_WAIVED }, [{ filename: FILE, status: 'added' }]);
    server.pulls.set(PR, pullRequestResource(head));
    const opened = await run({
      node: node24(),
      server,
      event: 'pull_request',
      payload: pullRequestEvent('opened', { head, changedFiles: 1 }),
      sha: fakeSha(`merge:${head}`),
      ref: `refs/pull/${PR}/merge`,
      with: STEP,
    });
    expect(opened.exitCode).toBe(1);
    expect(waiverFinding(opened)).toMatchObject({
      waived: false,
      waiverApproval: { status: 'pending', by: [] },
    });
    // As a reader sees the comment (GFM rendered, tags dropped).
    const text = (marked.parse(server.comments[0]!.body, { async: false }) as string).replace(
      /<[^>]+>/g,
      '',
    );
    expect(text).toContain('waiver awaiting approval');
    expect(text).toContain(
      'no approvers are named. List who may approve under approvers: in .github/stack-verdict.yml',
    );
    expect(opened.stdout).toContain(
      'A waiver waits for an approval, and the configuration names no approvers: list who may approve under `approvers:` in .github/stack-verdict.yml',
    );
    // Nobody's review can approve it: there is no approver to count.
    expect(server.of('pulls/list-reviews')).toHaveLength(0);
    expectConformant(server);

    // The same waiver of a warning needs nobody.
    server.commit(BASE, {
      '.github/stack-verdict.yml': 'rules:\n  rust-without-measured-constraint: warning\n',
    });
    server.resetLog();
    const warned = await run({
      node: node24(),
      server,
      event: 'pull_request',
      payload: pullRequestEvent('synchronize', { head, changedFiles: 1 }),
      sha: fakeSha(`merge:${head}`),
      ref: `refs/pull/${PR}/merge`,
      with: STEP,
    });
    expect(warned.exitCode).toBe(0);
    const w = waiverFinding(warned);
    expect(w.waived).toBe(true);
    expect(w.waiverApproval).toBeUndefined();
    expect(server.comments[0]!.body).not.toContain('awaiting approval');
    expectConformant(server);
  });
});

describe('an approval vouches for the waiver as it stood on the reviewed commit', () => {
  const UNWAIVED = SELF_WAIVED.slice(0, SELF_WAIVED.indexOf('waivers:'));

  function onPush(server: GitHubServer, head: string, files: Record<string, string>) {
    server.push(PR, head, files, [{ filename: FILE, status: 'added' }]);
    server.pulls.set(PR, pullRequestResource(head));
    server.resetLog();
    return run({
      node: node24(),
      server,
      event: 'pull_request',
      payload: pullRequestEvent('synchronize', { head, changedFiles: 1 }),
      sha: fakeSha(`merge:${head}`),
      ref: `refs/pull/${PR}/merge`,
      with: STEP,
    });
  }

  it('an approval given before the waiver existed is stale; one given on it survives pushes that leave it unchanged', async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { '.github/stack-verdict.yml': 'approvers: [octo-lead]\n' });
    const before = fakeSha('stale-before');
    server.commit(before, { [FILE]: UNWAIVED });
    // octo-lead approved the pull request when it had no waiver; then the author added one.
    server.reviews.set(PR, [{ ...review('octo-lead', 'APPROVED', 1), commitId: before }]);
    const waived = fakeSha('stale-waived');
    const stale = await onPush(server, waived, { [FILE]: SELF_WAIVED });
    expect(stale.exitCode).toBe(1);
    expect(waiverFinding(stale)).toMatchObject({
      waived: false,
      waiverApproval: { status: 'pending', by: ['octo-lead'] },
    });
    const text = (marked.parse(server.comments[0]!.body, { async: false }) as string).replace(
      /<[^>]+>/g,
      '',
    );
    expect(text).toContain(
      'The approval by octo-lead is stale: given on a commit where this waiver did not stand as it does now',
    );
    // The proposal was read at the reviewed commit, in one batch.
    expect(server.of('graphql').some((r) => batchReads(r).some((b) => b.ref === before))).toBe(
      true,
    );
    expectConformant(server);

    // octo-lead approves the commit with the waiver: green.
    server.reviews.get(PR)!.push({ ...review('octo-lead', 'APPROVED', 2), commitId: waived });
    const approved = await onPush(server, waived, { [FILE]: SELF_WAIVED });
    expect(approved.exitCode).toBe(0);
    expect(waiverFinding(approved).waiverApproval).toEqual({
      status: 'approved',
      by: ['octo-lead'],
    });

    // A later push that leaves the waiver as it was keeps the approval.
    const later = fakeSha('stale-later');
    const kept = await onPush(server, later, { [FILE]: `# reviewed\n${SELF_WAIVED}` });
    expect(kept.exitCode).toBe(0);
    expect(waiverFinding(kept).waiverApproval).toEqual({ status: 'approved', by: ['octo-lead'] });
    expect(server.comments[0]!.body).not.toContain('stale');

    // A push that rewrites the waiver's reason needs a new approval.
    const rewritten = fakeSha('stale-rewritten');
    const red = await onPush(server, rewritten, {
      [FILE]: SELF_WAIVED.replace('we like rust', 'we really like rust'),
    });
    expect(red.exitCode).toBe(1);
    expect(waiverFinding(red).waiverApproval?.status).toBe('pending');
    expectConformant(server);
  });
});
