import { describe, expect, it } from 'vitest';
import type { IssueComment } from '../../src/action/api/types.js';
import { ACTIONS_BOT, resolveIdentity, writtenBy } from '../../src/action/comment/identity.js';
import { hasMarker, markerFor } from '../../src/action/comment/marker.js';
import { findComment } from '../../src/action/comment/sticky.js';
import { decodeState, encodeState, STATE_BUDGET } from '../../src/core/state/codec.js';
import { baselineFor, diffAgainst } from '../../src/core/state/diff.js';
import { snapshotOf, type CommentState } from '../../src/core/state/snapshot.js';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import type { Report } from '../../src/core/types.js';
import {
  FakeGitHub,
  HEAD,
  BASE,
  OWNER,
  PR_NUMBER,
  REPO,
  example,
  ourBody,
  type FakeComment,
} from './fake-github.js';

const log = { info: () => {} };

async function report(files: Record<string, string>): Promise<Report> {
  const options = defaultEngineOptions();
  return buildReport(
    Object.entries(files).map(([f, t]) => judgeFile(f, t, options)),
    'error',
  );
}

describe('marker', () => {
  it('keeps tags apart', () => {
    const body = `${markerFor('a')}\n## Stack Verdict`;
    expect(hasMarker(body, markerFor('a'))).toBe(true);
    expect(hasMarker(body, markerFor(''))).toBe(false);
    expect(hasMarker(body, markerFor('ab'))).toBe(false);
    expect(hasMarker(`${markerFor('ab')}`, markerFor('a'))).toBe(false);
  });
});

describe('state', () => {
  it('round-trips through the comment, with base', async () => {
    const r = await report({ 'proposals/p.md': await example('customer-portal-api.md') });
    const state: CommentState = {
      ...snapshotOf(r, HEAD),
      base: { sha: BASE, entries: [], complete: true },
    };
    const text = encodeState(state);
    expect(text).toMatch(/^<!-- stack-verdict:state v1 [A-Za-z0-9+/=]+ -->$/);
    expect(decodeState(`## hi\n\n${text}\n`)).toEqual(state);
  });

  it('keeps file names with "-->" or mentions from showing or closing the comment', () => {
    const file = 'proposals/--> @admin <img src=x>.yaml';
    const text = encodeState({
      sha: HEAD,
      entries: [{ file, rule: 'team-missing', severity: 'warning', n: 0 }],
      complete: true,
    });
    expect(text.slice(4, -3)).not.toMatch(/-->|@|</);
    expect(decodeState(text)?.entries[0]?.file).toBe(file);
  });

  it('stays within its budget, dropping the base and then entries (marked incomplete)', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => ({
      file: `proposals/service-${i}.yaml`,
      rule: 'rust-onboarding-cost',
      severity: 'warning' as const,
      n: 0,
    }));
    const text = encodeState({
      sha: HEAD,
      entries,
      complete: true,
      base: { sha: BASE, entries, complete: true },
    });
    expect(text.length).toBeLessThanOrEqual(STATE_BUDGET);
    const back = decodeState(text)!;
    expect(back.base).toBeUndefined();
    expect(back.complete).toBe(false);
    expect(back.entries.length).toBeGreaterThan(50);
    expect(baselineFor(back, 'd'.repeat(40))).toBeUndefined();
  });

  it.each([
    ['no state', '## comment'],
    ['not base64 JSON', '<!-- stack-verdict:state v1 bm90IGpzb24= -->'],
    [
      'wrong version',
      `<!-- stack-verdict:state v1 ${Buffer.from('{"v":2}').toString('base64')} -->`,
    ],
    [
      'bad sha',
      `<!-- stack-verdict:state v1 ${Buffer.from('{"v":1,"sha":"x","files":[],"f":[]}').toString('base64')} -->`,
    ],
    [
      'bad rule id',
      `<!-- stack-verdict:state v1 ${Buffer.from(JSON.stringify({ v: 1, sha: HEAD, files: ['a'], f: [[0, '<b>', 'e', 0]] })).toString('base64')} -->`,
    ],
    [
      'file index out of range',
      `<!-- stack-verdict:state v1 ${Buffer.from(JSON.stringify({ v: 1, sha: HEAD, files: [], f: [[3, 'team-missing', 'e', 0]] })).toString('base64')} -->`,
    ],
  ])('ignores %s', (_name, body) => {
    expect(decodeState(body)).toBeUndefined();
  });

  it('diffs by file, rule and occurrence: new and resolved', async () => {
    const before = await report({
      'proposals/a.md': await example('customer-portal-api.md'),
      'proposals/gone.yaml': await example('org-chart-api.yaml'),
    });
    const after = await report({
      'proposals/a.md': await example('customer-portal-api.md'),
      'proposals/b.md': await example('session-store.md'),
    });
    const changes = diffAgainst(after, snapshotOf(before, BASE));
    expect(changes.previousSha).toBe(BASE);
    expect([...changes.newFindings].map((f) => f.rule).sort()).toEqual([
      'gc-remeasure-on-go-1-26',
      'go-despite-measured-constraint',
    ]);
    expect(changes.resolved).toEqual([
      { file: 'proposals/gone.yaml', rule: 'rust-without-measured-constraint', severity: 'error' },
      { file: 'proposals/gone.yaml', rule: 'team-missing', severity: 'warning' },
    ]);
  });

  it('does not call findings of unseen files resolved', async () => {
    const before = await report({ 'proposals/gone.yaml': await example('org-chart-api.yaml') });
    const after = await report({});
    expect(diffAgainst(after, snapshotOf(before, BASE), new Set()).resolved).toEqual([]);
  });

  it('compares a re-run of the same commit with what the first run compared with', () => {
    const base = { sha: BASE, entries: [], complete: true };
    const previous: CommentState = { sha: HEAD, entries: [], complete: true, base };
    expect(baselineFor(previous, HEAD)).toEqual(base);
    expect(baselineFor(previous, 'e'.repeat(40))).toEqual({
      sha: HEAD,
      entries: [],
      complete: true,
    });
    expect(baselineFor({ sha: HEAD, entries: [], complete: true }, HEAD)).toBeUndefined();
    expect(baselineFor(undefined, HEAD)).toBeUndefined();
  });

  it('never compares a run over every proposal with one over the changed files, either way', async () => {
    // A pull request over 3,000 files judges every proposal; the next run, under the cap, the
    // changed ones only: the proposals it does not judge must not show as resolved.
    const everything = await report({
      'proposals/a.md': await example('customer-portal-api.md'),
      'proposals/untouched.yaml': await example('org-chart-api.yaml'),
    });
    const all: CommentState = { ...snapshotOf(everything, BASE), all: true };
    const decoded = decodeState(encodeState(all));
    expect(decoded?.all).toBe(true);
    expect(baselineFor(decoded, HEAD, false)).toBeUndefined();
    expect(baselineFor(decoded, HEAD, true)).toMatchObject({ sha: BASE, all: true });
    const changed = decodeState(encodeState(snapshotOf(everything, BASE)));
    expect(changed?.all).toBeUndefined();
    expect(baselineFor(changed, HEAD, true)).toBeUndefined();
    expect(baselineFor(changed, HEAD, false)).toMatchObject({ sha: BASE });
  });
});

describe('identity', () => {
  const comment = (login: string, type: string): IssueComment => ({
    id: 1,
    body: '',
    user: { login, type },
  });

  it('takes the user of GET /user for a personal token', async () => {
    const fake = new FakeGitHub();
    fake.userStatus = 200;
    fake.actor = { login: 'alice', type: 'User' };
    expect(await resolveIdentity(fake, log)).toEqual({
      login: 'alice',
      bot: false,
      how: 'GET /user',
    });
  });

  it('asks the GraphQL viewer when GET /user refuses an installation token', async () => {
    const fake = new FakeGitHub();
    fake.viewerStatus = 200;
    fake.actor = { login: 'my-app[bot]', type: 'Bot' };
    const id = await resolveIdentity(fake, log);
    expect(id).toMatchObject({ login: 'my-app', bot: true, how: 'GraphQL viewer' });
    expect(writtenBy(comment('my-app[bot]', 'Bot'), id)).toBe(true);
    expect(writtenBy(comment('my-app', 'User'), id)).toBe(false);
  });

  it('does not ask GET /user for an installation token (ghs_): GitHub refuses it', async () => {
    const fake = new FakeGitHub();
    fake.viewerStatus = 200;
    fake.actor = { login: 'my-app[bot]', type: 'Bot' };
    const id = await resolveIdentity(fake, log, 'ghs_installation');
    expect(id).toMatchObject({ login: 'my-app', bot: true, how: 'GraphQL viewer' });
    expect(fake.routes()).toEqual(['POST /graphql']);
    const user = new FakeGitHub();
    user.userStatus = 200;
    user.actor = { login: 'alice', type: 'User' };
    expect(await resolveIdentity(user, log, 'ghp_personal')).toMatchObject({ login: 'alice' });
    expect(user.routes()).toEqual(['GET /user']);
  });

  it('falls back to github-actions[bot] when both are refused (the workflow token)', async () => {
    const fake = new FakeGitHub();
    const id = await resolveIdentity(fake, log);
    expect(id).toMatchObject({ login: ACTIONS_BOT, bot: true });
    expect(fake.routes()).toEqual(['GET /user', 'POST /graphql']);
    expect(writtenBy(comment('github-actions[bot]', 'Bot'), id)).toBe(true);
    expect(writtenBy(comment('dependabot[bot]', 'Bot'), id)).toBe(false);
    expect(writtenBy(comment('github-actions', 'User'), id)).toBe(false);
    expect(writtenBy({ id: 1, body: '', user: undefined }, id)).toBe(false);
  });

  it('does not take a user for a bot of the same name, or the reverse', () => {
    const user = { login: 'octo', bot: false, how: '' };
    expect(writtenBy(comment('octo', 'User'), user)).toBe(true);
    expect(writtenBy(comment('octo[bot]', 'Bot'), user)).toBe(false);
  });
});

describe('findComment', () => {
  const repo = { owner: OWNER, repo: REPO };
  const marker = markerFor('');

  it('does not look up the identity when no comment has the marker', async () => {
    const fake = new FakeGitHub();
    fake.comments.push({ id: 1, body: 'LGTM', user: { login: 'bob', type: 'User' }, html_url: '' });
    const found = await findComment(fake, repo, PR_NUMBER, marker, log);
    expect(found.ours).toBeUndefined();
    expect(fake.routes()).toEqual(['GET /repos/{owner}/{repo}/issues/{issue_number}/comments']);
  });

  it('finds ours among 150 comments over 2 pages, and lists the others with the marker', async () => {
    const fake = new FakeGitHub();
    for (let i = 0; i < 150; i++) {
      fake.comments.push({
        id: i + 1,
        body: `comment ${i}`,
        user: { login: 'bob', type: 'User' },
        html_url: '',
      });
    }
    fake.comments[3]!.body = `> quoting\n${marker}`;
    fake.comments[20] = {
      id: 21,
      body: ourBody(marker, 'fake'),
      user: { login: 'evil[bot]', type: 'Bot' },
      html_url: '',
    };
    fake.comments[120] = {
      id: 121,
      body: ourBody(marker, 'ours'),
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: '',
    };
    const found = await findComment(fake, repo, PR_NUMBER, marker, log);
    expect(found.ours?.id).toBe(121);
    expect(found.duplicates).toEqual([]);
    expect(found.foreign.map((c) => c.id)).toEqual([4, 21]);
    expect(fake.count('GET /repos/{owner}/{repo}/issues/{issue_number}/comments')).toBe(2);
  });

  const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
  const bot = (id: number, body = ourBody(marker, 'ours')): FakeComment => ({
    id,
    body,
    user: { login: ACTIONS_BOT, type: 'Bot' },
    html_url: '',
  });

  it("takes the workflow token's identity from github-actions[bot]'s comment, asking nothing more", async () => {
    const fake = new FakeGitHub();
    fake.comments.push(bot(7));
    for (const token of [undefined, 'ghs_installation', 'an-unknown-shape']) {
      fake.calls = [];
      const found = await findComment(fake, repo, PR_NUMBER, marker, log, { token });
      expect(found.ours?.id).toBe(7);
      expect(found.identity).toMatchObject({ login: ACTIONS_BOT, bot: true });
      expect(fake.routes()).toEqual([LIST]);
    }
  });

  it("asks who a user's token is, even beside github-actions[bot]'s comment", async () => {
    for (const token of [
      'ghp_classic',
      'github_pat_fine',
      'gho_oauth',
      'ghu_appuser',
      // A classic personal token made before GitHub prefixed them.
      '0123456789abcdef0123456789abcdef01234567',
    ]) {
      const fake = new FakeGitHub();
      fake.userStatus = 200;
      fake.actor = { login: 'alice', type: 'User' };
      fake.comments.push(bot(7));
      const found = await findComment(fake, repo, PR_NUMBER, marker, log, { token });
      expect(fake.routes()).toEqual([LIST, 'GET /user']);
      expect(found.ours).toBeUndefined();
      expect(found.foreign.map((c) => c.id)).toEqual([7]);
    }
  });

  it('asks when only another author wrote a comment that starts with the marker', async () => {
    const fake = new FakeGitHub();
    fake.comments.push({ ...bot(7), user: { login: 'other-app[bot]', type: 'Bot' } });
    const found = await findComment(fake, repo, PR_NUMBER, marker, log, { token: 'ghs_x' });
    // An installation token (ghs_): GET /user refuses it, so it is not asked.
    expect(fake.routes()).toEqual([LIST, 'POST /graphql']);
    expect(found.ours).toBeUndefined();
    expect(found.identity?.login).toBe(ACTIONS_BOT);
  });

  it('asks nothing when the marker is only quoted: no comment can be ours', async () => {
    const fake = new FakeGitHub();
    fake.comments.push({ ...bot(7), body: `> ${marker}` });
    const found = await findComment(fake, repo, PR_NUMBER, marker, log, { token: 'ghp_user' });
    expect(fake.routes()).toEqual([LIST]);
    expect(found).toMatchObject({ ours: undefined, duplicates: [], identity: undefined });
    expect(found.foreign.map((c) => c.id)).toEqual([7]);
  });

  it('gives the oldest comment of ours, and the newer ones as duplicates', async () => {
    const fake = new FakeGitHub();
    fake.comments.push(bot(30), bot(10), bot(20));
    const found = await findComment(fake, repo, PR_NUMBER, marker, log);
    expect(found.ours?.id).toBe(10);
    expect(found.duplicates.map((c) => c.id)).toEqual([20, 30]);
  });
});
