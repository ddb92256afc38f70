// The Action on pull_request events, as examples/workflows/pull-request.yml runs it: the
// bundled dist/index.js under Node 24 against the local GitHub API (see support/).
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, messageToMarkdown } from '../../src/core/render/escape.js';
import { SEVERITY_ICON } from '../../src/core/render/labels.js';
import { headline } from '../../src/core/render/markdown.js';
import { gateOrdered, occurrences, renderedText, unneutralised } from '../rendered.js';
import type { Report } from '../../src/core/types.js';
import { fakeSha, type GitHubServer } from './support/github-server.js';
import { pullRequestEvent, PR_REPO } from './support/payloads.js';
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
const MARKER = '<!-- stack-verdict:comment tag="" -->';
/** The step of examples/workflows/pull-request.yml: fail-on error, comment always. */
const STEP = exampleStep('pull-request.yml');

const PORTAL = proposal('customer-portal-api.md');
// The fix: Go, and a load test in which Go met the limit. Without `met: true` a measured
// throughput limit on Go is go-despite-measured-constraint (policy 1.1).
const PORTAL_FIXED = PORTAL.replace(/^language: rust$/m, 'language: go').replace(
  /^ {4}source: estimate$/m,
  '    source: load-test\n    evidence: https://grafana.example.com/d/portal-load/portal-load-test\n    met: true',
);
const ORDERS = proposal('orders-api.yaml');
const SESSION = proposal('session-store.md');

/** Runs the Action on a pull_request event for `head`; GITHUB_SHA is the merge commit. */
function onPullRequest(
  server: GitHubServer,
  action: 'opened' | 'synchronize' | 'reopened',
  head: string,
  o: Partial<RunOptions> & { before?: string; changedFiles?: number } = {},
): Promise<ActionRun> {
  const changedFiles = o.changedFiles ?? server.pullFiles.get(PR)?.length ?? 0;
  return runStep({
    node: node24(),
    server,
    event: 'pull_request',
    payload: pullRequestEvent(action, {
      head,
      changedFiles,
      ...(o.before ? { before: o.before } : {}),
    }),
    sha: fakeSha(`merge:${head}`),
    ref: `refs/pull/${PR}/merge`,
    with: STEP,
    ...o,
  });
}

/** The local GitHub, with the pull request's base commit (the payload's base.sha). */
async function prServer(base: Record<string, string> = { 'README.md': '# Services\n' }) {
  const server = await startServer(OWNER, REPO);
  server.commit(BASE, base);
  return server;
}

/** The comment's text without the zero-width spaces that keep GitHub from linking #1 or @name. */
const plain = (body: string) => body.replaceAll('\u200b', '');

/**
 * What a reviewer reads, checked against the JSON report of the same run: each proposal's Rust
 * justifications, each open error and warning as one visible line (severity, rule linked to its
 * page, headline, file:line linked at the head commit), notices and explanations collapsed.
 */
function expectReaderView(body: string, report: Report, head: string): void {
  const sections = body.split(/^### /m).slice(1);
  expect(sections).toHaveLength(report.proposals.length);
  // Those failing the gate first.
  gateOrdered(report.proposals, report.gate.failOn).forEach((p, i) => {
    const section = sections[i]!;
    const visible = section.replace(/<details>[\s\S]*?<\/details>/g, '');
    const why = p.justifications.length
      ? p.justifications.map((j) => `<code>${escapeMarkdown(j)}</code>`).join(', ')
      : 'none';
    expect(visible).toContain(`Rust justifications: ${why}`);
    for (const f of p.findings.filter((x) => !x.waived)) {
      const base = p.file.slice(p.file.lastIndexOf('/') + 1);
      const line = `- ${SEVERITY_ICON[f.severity]} **${f.severity}** [<code>${escapeMarkdown(f.rule)}</code>](${f.docs}) ${messageToMarkdown(headline(f.message))} · [<code>${escapeMarkdown(`${base}:${f.line}`)}</code>](https://github.com/${OWNER}/${REPO}/blob/${head}/${p.file}#L${f.line})`;
      const where = section.split('\n').filter((l) => l.startsWith(line));
      expect(where, `${p.file} ${f.rule}`).toHaveLength(1);
      // Errors and warnings in sight; notices collapsed.
      expect(visible.includes(where[0]!)).toBe(f.severity !== 'notice');
      // The rest of the message (with its fix) is there once, collapsed.
      const rest = f.message.slice(headline(f.message).length + 1).trim();
      if (rest && !headline(f.message).endsWith('…')) {
        expect(occurrences(unneutralised(renderedText(section)), rest)).toBe(1);
        expect(unneutralised(renderedText(visible))).not.toContain(rest);
      }
    }
    const notices = p.findings.filter((x) => !x.waived && x.severity === 'notice').length;
    expect(section.includes(`<details><summary>🔵 ${notices} notice`)).toBe(notices > 0);
  });
}

const added = (...files: string[]) =>
  files.map((filename) => ({ filename, status: 'added' as const }));

describe('pull_request', () => {
  it('the first run creates one comment, the next push updates it, a fixing push marks the findings resolved', async () => {
    const server = await prServer();
    const h1 = fakeSha('push-1');
    const h2 = fakeSha('push-2');
    const h3 = fakeSha('push-3');

    // 1. opened: a Rust proposal without a measured constraint, and a Go one.
    server.push(
      PR,
      h1,
      {
        'proposals/customer-portal-api.md': PORTAL,
        'proposals/orders-api.yaml': ORDERS,
        'README.md': '# Services\n',
      },
      added('proposals/customer-portal-api.md', 'proposals/orders-api.yaml'),
    );
    const first = await onPullRequest(server, 'opened', h1);
    expect(first.exitCode).toBe(1);
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 200',
      'pulls/list-review-comments 200',
      // Without a checkout, the repository's proposals, for duplicate-service.
      'git/get-tree 200',
      'issues/create-comment 201',
      // The look-again for a run racing this one.
      'issues/list-comments 200',
    ]);
    expect(server.of('pulls/list-files')[0]!.query).toEqual({ per_page: '100', page: '1' });
    // Without a checkout: the proposals at the head, the configuration at the base.
    expectContentsReads(server, {
      proposals: ['proposals/customer-portal-api.md', 'proposals/orders-api.yaml'],
      at: h1,
      configAt: BASE,
    });
    expect(first.outputs).toEqual({
      verdict: 'changes-requested',
      proposals: '2',
      errors: '1',
      warnings: '3',
      notices: '1',
      report: expect.stringMatching(/\/_temp\/stack-verdict\/report\.json$/),
    });
    expect(first.report?.verdict).toBe('changes-requested');
    expect(first.annotations.map((a) => `${a.level} ${a.title} ${a.file}:${a.line}`)).toEqual([
      'error rust-without-measured-constraint proposals/customer-portal-api.md:7',
      'warning constraint-not-measured proposals/customer-portal-api.md:15',
      'warning rust-onboarding-cost proposals/customer-portal-api.md:19',
      'warning rust-ci-build-cost proposals/customer-portal-api.md:26',
      'notice rust-hiring-premium proposals/customer-portal-api.md:19',
    ]);
    expect(first.messages).toEqual([
      {
        level: 'error',
        message: expect.stringMatching(
          /^Stack Verdict: Changes requested — .*the gate fails \(fail-on: error\)/,
        ),
      },
    ]);
    expect(first.summary).toContain('Stack Verdict: Changes requested');
    expect(first.summary).toContain('customer-portal-api');
    expect(server.comments).toHaveLength(1);
    const comment = server.comments[0]!;
    expect(comment.user.login).toBe('github-actions[bot]');
    expect(comment.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comment.body).toContain('rust-without-measured-constraint');
    expect(comment.body).toMatch(/<!-- stack-verdict:state v1 [A-Za-z0-9+/=]+ -->\n$/);
    // Rule links point at the Action's repository and ref (GITHUB_ACTION_REPOSITORY/_REF).
    expect(comment.body).toContain(
      '(https://github.com/stack-verdict/stack-verdict/blob/v1/docs/rules/rust-without-measured-constraint.md)',
    );
    expectReaderView(comment.body, first.report as unknown as Report, h1);
    expectReaderView(first.summary, first.report as unknown as Report, h1);
    expect(first.stdout).toContain(
      `Pull request comment created: https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${comment.id}`,
    );
    expectConformant(server);

    // Someone quotes the comment, marker and all: never the Action's to edit.
    server.comments.push({
      id: 1_999_999_999,
      issue: PR,
      body: `> ${MARKER}\n> quoted`,
      user: { login: 'mallory', id: 7, type: 'User' },
      created_at: '2025-06-02T09:00:00Z',
      updated_at: '2025-06-02T09:00:00Z',
    });

    // 2. synchronize: a third proposal; the comment is updated in place.
    server.resetLog();
    server.push(
      PR,
      h2,
      {
        'proposals/customer-portal-api.md': PORTAL,
        'proposals/orders-api.yaml': ORDERS,
        'proposals/session-store.md': SESSION,
      },
      added(
        'proposals/customer-portal-api.md',
        'proposals/orders-api.yaml',
        'proposals/session-store.md',
      ),
    );
    const second = await onPullRequest(server, 'synchronize', h2, { before: h1 });
    expect(second.exitCode).toBe(1);
    // One files page, one listing, one update: the comment that starts with the marker was
    // written by github-actions[bot], so this (installation) token is not asked who it is.
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 200',
      'pulls/list-review-comments 200',
      // Without a checkout, the repository's proposals, for duplicate-service.
      'git/get-tree 200',
      'issues/update-comment 200',
    ]);
    expect(server.of('issues/update-comment')[0]!.params.comment_id).toBe(String(comment.id));
    expect(server.commentsOn(PR)).toHaveLength(2);
    expect(server.comments.find((c) => c.user.login === 'mallory')!.body).toBe(
      `> ${MARKER}\n> quoted`,
    );
    expect(plain(comment.body)).toContain(
      // session-store.md's findings, evidence-unverified among them (links nobody can check).
      `Since the previous run (<code>${h1.slice(0, 7)}</code>): 3 new, 0 resolved.`,
    );
    expect(second.outputs).toMatchObject({
      verdict: 'changes-requested',
      proposals: '3',
      errors: '1',
      warnings: '4',
      notices: '3',
    });
    expect(second.stdout).toContain(
      "Comment 1999999999 by mallory quotes this action's marker but does not start with it; it is left as it is.",
    );
    expect(second.stdout).toContain(
      'this token comments as github-actions[bot] (from the author of its earlier comment)',
    );
    expect(second.stdout).toContain('Pull request comment updated');
    expectConformant(server);

    // 3. synchronize: the Rust proposal moves to Go with a load test: its findings are resolved.
    server.resetLog();
    server.push(
      PR,
      h3,
      {
        'proposals/customer-portal-api.md': PORTAL_FIXED,
        'proposals/orders-api.yaml': ORDERS,
        'proposals/session-store.md': SESSION,
      },
      added(
        'proposals/customer-portal-api.md',
        'proposals/orders-api.yaml',
        'proposals/session-store.md',
      ),
    );
    const third = await onPullRequest(server, 'synchronize', h3, { before: h2 });
    expect(third.exitCode).toBe(0);
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 200',
      'pulls/list-review-comments 200',
      'git/get-tree 200',
      'issues/update-comment 200',
    ]);
    expect(server.comments.filter((c) => c.user.login === 'github-actions[bot]')).toEqual([
      comment,
    ]);
    expect(plain(comment.body)).toContain(
      `Since the previous run (<code>${h2.slice(0, 7)}</code>): 0 new, 5 resolved.`,
    );
    expect(comment.body).toMatch(
      /Resolved since the previous run: .*rust-without-measured-constraint/,
    );
    expect(third.outputs).toMatchObject({
      verdict: 'approved-with-warnings',
      proposals: '3',
      errors: '0',
    });
    expect(third.annotations.filter((a) => a.file === 'proposals/customer-portal-api.md')).toEqual(
      [],
    );
    expect(third.messages).toEqual([]);
    expect(third.stdout).toMatch(/the gate passes \(fail-on: error\)/);
    expectConformant(server);
  });

  it('writes no comment when no proposal changed', async () => {
    const server = await prServer();
    const head = fakeSha('no-proposal');
    server.push(
      PR,
      head,
      {
        'README.md': '# Services\n',
        'cmd/api/main.go': 'package main\n',
        'docs/proposals.md': '# How to write one\n',
      },
      [
        { filename: 'README.md', status: 'modified' },
        { filename: 'cmd/api/main.go', status: 'added' },
        { filename: 'docs/proposals.md', status: 'added' },
      ],
    );
    const run = await onPullRequest(server, 'reopened', head);
    expect(run.exitCode).toBe(0);
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 200',
      'pulls/list-review-comments 200',
    ]);
    expectContentsReads(server, { proposals: [], at: head, configAt: BASE });
    expect(server.comments).toEqual([]);
    expect(run.outputs).toMatchObject({
      verdict: 'no-proposals',
      proposals: '0',
      errors: '0',
      warnings: '0',
      notices: '0',
    });
    expect(run.annotations).toEqual([]);
    expect(run.messages).toEqual([]);
    expect(run.stdout).toContain(
      'No service proposal is changed in this pull request: nothing to judge.',
    );
    expect(run.summary).toContain(
      'No file changed in this pull request matches the proposal globs',
    );
    expectConformant(server);
  });

  it('reads 250 changed files over three pages', async () => {
    const server = await prServer();
    const head = fakeSha('many-files');
    const files: Record<string, string> = {};
    const changed: { filename: string; status: 'added' | 'modified' }[] = [];
    for (let i = 0; i < 250; i++) {
      const name =
        i === 42
          ? 'proposals/orders-api.yaml'
          : i === 230
            ? 'proposals/session-store.md'
            : `src/pkg${String(i).padStart(3, '0')}/handler.go`;
      files[name] = i === 42 ? ORDERS : i === 230 ? SESSION : `package pkg${i}\n`;
      changed.push({ filename: name, status: i % 3 ? 'modified' : 'added' });
    }
    server.push(PR, head, files, changed);
    const run = await onPullRequest(server, 'synchronize', head, { changedFiles: 250 });
    expect(run.exitCode).toBe(0);
    expect(server.of('pulls/list-files').map((r) => r.query)).toEqual([
      { per_page: '100', page: '1' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' },
    ]);
    // The payload says 250 files: the three pages are asked together, with the comments.
    const rounds = server.roundTripOf();
    expect(
      server.requests.flatMap((r, i) => (r.operationId === 'pulls/list-files' ? [rounds[i]] : [])),
    ).toEqual([1, 1, 1]);
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 200',
      'pulls/list-files 200',
      'pulls/list-files 200',
      'pulls/list-review-comments 200',
      // Without a checkout, the repository's proposals, for duplicate-service.
      'git/get-tree 200',
      'issues/create-comment 201',
      // The look-again for a run racing this one.
      'issues/list-comments 200',
    ]);
    expectContentsReads(server, {
      proposals: ['proposals/orders-api.yaml', 'proposals/session-store.md'],
      at: head,
      configAt: BASE,
    });
    expect(run.outputs).toMatchObject({
      verdict: 'approved-with-warnings',
      proposals: '2',
      errors: '0',
      warnings: '1',
    });
    expect(run.stdout).toContain(
      '2 files to judge: proposals/orders-api.yaml, proposals/session-store.md',
    );
    expect(run.stdout).not.toMatch(/GitHub lists only/);
    expect(run.annotations.map((a) => `${a.level} ${a.title} ${a.file}`)).toEqual([
      'warning go-despite-measured-constraint proposals/session-store.md',
      'notice gc-remeasure-on-go-1-26 proposals/session-store.md',
      // Its measurements are links nobody can check.
      'notice evidence-unverified proposals/session-store.md',
    ]);
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]!.body).toContain(
      'Judged the 2 proposal files changed in this pull request',
    );
    expectConformant(server);
  });

  it('judges a renamed proposal at its new path and leaves a removed one out', async () => {
    const server = await prServer({
      'proposals/clickstream-etl.yaml': proposal('clickstream-etl.yaml'),
      'proposals/legacy/edge.yaml': proposal('edge-proxy.yaml'),
      'proposals/orders-api.yaml': ORDERS,
    });
    const head = fakeSha('rename');
    server.push(
      PR,
      head,
      {
        'proposals/edge-proxy.yaml': proposal('edge-proxy.yaml'),
        'proposals/orders-api.yaml': ORDERS,
      },
      [
        { filename: 'proposals/clickstream-etl.yaml', status: 'removed' },
        {
          filename: 'proposals/edge-proxy.yaml',
          status: 'renamed',
          previous_filename: 'proposals/legacy/edge.yaml',
        },
      ],
    );
    const run = await onPullRequest(server, 'synchronize', head);
    expect(run.exitCode).toBe(0);
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 200',
      'pulls/list-review-comments 200',
      // Without a checkout, the repository's proposals, for duplicate-service.
      'git/get-tree 200',
      'issues/create-comment 201',
      // The look-again for a run racing this one.
      'issues/list-comments 200',
    ]);
    // Neither the removed file nor the old name is read; the unchanged proposal is, for
    // duplicate-service.
    expectContentsReads(server, {
      proposals: ['proposals/edge-proxy.yaml', 'proposals/orders-api.yaml'],
      at: head,
      configAt: BASE,
    });
    // Policy 1.1: 5% attrition puts new people on the Rust ramp (examples/EXPECTED.md);
    // policy 1.2: its tail latency has no runtime, so it is asked to re-measure on Go 1.26;
    // evidence 1: that measurement is a link nobody can check (evidence-unverified).
    expect(run.outputs).toMatchObject({
      verdict: 'approved-with-warnings',
      proposals: '1',
      errors: '0',
      warnings: '1',
      notices: '4',
    });
    expect(run.report?.proposals.map((p) => p.file)).toEqual(['proposals/edge-proxy.yaml']);
    expect(run.annotations.map((a) => `${a.level} ${a.title} ${a.file}`)).toEqual([
      'warning rust-onboarding-cost proposals/edge-proxy.yaml',
      'notice gc-remeasure-on-go-1-26 proposals/edge-proxy.yaml',
      'notice evidence-unverified proposals/edge-proxy.yaml',
      'notice rust-hiring-premium proposals/edge-proxy.yaml',
      'notice post-quantum-tls proposals/edge-proxy.yaml',
    ]);
    const body = server.comments[0]!.body;
    expect(body).toContain('edge-proxy');
    expect(body).not.toMatch(/clickstream|legacy/);
    expectConformant(server);
  });

  it('takes the configuration from the base commit, never from the pull request’s head', async () => {
    const server = await prServer({
      'README.md': '# Services\n',
      '.github/stack-verdict.yml': 'rules:\n  go-despite-measured-constraint: error\n',
    });
    const head = fakeSha('config');
    server.push(
      PR,
      head,
      {
        // The pull request tries to switch the rule off for itself.
        '.github/stack-verdict.yml': 'rules:\n  go-despite-measured-constraint: off\n',
        'proposals/session-store.md': SESSION,
      },
      [
        { filename: '.github/stack-verdict.yml', status: 'modified' },
        { filename: 'proposals/session-store.md', status: 'added' },
      ],
    );
    const run = await onPullRequest(server, 'synchronize', head);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `Configuration: .github/stack-verdict.yml, read from the base commit ${BASE.slice(0, 7)} of pull request #${PR}`,
    );
    // The author is told the change applies once merged.
    expect(server.comments[0]!.body).toContain('This pull request changes the configuration');
    expectContentsReads(server, {
      proposals: ['proposals/session-store.md'],
      at: head,
      configAt: BASE,
    });
    expect(run.outputs).toMatchObject({
      verdict: 'changes-requested',
      proposals: '1',
      errors: '1',
    });
    expect(run.annotations.map((a) => `${a.level} ${a.title} ${a.file}`)).toEqual([
      'error go-despite-measured-constraint proposals/session-store.md',
      'notice gc-remeasure-on-go-1-26 proposals/session-store.md',
      // Its measurements are links nobody can check.
      'notice evidence-unverified proposals/session-store.md',
    ]);
    expect(server.comments).toHaveLength(1);
    expectConformant(server);
  });

  it('two runs at the same time leave one comment: the run that created the newer deletes its own', async () => {
    const server = await prServer();
    const head = fakeSha('race');
    server.push(
      PR,
      head,
      { 'proposals/orders-api.yaml': ORDERS },
      added('proposals/orders-api.yaml'),
    );
    // Both runs list the comments before either has created one.
    server.barrier = { operationId: 'issues/list-comments', count: 2 };
    const runs = await Promise.all([
      onPullRequest(server, 'synchronize', head),
      onPullRequest(server, 'reopened', head),
    ]);
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0]);
    expect(server.of('issues/create-comment').map((r) => r.status)).toEqual([201, 201]);
    // Each run looks once more after its create.
    expect(server.of('issues/list-comments')).toHaveLength(4);
    const deletes = server.of('issues/delete-comment');
    expect(deletes.map((r) => r.status)).toEqual([204]);
    expect(server.commentsOn(PR)).toHaveLength(1);
    const kept = server.commentsOn(PR)[0]!;
    const gone = Number(deletes[0]!.params.comment_id);
    expect(kept.id).toBeLessThan(gone);
    // Both judged the same commit: the kept comment already has the text, no edit is needed.
    expect(server.of('issues/update-comment')).toEqual([]);
    // Both runs name the comment that is kept; the one that deleted its own says why.
    for (const r of runs) {
      expect(r.stdout).toContain(
        `Pull request comment created: https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${kept.id}`,
      );
      expect(r.outputs).toMatchObject({ verdict: 'approved', proposals: '1' });
    }
    expect(
      runs.filter((r) =>
        r.stdout.includes(
          `Another run created comment ${kept.id} at the same time; this run's text goes there and its own comment ${gone} is deleted.`,
        ),
      ),
    ).toHaveLength(1);
    expectConformant(server);

    // The next push: its run edits the comment left, with nothing more to delete.
    server.resetLog();
    const next = fakeSha('race-next');
    server.push(
      PR,
      next,
      { 'proposals/orders-api.yaml': ORDERS },
      added('proposals/orders-api.yaml'),
    );
    const after = await onPullRequest(server, 'synchronize', next, { before: head });
    expect(after.exitCode).toBe(0);
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 200',
      'pulls/list-review-comments 200',
      // Without a checkout, the repository's proposals, for duplicate-service.
      'git/get-tree 200',
      'issues/update-comment 200',
    ]);
    expect(server.commentsOn(PR).map((c) => c.id)).toEqual([kept.id]);
    expectConformant(server);
  });

  describe('the gate, with the pull request checked out (actions/checkout: the merge commit)', () => {
    const files = { 'proposals/session-store.md': SESSION, 'proposals/orders-api.yaml': ORDERS };

    async function gate(failOn: string) {
      const server = await prServer();
      const head = fakeSha(`gate-${failOn}`);
      server.push(PR, head, files, added(...Object.keys(files)));
      const run = await onPullRequest(server, 'opened', head, {
        with: { ...STEP, 'fail-on': failOn },
        workspace: files,
        checkout: fakeSha(`merge:${head}`),
      });
      // Files and the configuration come from the workspace; only who may approve a waiver is
      // read at the base commit (docs/governance.md), never a proposal.
      expect(sequence(server)).toEqual([
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'issues/create-comment 201',
        // The look-again for a run racing this one.
        'issues/list-comments 200',
      ]);
      expectContentsReads(server, { proposals: [], at: head, configAt: BASE });
      expect(server.comments).toHaveLength(1);
      expect(run.stdout).toContain("the workspace is at the pull request's merge commit");
      expect(run.outputs).toMatchObject({
        verdict: 'approved-with-warnings',
        proposals: '2',
        errors: '0',
        warnings: '1',
        notices: '2',
      });
      expect(run.annotations.map((a) => `${a.level} ${a.title}`)).toEqual([
        'warning go-despite-measured-constraint',
        'notice gc-remeasure-on-go-1-26',
        // A measurement that rests on a link nobody can check.
        'notice evidence-unverified',
      ]);
      expectConformant(server);
      return run;
    }

    it('fails the step (exit code 1) on a warning with fail-on: warning', async () => {
      const run = await gate('warning');
      expect(run.exitCode).toBe(1);
      expect(run.messages).toEqual([
        {
          level: 'error',
          message: expect.stringMatching(
            /^Stack Verdict: Approved with warnings — .*the gate fails \(fail-on: warning\)/,
          ),
        },
      ]);
    });

    it('passes (exit code 0) with the example workflow’s fail-on: error', async () => {
      expect(STEP['fail-on']).toBe('error');
      const run = await gate('error');
      expect(run.exitCode).toBe(0);
      expect(run.messages).toEqual([]);
      expect(run.stdout).toMatch(
        /Stack Verdict: Approved with warnings — .*the gate passes \(fail-on: error\)/,
      );
    });
  });
});
