import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { markerFor } from '../../src/action/comment/marker.js';
import { contextFromEvent } from '../../src/action/context.js';
import { blobUrl, docsBase } from '../../src/action/links.js';
import { printable } from '../../src/action/printable.js';
import { DEFAULT_DOCS_URL } from '../../src/core/engine.js';
import { escapeCode } from '../../src/core/render/escape.js';
import {
  ACTIONS_BOT,
  BASE,
  cleanTempDirs,
  example,
  FakeGitHub,
  HEAD,
  MERGE,
  OWNER,
  pullRequestPayload,
  REPO,
  runScenario,
  type Scenario,
  ourBody,
} from './fake-github.js';
import { renderGfm } from '../rendered.js';

afterEach(cleanTempDirs);

const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';
const TREE = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';
const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';
const REVIEW_COMMENTS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments';

// See examples/EXPECTED.md.
let bad: string; // customer-portal-api.md: changes-requested (1 error, 3 warnings, 1 notice)
let good: string; // orders-api.yaml: approved, no findings
let warn: string; // session-store.md: approved-with-warnings
let draft: string; // org-chart-api.yaml: draft, changes-requested
let noticeOnly: string; // treasury-gateway.yaml: approved with 2 notices
beforeAll(async () => {
  bad = await example('customer-portal-api.md');
  good = await example('orders-api.yaml');
  warn = await example('session-store.md');
  draft = await example('org-chart-api.yaml');
  noticeOnly = await example('treasury-gateway.yaml');
});

/** A YAML proposal as a Markdown file's front matter. */
function asMarkdown(yaml: string): string {
  return `---\n${yaml}---\n\nContext.\n`;
}

function prScenario(fake: FakeGitHub, extra: Partial<Scenario> = {}): Scenario {
  return { event: 'pull_request_target', payload: pullRequestPayload(), fake, ...extra };
}

function ourComment(fake: FakeGitHub, tag = '') {
  return fake.comments.filter(
    (c) => c.body.includes(markerFor(tag)) && c.user.login === ACTIONS_BOT.login,
  );
}

describe('pull requests: the sticky comment', () => {
  it('creates one comment: verdict first, a section per proposal, links at the head commit', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.addPrFile('src/main.go', 'package main', 'modified');
    const env = {
      GITHUB_ACTION_REPOSITORY: 'stack-verdict/stack-verdict',
      GITHUB_ACTION_REF: 'v1.2.0',
    };
    const { result, sink } = await runScenario(prScenario(fake, { env }));
    expect(result?.comment.action).toBe('created');
    expect(fake.comments).toHaveLength(1);
    const body = fake.comments[0]!.body;
    expect(body.startsWith(`${markerFor('')}\n## ❌ Stack Verdict: Changes requested`)).toBe(true);
    expect(body).toContain('### ❌ customer-portal-api');
    expect(body).toContain('language **rust**, recommended **go**');
    expect(body).toContain(
      `[<code>portal.md:7</code>](https://github.com/${OWNER}/${REPO}/blob/${HEAD}/proposals/portal.md#L7)`,
    );
    expect(body).toContain(
      '(https://github.com/stack-verdict/stack-verdict/blob/v1.2.0/docs/rules/rust-without-measured-constraint.md)',
    );
    expect(body).toMatch(/<!-- stack-verdict:state v1 [A-Za-z0-9+/=]+ -->\n$/);
    expect(body.length).toBeLessThan(65_536);
    // pull_request_target with the base checked out: read through the API at the head.
    // The configuration is looked up at the base commit, never at the head.
    expect(fake.calls.filter((c) => c.route === CONTENTS).map((c) => c.params)).toEqual([
      { owner: OWNER, repo: REPO, path: '.github', ref: BASE },
      { owner: OWNER, repo: REPO, path: 'proposals/portal.md', ref: HEAD },
    ]);
    expect(sink.failed).toHaveLength(1);
  });

  it('does not touch the comment on a re-run of the same commit', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    await runScenario(prScenario(fake));
    const before = fake.comments[0]!.body;
    const { result } = await runScenario(prScenario(fake));
    expect(result?.comment.action).toBe('unchanged');
    expect(fake.count(UPDATE)).toBe(0);
    expect(fake.count(CREATE)).toBe(1);
    expect(fake.comments[0]!.body).toBe(before);
  });

  it('updates the same comment on every push, with new and resolved findings', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    await runScenario(prScenario(fake));
    // The next push fixes the portal proposal and adds one with warnings.
    fake.files.set('proposals/portal.md', asMarkdown(good));
    fake.addPrFile('proposals/sessions.md', warn);
    const next = 'd'.repeat(40);
    const { result } = await runScenario(
      prScenario(fake, {
        payload: pullRequestPayload({
          head: { sha: next, repo: { full_name: `${OWNER}/${REPO}` } },
        }),
      }),
    );
    expect(result?.comment.action).toBe('updated');
    expect(fake.comments).toHaveLength(1);
    const body = fake.comments[0]!.body;
    expect(body).toContain(
      // The new warning, and session-store.md's two notices: gc-remeasure-on-go-1-26, and
      // evidence-unverified (its measurements are links nobody can check).
      `Since the previous run (<code>${HEAD.slice(0, 7)}</code>): 3 new, 5 resolved.`,
    );
    expect(body).toContain(
      `🟡 **warning** 🆕 new [<code>${escapeCode('go-despite-measured-constraint')}</code>]`,
    );
    expect(body).toContain(
      `Resolved since the previous run: 🔴 <code>${escapeCode('rust-without-measured-constraint')}</code>`,
    );
    expect(body).toContain(`/blob/${next}/proposals/sessions.md#L`);
  });

  it('says so when every proposal is fixed, instead of vanishing', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    await runScenario(prScenario(fake));
    fake.files.set('proposals/portal.md', asMarkdown(good));
    const next = 'd'.repeat(40);
    const { result, sink } = await runScenario(
      prScenario(fake, { payload: pullRequestPayload({ head: { sha: next } }) }),
    );
    expect(result?.comment.action).toBe('updated');
    const body = fake.comments[0]!.body;
    expect(body).toMatch(/^<!--.*-->\n## ✅ Stack Verdict: Approved/);
    expect(body).toContain(
      '🎉 Every proposal is fixed: the 4 errors and warnings of the previous run are resolved.',
    );
    expect(sink.failed).toEqual([]);
  });

  it('updates its comment to say no proposal is in the change any more', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    await runScenario(prScenario(fake));
    fake.prFiles = [{ filename: 'proposals/portal.md', status: 'removed' }];
    const { result, sink } = await runScenario(
      prScenario(fake, { payload: pullRequestPayload({ head: { sha: 'd'.repeat(40) } }) }),
    );
    expect(result?.comment.action).toBe('updated');
    const body = fake.comments[0]!.body;
    expect(body).toContain('## ➖ Stack Verdict: No proposals');
    expect(body).toContain('This pull request no longer changes any service proposal');
    expect(body).toContain(
      'No proposal is checked any more, so the 4 errors and warnings of the previous run no longer apply.',
    );
    expect(sink.failed).toEqual([]);
  });

  it('writes no comment on a pull request that touches no proposal and had none', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('src/main.go', 'package main');
    const { result, sink } = await runScenario(prScenario(fake));
    expect(result?.comment).toMatchObject({ action: 'skipped', reason: /changes no proposal/ });
    expect(fake.count(CREATE)).toBe(0);
    // Only the configuration was looked up (there is none); no proposal was read.
    expect(fake.calls.filter((c) => c.route === CONTENTS).map((c) => c.params.path)).toEqual([
      '.github',
    ]);
    expect(sink.failed).toEqual([]);
    expect(sink.messages('info')).toContain(
      'No service proposal is changed in this pull request: nothing to judge.',
    );
    expect(sink.outputs).toMatchObject({ verdict: 'no-proposals', proposals: '0', errors: '0' });
  });

  it('never edits a comment of someone else that contains the marker', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    const planted = `${markerFor('')}\nI am not the bot. <!-- stack-verdict:state v1 e30= -->`;
    fake.comments.push({
      id: 7,
      body: planted,
      user: { login: 'mallory', type: 'User' },
      html_url: '',
    });
    const { result, sink } = await runScenario(prScenario(fake));
    expect(result?.comment.action).toBe('created');
    expect(fake.comments[0]!.body).toBe(planted);
    expect(fake.count(UPDATE)).toBe(0);
    expect(ourComment(fake)).toHaveLength(1);
    expect(sink.messages('info').join('\n')).toMatch(
      /Comment 7 by mallory carries this action's marker/,
    );
  });

  it("never edits another bot's comment that contains the marker", async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.comments.push({
      id: 8,
      body: `${markerFor('')}\nother bot`,
      user: { login: 'other-app[bot]', type: 'Bot' },
      html_url: '',
    });
    const { result } = await runScenario(prScenario(fake));
    expect(result?.comment.action).toBe('created');
    expect(fake.comments[0]!.body).toBe(`${markerFor('')}\nother bot`);
    expect(fake.count(UPDATE)).toBe(0);
  });

  it('edits the comment github-actions[bot] wrote with the marker', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.comments.push({
      id: 9,
      body: ourBody(markerFor(''), 'old'),
      user: ACTIONS_BOT,
      html_url: 'u',
    });
    const { result } = await runScenario(prScenario(fake));
    expect(result?.comment.action).toBe('updated');
    expect(fake.calls.find((c) => c.route === UPDATE)?.params.comment_id).toBe(9);
    expect(fake.comments).toHaveLength(1);
  });

  it("with a personal token edits that user's comment, not github-actions[bot]'s", async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.userStatus = 200;
    fake.actor = { login: 'release-bot-user', type: 'User' };
    const botBody = ourBody(markerFor(''), 'bot');
    fake.comments.push({ id: 1, body: botBody, user: ACTIONS_BOT, html_url: '' });
    fake.comments.push({
      id: 2,
      body: ourBody(markerFor(''), 'mine'),
      user: fake.actor,
      html_url: '',
    });
    // A personal token's shape: it never writes as github-actions[bot], so it is asked who it is.
    const { result } = await runScenario(
      prScenario(fake, { env: { 'INPUT_GITHUB-TOKEN': 'github_pat_11AAAA' } }),
    );
    expect(result?.comment.action).toBe('updated');
    expect(fake.count('GET /user')).toBe(1);
    expect(fake.calls.find((c) => c.route === UPDATE)?.params.comment_id).toBe(2);
    expect(fake.comments[0]!.body).toBe(botBody);
  });

  it("finds the workflow token's comment without asking who the token is: one listing, one update", async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    await runScenario(prScenario(fake));
    fake.calls = [];
    fake.files.set('proposals/portal.md', good);
    const { result, sink } = await runScenario(
      prScenario(fake, { payload: pullRequestPayload({ head: { sha: 'd'.repeat(40) } }) }),
    );
    expect(result?.comment.action).toBe('updated');
    expect(fake.routes().filter((r) => !r.includes('/contents/'))).toEqual([
      FILES,
      LIST,
      REVIEW_COMMENTS,
      TREE,
      UPDATE,
    ]);
    expect(sink.messages('info')).toContain(
      'this token comments as github-actions[bot] (from the author of its earlier comment)',
    );
  });

  it("asks who the token is when the comment with the marker is another app's (it may be this token's)", async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.viewerStatus = 200;
    fake.actor = { login: 'verdict-app[bot]', type: 'Bot' };
    fake.comments.push({
      id: 3,
      body: ourBody(markerFor(''), 'old'),
      user: fake.actor,
      html_url: '',
    });
    const { result } = await runScenario(prScenario(fake));
    expect(result?.comment.action).toBe('updated');
    // The workflow token (ghs_) is an installation token: GET /user would refuse it.
    expect(fake.routes().filter((r) => !r.includes('/contents/'))).toEqual([
      FILES,
      LIST,
      REVIEW_COMMENTS,
      TREE,
      'POST /graphql',
      UPDATE,
    ]);
  });

  it('a first run lists, creates and looks once more for a racing run; a comment that only quotes the marker needs no identity', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.comments.push({
      id: 4,
      body: `> ${markerFor('')}\n> quoted`,
      user: { login: 'mallory', type: 'User' },
      html_url: '',
    });
    const { result, sink } = await runScenario(prScenario(fake));
    expect(result?.comment.action).toBe('created');
    expect(fake.routes().filter((r) => !r.includes('/contents/'))).toEqual([
      FILES,
      LIST,
      REVIEW_COMMENTS,
      TREE,
      CREATE,
      LIST,
    ]);
    expect(sink.messages('info')).toContain(
      "Comment 4 by mallory quotes this action's marker but does not start with it; it is left as it is.",
    );
  });

  it('keeps separate comments for separate tags', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    await runScenario(prScenario(fake, { inputs: { 'comment-tag': 'backend' } }));
    await runScenario(prScenario(fake, { inputs: { 'comment-tag': 'platform' } }));
    await runScenario(prScenario(fake, { inputs: { 'comment-tag': 'backend' } }));
    expect(fake.comments).toHaveLength(2);
    expect(ourComment(fake, 'backend')).toHaveLength(1);
    expect(ourComment(fake, 'platform')).toHaveLength(1);
  });

  it('comment: on-findings creates only with findings, but keeps updating its comment', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', good);
    let out = await runScenario(prScenario(fake, { inputs: { comment: 'on-findings' } }));
    expect(out.result?.comment.action).toBe('skipped');
    fake.files.set('proposals/orders.yaml', noticeOnly);
    out = await runScenario(prScenario(fake, { inputs: { comment: 'on-findings' } }));
    expect(out.result?.comment.action).toBe('created');
    fake.files.set('proposals/orders.yaml', good);
    out = await runScenario(
      prScenario(fake, {
        inputs: { comment: 'on-findings' },
        payload: pullRequestPayload({ head: { sha: 'd'.repeat(40) } }),
      }),
    );
    expect(out.result?.comment.action).toBe('updated');
    expect(fake.comments).toHaveLength(1);
  });

  it('comment: never makes no comment call at all, and posts no review comment either', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    const { result, sink } = await runScenario(prScenario(fake, { inputs: { comment: 'never' } }));
    expect(result?.comment.action).toBe('skipped');
    expect(fake.routes().filter((r) => r.includes('comments'))).toEqual([]);
    expect(sink.annotations('error')).toHaveLength(1);
  });
});

describe('pull requests: files', () => {
  it('judges only changed proposals: removed ignored, renamed at the new path', async () => {
    const fake = new FakeGitHub();
    fake.prFiles.push({ filename: 'proposals/old.yaml', status: 'removed' });
    fake.prFiles.push({
      filename: 'proposals/new.yaml',
      status: 'renamed',
      previous_filename: 'proposals/was.yaml',
    });
    fake.files.set('proposals/new.yaml', good);
    fake.files.set('proposals/untouched.md', bad);
    const { result } = await runScenario(prScenario(fake));
    expect(result?.report.proposals.map((p) => p.file)).toEqual(['proposals/new.yaml']);
    expect(result?.report.verdict).toBe('approved');
  });

  it('pages through 250 changed files', async () => {
    const fake = new FakeGitHub();
    for (let i = 0; i < 249; i++)
      fake.prFiles.push({ filename: `src/f${i}.go`, status: 'modified' });
    fake.addPrFile('proposals/orders.yaml', good);
    const { result } = await runScenario(prScenario(fake));
    expect(fake.count(FILES)).toBe(3);
    expect(result?.report.proposals).toHaveLength(1);
  });

  it('over 3,000 files: judges every proposal at the head instead, and says so', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', good);
    for (let i = 0; i < 3199; i++) fake.prFiles.push({ filename: `gen/f${i}.go`, status: 'added' });
    // Not among the changed files GitHub would list: judged all the same.
    fake.files.set('proposals/portal.md', bad);
    const { result, sink } = await runScenario(
      prScenario(fake, { payload: pullRequestPayload({ changed_files: 3200 }) }),
    );
    // The payload says 3,200: the files are not listed at all, the head's tree is.
    expect(fake.count(FILES)).toBe(0);
    expect(fake.calls.find((c) => c.route === TREE)?.params.tree_sha).toBe(HEAD);
    expect(result?.scope).toBe('all');
    expect(result?.report.proposals.map((p) => p.file)).toEqual([
      'proposals/orders.yaml',
      'proposals/portal.md',
    ]);
    expect(result?.report.verdict).toBe('changes-requested');
    expect(sink.failed.join('\n')).toMatch(/the gate fails/);
    const said =
      /this pull request changes 3200 files, but GitHub lists only the first 3000 files of a pull request/i;
    expect(sink.messages('info').join('\n')).toMatch(said);
    expect(sink.messages('info').join('\n')).toMatch(
      /every proposal in the repository at aaaaaaa is judged instead/,
    );
    const body = fake.comments[0]!.body;
    expect(body).toContain(
      '**Every proposal in the repository was judged**, not only the changed ones',
    );
    expect(body).toMatch(said);
    expect(body).toContain('Judged every proposal file in the repository');
    expect(body).not.toContain('(incomplete)');
    expect(result?.summary).toContain('**Every proposal in the repository was judged**');
  });

  it('over 3,000 files with the head checked out: walks the workspace, no tree request', async () => {
    const fake = new FakeGitHub();
    const { result, sink } = await runScenario(
      prScenario(fake, {
        event: 'pull_request',
        payload: pullRequestPayload({ changed_files: 5000 }),
        checkout: HEAD,
        workspaceFiles: { 'proposals/orders.yaml': good, 'proposals/portal.md': bad },
      }),
    );
    expect(fake.count(FILES)).toBe(0);
    expect(fake.count(TREE)).toBe(0);
    // No proposal through the API: only the approval policy, at the base commit.
    expect(fake.calls.filter((c) => c.route === CONTENTS).map((c) => c.params.path)).toEqual([
      '.github',
    ]);
    expect(result?.report.proposals).toHaveLength(2);
    expect(sink.failed.join('\n')).toMatch(/the gate fails/);
  });

  it('over 3,000 files and a head tree too large to list: the step fails, unless fail-on: never', async () => {
    for (const failOn of ['error', 'never']) {
      const fake = new FakeGitHub();
      fake.treeTruncated = true;
      fake.files.set('proposals/orders.yaml', good);
      const { result, sink } = await runScenario(
        prScenario(fake, {
          payload: pullRequestPayload({ changed_files: 5000 }),
          inputs: { 'fail-on': failOn },
        }),
      );
      expect(result?.report.verdict).toBe('approved');
      const why =
        /the repository too large for GitHub to list its files in one answer .*Check out the pull request head/;
      expect(sink.messages('warning').join('\n')).toMatch(why);
      const body = fake.comments[0]!.body;
      expect(body).toContain('## ⚠️ Stack Verdict: Approved (incomplete)');
      expect(body).not.toContain('✅ Stack Verdict');
      if (failOn === 'never') {
        expect(sink.failed).toEqual([]);
        expect(sink.messages('info').join('\n')).toMatch(/the gate passes \(fail-on: never\)/);
      } else {
        // The comment says what the step does: the gate fails, though no finding is an error.
        expect(body).toContain('the gate fails (fail-on: error)');
        expect(result?.report.gate.passed).toBe(false);
        expect(sink.failed).toHaveLength(1);
        expect(sink.failed[0]).toMatch(
          /^Stack Verdict: 1 proposal, 0 errors, .*not every proposal was seen/,
        );
        expect(sink.failed[0]).toMatch(why);
        expect(sink.failed[0]).toMatch(/The gate fails \(fail-on: error\)\.$/);
      }
    }
  });

  it('pull_request with the merge commit checked out reads the workspace, not the API', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', 'service: [broken');
    const { result } = await runScenario({
      event: 'pull_request',
      payload: pullRequestPayload(),
      fake,
      checkout: MERGE,
      workspaceFiles: { 'proposals/orders.yaml': good },
    });
    expect(result?.source).toMatchObject({ kind: 'workspace', checkout: 'merge' });
    // No proposal through the API: only the approval policy, at the base commit.
    expect(fake.calls.filter((c) => c.route === CONTENTS).map((c) => c.params)).toEqual([
      { owner: OWNER, repo: REPO, path: '.github', ref: BASE },
    ]);
    expect(result?.report.verdict).toBe('approved');
  });

  it('pull_request_target with the base checked out never reads the workspace', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', bad);
    const { result } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
      checkout: BASE,
      workspaceFiles: { 'proposals/orders.yaml': good },
    });
    expect(result?.source.kind).toBe('api');
    expect(result?.report.verdict).toBe('changes-requested');
  });

  it('reports a symbolic link in the pull request as an invalid proposal', async () => {
    const fake = new FakeGitHub();
    fake.prFiles.push({ filename: 'proposals/link.yaml', status: 'added' });
    fake.files.set('proposals/link.yaml', { symlink: '../../../etc/passwd' });
    const { result } = await runScenario(prScenario(fake));
    expect(result?.report.proposals[0]?.findings[0]).toMatchObject({
      rule: 'proposal-invalid',
      message: /symbolic link/,
    });
  });

  it('applies max-bytes to files read through the API', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', good);
    const { result } = await runScenario(prScenario(fake, { inputs: { 'max-bytes': '100' } }));
    expect(result?.report.proposals[0]?.findings[0]?.message).toMatch(/over the 100 bytes limit/);
  });
});

describe('forks: a read-only token', () => {
  it('403 on create: no failure, a warning saying why, annotations and summary still written', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/sessions.md', warn);
    fake.writeStatus = 403;
    const { result, sink } = await runScenario({
      event: 'pull_request',
      payload: pullRequestPayload({
        head: { sha: HEAD, repo: { full_name: 'fork-owner/services' } },
      }),
      fake,
    });
    expect(result?.context.pr?.fromFork).toBe(true);
    expect(result?.comment).toMatchObject({ action: 'failed', fatal: false });
    expect(sink.failed).toEqual([]);
    expect(sink.messages('warning').join('\n')).toMatch(
      /cannot comment on pull request #42 \(HTTP 403: Resource not accessible by integration\)\. The token can only read/,
    );
    expect(sink.annotations('warning')).toHaveLength(1);
    expect(sink.summaries).toHaveLength(1);
    expect(sink.summaries[0]).toContain('No pull request comment was written');
  });

  it('a fork in a public repository on pull_request: no write is tried, the same warning and summary', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/sessions.md', warn);
    const fork = (isPrivate: boolean) => {
      const payload = pullRequestPayload({
        head: { sha: HEAD, repo: { full_name: 'fork-owner/services' } },
      }) as { repository: Record<string, unknown> };
      payload.repository.private = isPrivate;
      return { event: 'pull_request', payload, fake };
    };
    const { result, sink } = await runScenario(fork(false));
    expect(result?.comment).toMatchObject({ action: 'failed', fatal: false });
    expect(fake.calls.filter((c) => !c.route.startsWith('GET '))).toEqual([]);
    expect(fake.comments).toEqual([]);
    expect(sink.failed).toEqual([]);
    expect(sink.messages('warning').join('\n')).toMatch(
      /cannot comment on pull request #42: on the pull_request event, GitHub gives a pull request from a fork in a public repository a token that can only read/,
    );
    expect(sink.summaries[0]).toContain('No pull request comment was written');
    // A private repository may give forks a token that writes: there it is tried.
    fake.calls = [];
    const tried = await runScenario(fork(true));
    expect(tried.result?.comment.action).toBe('created');
  });

  it('404 on update is a warning too', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', good);
    fake.comments.push({
      id: 9,
      body: ourBody(markerFor(''), 'old'),
      user: ACTIONS_BOT,
      html_url: '',
    });
    fake.writeStatus = 404;
    const { result, sink } = await runScenario(prScenario(fake));
    expect(result?.comment).toMatchObject({ action: 'failed', fatal: false });
    expect(sink.failed).toEqual([]);
  });

  it('403 on listing comments is a warning too', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', good);
    fake.listCommentsStatus = 403;
    const { result, sink } = await runScenario(prScenario(fake));
    expect(result?.comment).toMatchObject({ action: 'failed', fatal: false });
    expect(sink.failed).toEqual([]);
    expect(sink.summaries).toHaveLength(1);
  });

  it('any other API failure on the comment fails the step, after the summary', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', good);
    fake.writeStatus = 422;
    const { sink } = await runScenario(prScenario(fake));
    expect(sink.failed).toEqual([expect.stringMatching(/could not comment on pull request #42/)]);
    expect(sink.summaries).toHaveLength(1);
  });
});

describe('the gate', () => {
  async function gate(text: string, failOn: string) {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/p.md', text);
    const { sink } = await runScenario(
      prScenario(fake, { inputs: { 'fail-on': failOn, comment: 'never' } }),
    );
    return sink.failed;
  }

  it('fail-on: error fails on errors only', async () => {
    expect(await gate(bad, 'error')).toEqual([
      'Stack Verdict: Changes requested — 1 proposal, 1 error, 3 warnings, 1 notice; the gate fails (fail-on: error). The annotations and the job summary show each finding.',
    ]);
    expect(await gate(warn, 'error')).toEqual([]);
  });

  it('fail-on: warning fails on warnings too', async () => {
    expect(await gate(warn, 'warning')).toHaveLength(1);
    expect(await gate(noticeOnly.replace(/^/, ''), 'warning')).toEqual([]);
  });

  it('fail-on: never never fails', async () => {
    expect(await gate(bad, 'never')).toEqual([]);
  });

  it('a draft proposal never fails it', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/draft.yaml', draft);
    const { result, sink } = await runScenario(
      prScenario(fake, { inputs: { 'fail-on': 'warning' } }),
    );
    expect(result?.report.verdict).toBe('changes-requested');
    expect(sink.failed).toEqual([]);
    expect(sink.annotations('error')[0]?.message).toMatch(
      /^\(draft proposal, never fails the run\)/,
    );
  });
});

describe('annotations, outputs, summary', () => {
  it('annotates every finding with file, line, column and rule, most severe first', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    const { sink } = await runScenario(prScenario(fake));
    const annotations = sink.annotations();
    expect(annotations.map((a) => a.level)).toEqual([
      'error',
      'warning',
      'warning',
      'warning',
      'notice',
    ]);
    expect(annotations[0]).toMatchObject({
      props: {
        title: 'rust-without-measured-constraint',
        file: 'proposals/portal.md',
        startLine: 7,
        startColumn: 11,
      },
      message: expect.stringMatching(/^Rust chosen without a measured constraint/),
    });
  });

  it('stays within 10 of each level and says how many did not fit', async () => {
    const fake = new FakeGitHub();
    // One service each: a service named in two files is a duplicate-service error (policy 1.1).
    for (let i = 0; i < 12; i++) {
      const name = `p${String(i).padStart(2, '0')}`;
      fake.addPrFile(`proposals/${name}.md`, bad.replace(/^service: .*$/m, `service: ${name}`));
    }
    const { sink } = await runScenario(prScenario(fake, { inputs: { comment: 'never' } }));
    expect(sink.annotations('error')).toHaveLength(10);
    expect(sink.annotations('warning')).toHaveLength(10);
    expect(sink.annotations('notice')).toHaveLength(10);
    expect(sink.messages('info')).toContain(
      '30 more findings did not fit in the annotations (at most 10 of each level per step): 2 errors, 26 warnings, 2 notices. The job summary lists them all.',
    );
  });

  it('sets the outputs and writes the JSON report under RUNNER_TEMP', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.addPrFile('proposals/sessions.md', warn);
    const { sink, env } = await runScenario(prScenario(fake, { inputs: { 'comment-tag': 'x1' } }));
    expect(sink.outputs).toMatchObject({
      verdict: 'changes-requested',
      proposals: '2',
      errors: '1',
      warnings: '4',
      // session-store.md's measurements are links nobody can check: evidence-unverified.
      notices: '3',
    });
    expect(sink.outputs.report).toBe(`${env.RUNNER_TEMP}/stack-verdict/report-x1.json`);
    const json = JSON.parse(await readFile(sink.outputs.report!, 'utf8'));
    expect(json).toMatchObject({
      version: 1,
      verdict: 'changes-requested',
      counts: { proposals: 2 },
    });
  });

  it('puts the full report in the job summary, without the marker or the state', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    const { sink } = await runScenario(prScenario(fake));
    const summary = sink.summaries[0]!;
    expect(summary).toMatch(/^## ❌ Stack Verdict: Changes requested/);
    expect(summary).not.toContain('<!--');
    expect(summary).toContain('rust-ci-build-cost');
    expect(new TextEncoder().encode(summary).length).toBeLessThan(1024 * 1024);
  });

  it('goes on when the job summary cannot be written', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', good);
    const scenario = prScenario(fake);
    const { sink } = await runScenario({ ...scenario, env: { GITHUB_STEP_SUMMARY: '' } });
    expect(sink.failed).toEqual([]);
  });
});

describe('other events: scope all', () => {
  it('push walks the checked-out workspace', async () => {
    const { result, sink, fake } = await runScenario({
      event: 'push',
      checkout: HEAD,
      workspaceFiles: {
        'proposals/orders.yaml': good,
        'proposals/README.md': '# Proposals\n',
        'services/billing/service-proposal.yaml': warn.replace(/^---\n|---\n[\s\S]*$/g, ''),
        'node_modules/x/service-proposal.yaml': bad,
      },
    });
    expect(result?.scope).toBe('all');
    expect(result?.report.proposals.map((p) => p.file)).toEqual([
      'proposals/orders.yaml',
      'services/billing/service-proposal.yaml',
    ]);
    expect(result?.report.skipped.map((s) => s.file)).toEqual(['proposals/README.md']);
    expect(fake.calls).toEqual([]);
    expect(sink.failed).toEqual([]);
    expect(result?.summary).toContain(`/blob/${HEAD}/services/billing/service-proposal.yaml#L18`);
  });

  it('workflow_dispatch without a checkout lists the tree and reads through the API', async () => {
    const fake = new FakeGitHub();
    fake.files.set('proposals/portal.md', bad);
    fake.files.set('src/main.go', 'package main');
    const { result, sink } = await runScenario({
      event: 'workflow_dispatch',
      payload: { inputs: {} },
      fake,
    });
    expect(result?.source.kind).toBe('api');
    // The configuration at the commit (none in .github), the tree, the proposal.
    expect(fake.routes()).toEqual([CONTENTS, TREE, CONTENTS]);
    expect(result?.report.verdict).toBe('changes-requested');
    expect(result?.comment.action).toBe('skipped');
    expect(sink.failed).toHaveLength(1);
  });

  it('schedule with no proposal succeeds with a plain message', async () => {
    const { result, sink } = await runScenario({
      event: 'schedule',
      checkout: HEAD,
      workspaceFiles: { 'README.md': 'hi' },
    });
    expect(result?.report.verdict).toBe('no-proposals');
    expect(sink.failed).toEqual([]);
    expect(sink.messages('info')).toContain(
      'No service proposal matches the globs: nothing to judge.',
    );
    expect(result?.summary).toContain('No file in the repository matches the proposal globs');
  });

  it('merge_group judges the group head', async () => {
    const head = 'e'.repeat(40);
    const { result } = await runScenario({
      event: 'merge_group',
      payload: { merge_group: { head_sha: head, base_sha: BASE } },
      sha: head,
      checkout: head,
      workspaceFiles: { 'proposals/orders.yaml': good },
    });
    expect(result?.context.sha).toBe(head);
    expect(result?.source.kind).toBe('workspace');
    expect(result?.report.verdict).toBe('approved');
  });

  it('scope: changed outside a pull request falls back to all', async () => {
    const { result, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      inputs: { scope: 'changed' },
      workspaceFiles: { 'proposals/orders.yaml': good },
    });
    expect(result?.scope).toBe('all');
    expect(sink.messages('info').join('\n')).toMatch(/scope: changed needs a pull request/);
  });

  it('scope: all on a pull request judges every proposal, with the comment', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', good);
    fake.files.set('proposals/portal.md', bad);
    const { result } = await runScenario(
      prScenario(fake, { inputs: { scope: 'all', review: 'off' } }),
    );
    expect(result?.report.proposals).toHaveLength(2);
    expect(fake.count(FILES)).toBe(0);
    expect(result?.comment.action).toBe('created');
    // Review comments need the diff's lines: the files are listed once, for them only.
    const again = new FakeGitHub();
    again.addPrFile('proposals/orders.yaml', good);
    again.files.set('proposals/portal.md', bad);
    const reviewed = await runScenario(prScenario(again, { inputs: { scope: 'all' } }));
    expect(reviewed.result?.report.proposals).toHaveLength(2);
    expect(again.count(FILES)).toBe(1);
  });

  it('a truncated tree makes the run incomplete', async () => {
    const fake = new FakeGitHub();
    fake.treeTruncated = true;
    fake.files.set('proposals/orders.yaml', good);
    const { result, sink } = await runScenario({ event: 'push', fake });
    expect(result?.summary).toContain('Approved (incomplete)');
    expect(sink.messages('warning').join('\n')).toMatch(/too large for GitHub to list/);
  });
});

describe('inputs and context errors', () => {
  it('fails before any API call, listing each bad input', async () => {
    const fake = new FakeGitHub();
    const { result, sink, tokens } = await runScenario({
      event: 'push',
      fake,
      inputs: { 'fail-on': 'maybe', files: '/etc/*.yml', 'max-bytes': 'lots' },
    });
    expect(result).toBeUndefined();
    expect(tokens).toEqual([]);
    expect(fake.calls).toEqual([]);
    expect(sink.failed).toHaveLength(1);
    expect(sink.failed[0]).toMatch(/^Invalid inputs:\n/);
    expect(sink.failed[0]).toMatch(/fail-on/);
    expect(sink.failed[0]).toMatch(/is absolute/);
    expect(sink.failed[0]).toMatch(/max-bytes/);
  });

  it('says what the token lacks when the files of the pull request cannot be listed', async () => {
    const fake = new FakeGitHub();
    const request = fake.request.bind(fake);
    fake.request = async (route, params) => {
      if (route === FILES)
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
      return request(route, params);
    };
    const { sink } = await runScenario(prScenario(fake));
    expect(sink.failed).toEqual([
      'cannot list the files of pull request #42: Resource not accessible by integration (the token needs `pull-requests: read`)',
    ]);
  });

  it('fails with a clear message outside GitHub Actions', async () => {
    const { sink } = await runScenario({ event: 'push', env: { GITHUB_REPOSITORY: '' } });
    expect(sink.failed[0]).toMatch(/GITHUB_REPOSITORY must be "owner\/repo"/);
  });

  it('passes the token input to the client', async () => {
    const { tokens } = await runScenario({
      event: 'push',
      checkout: HEAD,
      inputs: { 'github-token': 'ghp_custom' },
    });
    expect(tokens).toEqual(['ghp_custom']);
  });
});

describe('docsBase', () => {
  it("links to the action's own repository at its ref", () => {
    expect(
      docsBase({
        GITHUB_SERVER_URL: 'https://ghe.example.com',
        GITHUB_ACTION_REPOSITORY: 'tools/stack-verdict',
        GITHUB_ACTION_REF: 'releases/v1',
      }),
    ).toBe('https://ghe.example.com/tools/stack-verdict/blob/releases/v1/docs/rules/');
  });

  it('falls back to the default without them (a local action)', () => {
    expect(
      docsBase({
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_ACTION_REPOSITORY: '',
        GITHUB_ACTION_REF: '',
      }),
    ).toBe(DEFAULT_DOCS_URL);
    expect(docsBase({})).toBe(DEFAULT_DOCS_URL);
  });
});

describe('the log holds user text safely', () => {
  it('never lets a file name start a line (a workflow command)', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/x\n::add-mask::secret.yml', good);
    const { sink } = await runScenario(prScenario(fake, { inputs: { comment: 'never' } }));
    expect(sink.messages('info').filter((m) => /\n/.test(m))).toEqual([]);
    expect(printable('a\n::b\r\u001b')).toBe('a\\n::b\\r\\u001b');
  });
});

describe('the comment holds user text safely', () => {
  it('escapes service names and file names from the pull request', async () => {
    const fake = new FakeGitHub();
    const evil = noticeOnly.replace(
      /^service: .*$/m,
      'service: "@admin <img src=x onerror=alert(1)> [x](javascript:alert(1))"',
    );
    fake.addPrFile('proposals/<b>@team</b>.yaml', evil);
    await runScenario(prScenario(fake));
    const body = fake.comments[0]!.body;
    const html = renderGfm(body);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(body).not.toMatch(/@admin|@team/);
    expect(html).not.toContain('href="javascript:');
    expect(body).toContain(`/blob/${HEAD}/proposals/%3Cb%3E%40team%3C/b%3E.yaml#L25`);
  });
});

describe('a file name with a lone surrogate (encodeURIComponent throws on "\\uD800")', () => {
  it('blobUrl never throws: the lone surrogate is linked as U+FFFD, pairs are kept', () => {
    const ctx = contextFromEvent(
      { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_SHA: HEAD },
      {},
    );
    expect(() => encodeURIComponent('a\uD800')).toThrow(URIError);
    expect(blobUrl(ctx, 'proposals/odd\uD800.yaml', 3)).toBe(
      `https://github.com/${OWNER}/${REPO}/blob/${HEAD}/proposals/odd%EF%BF%BD.yaml#L3`,
    );
    expect(blobUrl(ctx, '\uDC00/x\uD83D\uDE00\uD800.md', 1)).toBe(
      `https://github.com/${OWNER}/${REPO}/blob/${HEAD}/%EF%BF%BD/x%F0%9F%98%80%EF%BF%BD.md#L1`,
    );
  });

  it('the run comments with line links and writes the SARIF log', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/odd\uD800.md', bad);
    const { result, sink, workspace } = await runScenario(
      prScenario(fake, { inputs: { sarif: 'out/stack-verdict.sarif' } }),
    );
    expect(result?.report.proposals.map((p) => p.file)).toEqual(['proposals/odd\uD800.md']);
    // Only the gate fails (the proposal has an error): nothing threw.
    expect(sink.failed).toHaveLength(1);
    expect(sink.failed[0]).toMatch(/the gate fails/);
    expect(fake.comments[0]!.body).toContain(
      `(https://github.com/${OWNER}/${REPO}/blob/${HEAD}/proposals/odd%EF%BF%BD.md#L7)`,
    );
    const sarif = JSON.parse(
      await readFile(path.join(workspace, 'out/stack-verdict.sarif'), 'utf8'),
    ) as {
      runs: {
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    const uris = new Set(
      sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri),
    );
    expect([...uris]).toEqual(['proposals/odd%EF%BF%BD.md']);
  });
});
