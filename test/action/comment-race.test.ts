// The sticky comment under attack and under races: only a comment that starts with our
// marker and was written by this token's identity is ever edited or deleted. Two runs at the
// same time may both create a comment; the run that created the newer one sees the older
// when it looks again, moves its text there and deletes its own. Whatever a race still
// leaves (a listing that lagged, a failed delete), the next run removes.

import { afterEach, describe, expect, it } from 'vitest';
import { markerFor } from '../../src/action/comment/marker.js';
import { findComment } from '../../src/action/comment/sticky.js';
import type { ApiResponse } from '../../src/action/github.js';
import {
  ACTIONS_BOT,
  cleanTempDirs,
  example,
  FakeGitHub,
  HttpError,
  OWNER,
  PR_NUMBER,
  pullRequestPayload,
  REPO,
  runScenario,
  type FakeComment,
  type Scenario,
  ourBody,
} from './fake-github.js';

afterEach(cleanTempDirs);

const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const DELETE = 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}';
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const repo = { owner: OWNER, repo: REPO };
const marker = markerFor('');
const log = { info: () => {} };

/** The fake with update failures on demand, lagging listings, and a hook before each request. */
class Fake extends FakeGitHub {
  updateStatus: number | undefined;
  /** Hides comments from listings, as a listing that lags behind a write would. */
  hidden = new Set<number>();
  before: ((route: string) => Promise<void>) | undefined;

  override async request(
    route: string,
    params: Record<string, unknown> = {},
  ): Promise<ApiResponse> {
    await this.before?.(route);
    if (route === UPDATE && this.updateStatus) {
      this.calls.push({ route, params });
      throw new HttpError(this.updateStatus);
    }
    const res = await super.request(route, params);
    if (route === LIST && Array.isArray(res.data)) {
      return { ...res, data: (res.data as { id: number }[]).filter((c) => !this.hidden.has(c.id)) };
    }
    return res;
  }
}

function pr(fake: FakeGitHub, sha?: string, extra: Partial<Scenario> = {}): Scenario {
  return {
    event: 'pull_request_target',
    payload: pullRequestPayload(sha ? { head: { sha } } : {}),
    fake,
    ...extra,
  };
}

const deleted = (fake: FakeGitHub) =>
  fake.calls.filter((c) => c.route === DELETE).map((c) => c.params.comment_id);
const updated = (fake: FakeGitHub) =>
  fake.calls.filter((c) => c.route === UPDATE).map((c) => c.params.comment_id);

/** A copy of `comment` under another id: a second comment of ours, as a race leaves one. */
function duplicate(fake: FakeGitHub, comment: FakeComment, id: number, user = comment.user) {
  fake.comments.push({ ...comment, id, user });
}

describe('only our own comment is ever edited', () => {
  it("a human's comment that quotes our whole previous comment is left alone", async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/portal.md', await example('customer-portal-api.md'));
    await runScenario(pr(fake));
    const ours = fake.comments[0]!;
    const quoted = ours.body
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n');
    fake.comments.push({
      id: 5000,
      body: `${marker}\n${quoted}\n\nI disagree.`,
      user: { login: 'mallory', type: 'User' },
      html_url: '',
    });
    fake.files.set('proposals/portal.md', await example('orders-api.yaml'));
    const { result } = await runScenario(pr(fake, 'd'.repeat(40)));
    expect(result?.comment.action).toBe('updated');
    expect(fake.calls.filter((c) => c.route === UPDATE).map((c) => c.params.comment_id)).toEqual([
      ours.id,
    ]);
    expect(fake.comments.find((c) => c.id === 5000)!.body.endsWith('I disagree.')).toBe(true);
  });

  it('a comment of the same identity that only quotes the marker further down is not ours', async () => {
    // Another workflow posting as github-actions[bot] may echo text from the pull request.
    const fake = new Fake();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    const echoed = `Thanks for the PR! You wrote:\n> ${marker}\n> ## fake verdict`;
    fake.comments.push({ id: 7, body: echoed, user: ACTIONS_BOT, html_url: '' });
    const { result } = await runScenario(pr(fake));
    expect(result?.comment.action).toBe('created');
    expect(fake.count(UPDATE)).toBe(0);
    expect(fake.comments.find((c) => c.id === 7)!.body).toBe(echoed);
    const found = await findComment(fake, repo, PR_NUMBER, marker, log);
    expect(found.ours?.id).not.toBe(7);
  });

  it('of several comments of ours, the oldest is the one edited', async () => {
    const fake = new Fake();
    fake.comments.push({ id: 30, body: ourBody(marker, 'newer'), user: ACTIONS_BOT, html_url: '' });
    fake.comments.push({ id: 20, body: ourBody(marker, 'older'), user: ACTIONS_BOT, html_url: '' });
    expect((await findComment(fake, repo, PR_NUMBER, marker, log)).ours?.id).toBe(20);
  });
});

describe('two runs at the same time leave one comment', () => {
  /** Both runs list before either creates: the race, for certain. */
  function holdCreatesUntilBothListed(fake: Fake) {
    let listed = 0;
    let release!: () => void;
    const bothListed = new Promise<void>((resolve) => (release = resolve));
    fake.before = async (route) => {
      if (route === LIST && ++listed === 2) release();
      if (route === CREATE) await bothListed;
    };
  }

  it('both find nothing and both create; the newer moves its text to the oldest and deletes itself', async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/portal.md', await example('customer-portal-api.md'));
    holdCreatesUntilBothListed(fake);
    const shas = ['a'.repeat(40), 'e'.repeat(40)];
    const runs = await Promise.all(shas.map((sha) => runScenario(pr(fake, sha))));
    fake.before = undefined;
    expect(fake.count(CREATE)).toBe(2);
    // One listing to find the comment and one more after each create.
    expect(fake.count(LIST)).toBe(4);
    expect(runs.map((r) => r.result?.comment.action)).toEqual(['created', 'created']);
    expect(runs.flatMap((r) => r.sink.failed).every((m) => /gate fails/.test(m))).toBe(true);
    expect(fake.comments.map((c) => c.id)).toEqual([1000]);
    expect(deleted(fake)).toEqual([1001]);
    // Which run created the newer comment depends on timing: that run says so, and the kept
    // comment carries its text.
    const moved = runs.map((r) =>
      /Another run created comment 1000 at the same time; .* its own comment 1001 is deleted/.test(
        r.sink.messages('info').join('\n'),
      ),
    );
    expect(moved.filter(Boolean)).toHaveLength(1);
    const loser = shas[moved.indexOf(true)]!;
    expect(fake.comments[0]!.body).toContain(`/blob/${loser}/`);

    // The next run edits it and has nothing to delete.
    fake.calls = [];
    const next = await runScenario(pr(fake, 'f'.repeat(40)));
    expect(next.result?.comment.action).toBe('updated');
    expect(updated(fake)).toEqual([1000]);
    expect(fake.count(DELETE)).toBe(0);
    expect(fake.comments).toHaveLength(1);
  });

  it('a comment a third run deleted first (404 on delete) is no failure, and the text is kept', async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/portal.md', await example('customer-portal-api.md'));
    holdCreatesUntilBothListed(fake);
    const before = fake.before!;
    fake.before = async (route) => {
      await before(route);
      // Another run removes the newer comment just before this run's own delete.
      if (route === DELETE) fake.comments = fake.comments.filter((c) => c.id !== 1001);
    };
    const shas = ['a'.repeat(40), 'e'.repeat(40)];
    const runs = await Promise.all(shas.map((sha) => runScenario(pr(fake, sha))));
    fake.before = undefined;
    expect(runs.map((r) => r.result?.comment.action)).toEqual(['created', 'created']);
    for (const r of runs) {
      expect(r.sink.messages('info').join('\n')).not.toMatch(/Could not check/);
      expect(r.result?.comment).toMatchObject({ url: expect.stringContaining('1000') });
    }
    expect(fake.comments.map((c) => c.id)).toEqual([1000]);
  });

  it('a listing that lags behind the creates leaves a duplicate; the next run keeps the oldest and deletes it', async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/portal.md', await example('customer-portal-api.md'));
    holdCreatesUntilBothListed(fake);
    // Neither look-again listing shows the comments just created.
    fake.hidden = new Set([1000, 1001]);
    await Promise.all([runScenario(pr(fake)), runScenario(pr(fake, 'e'.repeat(40)))]);
    fake.before = undefined;
    fake.hidden.clear();
    expect(fake.comments.map((c) => c.id)).toEqual([1000, 1001]);
    expect(fake.count(DELETE)).toBe(0);

    fake.calls = [];
    const next = await runScenario(pr(fake, 'f'.repeat(40)));
    expect(next.result?.comment.action).toBe('updated');
    expect(updated(fake)).toEqual([1000]);
    expect(deleted(fake)).toEqual([1001]);
    expect(fake.comments.map((c) => c.id)).toEqual([1000]);
    expect(fake.comments[0]!.body).toContain(`/blob/${'f'.repeat(40)}/`);
    expect(next.sink.messages('info').join('\n')).toMatch(
      /Deleted comment 1001, a second comment of this action .*comment 1000 is kept/,
    );
    expect(next.sink.failed.every((m) => /gate fails/.test(m))).toBe(true);
  });

  it('a failed look-again is logged, never fatal: the comment was written', async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    let lists = 0;
    fake.before = async (route) => {
      if (route === LIST && ++lists === 2) throw new HttpError(500);
    };
    const { result, sink } = await runScenario(pr(fake));
    expect(result?.comment.action).toBe('created');
    expect(sink.failed).toEqual([]);
    expect(sink.messages('info').join('\n')).toMatch(
      /Could not check pull request #\d+ for a second comment of this action \(500\)/,
    );
    expect(fake.comments).toHaveLength(1);
  });

  it('a re-run of the same commit with a duplicate: unchanged text, the duplicate still deleted', async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    await runScenario(pr(fake));
    duplicate(fake, fake.comments[0]!, 1001);
    fake.calls = [];
    const { result } = await runScenario(pr(fake));
    expect(result?.comment.action).toBe('unchanged');
    expect(fake.count(UPDATE)).toBe(0);
    expect(deleted(fake)).toEqual([1001]);
  });

  it("never deletes or edits someone else's comment, even an older one with our marker", async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    await runScenario(pr(fake));
    const ours = fake.comments[0]!;
    // The same text, marker and data and all, under other authors, older and newer than ours.
    duplicate(fake, ours, 1, { login: 'mallory', type: 'User' });
    duplicate(fake, ours, 2, { login: 'other[bot]', type: 'Bot' });
    duplicate(fake, ours, 5000, { login: 'github-actions', type: 'User' });
    duplicate(fake, ours, 5001, ACTIONS_BOT);
    fake.calls = [];
    const { result } = await runScenario(pr(fake, 'd'.repeat(40)));
    expect(result?.comment.action).toBe('updated');
    expect(updated(fake)).toEqual([ours.id]);
    expect(deleted(fake)).toEqual([5001]);
    expect(fake.comments.map((c) => c.id).sort((x, y) => x - y)).toEqual([1, 2, ours.id, 5000]);
  });

  it('deletes no comment of another tag, none that only quotes our marker, none without our data', async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    await runScenario(pr(fake));
    const ours = fake.comments[0]!;
    const otherTag = ours.body.replace(marker, markerFor('other'));
    const quoting = `Thanks! You wrote:\n> ${marker}\n> ## fake`;
    // Starts with our marker but has no data comment: another workflow echoing the pull request.
    const echo = `${marker}\n## ✅ Stack Verdict: Approved`;
    fake.comments.push({ ...ours, id: 5000, body: otherTag });
    fake.comments.push({ ...ours, id: 5001, body: quoting });
    fake.comments.push({ ...ours, id: 5002, body: echo });
    fake.calls = [];
    const { result, sink } = await runScenario(pr(fake, 'd'.repeat(40)));
    expect(result?.comment.action).toBe('updated');
    expect(updated(fake)).toEqual([ours.id]);
    expect(fake.count(DELETE)).toBe(0);
    expect(fake.comments.map((c) => c.id)).toEqual([ours.id, 5000, 5001, 5002]);
    expect(sink.messages('info').join('\n')).toMatch(
      /Comment 5002 by github-actions\[bot\] carries this action's marker but is not wholly a comment of this action \(our data comment is not its end\); it is left as it is/,
    );
  });

  it('a failed delete leaves the duplicate, never a failed run; the next run tries again', async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    await runScenario(pr(fake));
    duplicate(fake, fake.comments[0]!, 1001);
    fake.deleteStatus = 403;
    let out = await runScenario(pr(fake, 'd'.repeat(40)));
    expect(out.result?.comment.action).toBe('updated');
    expect(out.sink.failed).toEqual([]);
    expect(out.sink.messages('warning')).toEqual([]);
    expect(out.sink.messages('info').join('\n')).toMatch(
      /Could not delete comment 1001, a second comment of this action \(403\); the next run tries again/,
    );
    expect(fake.comments.map((c) => c.id)).toEqual([1000, 1001]);
    fake.deleteStatus = undefined;
    out = await runScenario(pr(fake, 'e'.repeat(40)));
    expect(out.sink.failed).toEqual([]);
    expect(fake.comments.map((c) => c.id)).toEqual([1000]);
  });

  it('the oldest cannot be updated (a read-only token): nothing is deleted', async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    await runScenario(pr(fake));
    duplicate(fake, fake.comments[0]!, 1001);
    fake.updateStatus = 403;
    fake.calls = [];
    const { result } = await runScenario(pr(fake, 'd'.repeat(40)));
    expect(result?.comment.action).toBe('failed');
    expect(fake.count(DELETE)).toBe(0);
    expect(fake.comments.map((c) => c.id)).toEqual([1000, 1001]);
  });

  it("with a personal token, deletes that user's duplicates, never github-actions[bot]'s", async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    await runScenario(pr(fake));
    const botComment = fake.comments[0]!;
    const user = { login: 'release-user', type: 'User' as const };
    duplicate(fake, botComment, 2000, user);
    duplicate(fake, botComment, 2001, user);
    fake.userStatus = 200;
    fake.actor = user;
    fake.calls = [];
    const { result } = await runScenario(
      pr(fake, 'd'.repeat(40), { env: { 'INPUT_GITHUB-TOKEN': 'ghp_personal' } }),
    );
    expect(result?.comment.action).toBe('updated');
    expect(fake.routes()).toContain('GET /user');
    expect(updated(fake)).toEqual([2000]);
    expect(deleted(fake)).toEqual([2001]);
    expect(fake.comments.map((c) => c.id)).toEqual([botComment.id, 2000]);
  });
});
