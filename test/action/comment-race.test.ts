// The sticky comment under attack and under races: only a comment that starts with our
// marker and was written by this token's identity is ever edited, and two runs at the same
// time leave one comment (the oldest), deleting only the duplicate a run made itself.

import { afterEach, describe, expect, it } from 'vitest';
import { createComment, findComment, markerFor } from '../../src/action/comment.js';
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
} from './fake-github.js';

afterEach(cleanTempDirs);

const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const DELETE = 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}';
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const repo = { owner: OWNER, repo: REPO };
const marker = markerFor('');
const log = { info: () => {} };

/** The fake with the delete route, failures on demand, and a hook before each request. */
class Fake extends FakeGitHub {
  deleteStatus: number | undefined;
  updateStatus: number | undefined;
  /** Hides comments from listings, as a listing that lags behind a write would. */
  hidden = new Set<number>();
  before: ((route: string) => Promise<void>) | undefined;

  override async request(
    route: string,
    params: Record<string, unknown> = {},
  ): Promise<ApiResponse> {
    await this.before?.(route);
    if (route === DELETE) {
      this.calls.push({ route, params });
      if (this.deleteStatus) throw new HttpError(this.deleteStatus);
      const i = this.comments.findIndex((c) => c.id === params.comment_id);
      if (i < 0) throw new HttpError(404);
      this.comments.splice(i, 1);
      return { status: 204, data: null };
    }
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

function pr(fake: FakeGitHub, sha?: string) {
  return {
    event: 'pull_request_target',
    payload: pullRequestPayload(sha ? { head: { sha } } : {}),
    fake,
  };
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
    fake.comments.push({ id: 30, body: `${marker}\nnewer`, user: ACTIONS_BOT, html_url: '' });
    fake.comments.push({ id: 20, body: `${marker}\nolder`, user: ACTIONS_BOT, html_url: '' });
    expect((await findComment(fake, repo, PR_NUMBER, marker, log)).ours?.id).toBe(20);
  });
});

describe('two runs at the same time leave one comment', () => {
  it('both find nothing, both create; the newer deletes itself and its text goes to the oldest', async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/portal.md', await example('customer-portal-api.md'));
    // Hold every create until both runs have listed the comments: the race, for certain.
    let listed = 0;
    let release!: () => void;
    const bothListed = new Promise<void>((resolve) => (release = resolve));
    fake.before = async (route) => {
      if (route === LIST && ++listed === 2) release();
      if (route === CREATE) await bothListed;
    };
    const [a, b] = await Promise.all([
      runScenario(pr(fake)),
      runScenario(pr(fake, 'e'.repeat(40))),
    ]);
    expect(fake.count(CREATE)).toBe(2);
    expect(fake.comments).toHaveLength(1);
    const kept = fake.comments[0]!;
    expect(kept.id).toBe(1000); // the first created
    expect(fake.calls.filter((c) => c.route === DELETE).map((c) => c.params.comment_id)).toEqual([
      1001,
    ]);
    expect([a.result?.comment.action, b.result?.comment.action]).toEqual(['created', 'created']);
    expect(a.sink.failed.concat(b.sink.failed).every((m) => /gate fails/.test(m))).toBe(true);
    // The kept comment carries the text of the run that deleted its own: the one at e…e.
    expect(kept.body).toContain(`/blob/${'e'.repeat(40)}/`);
    // And the next run edits it, as ever.
    const { result } = await runScenario(pr(fake, 'f'.repeat(40)));
    expect(result?.comment.action).toBe('updated');
    expect(fake.comments).toHaveLength(1);
  });

  it("never deletes or edits someone else's comment, even an older one with our marker", async () => {
    const fake = new Fake();
    fake.comments.push({
      id: 1,
      body: `${marker}\nmallory`,
      user: { login: 'mallory', type: 'User' },
      html_url: '',
    });
    fake.comments.push({
      id: 2,
      body: `${marker}\nother`,
      user: { login: 'other[bot]', type: 'Bot' },
      html_url: '',
    });
    const url = await createComment(fake, repo, PR_NUMBER, `${marker}\nours`);
    expect(url).toContain('#issuecomment-1000');
    expect(fake.count(DELETE)).toBe(0);
    expect(fake.count(UPDATE)).toBe(0);
    expect(fake.comments.map((c) => c.id)).toEqual([1, 2, 1000]);
  });

  it('keeps its comment when it is the oldest: the newer one is for its own run to delete', async () => {
    const fake = new Fake();
    fake.before = async (route) => {
      // Another run creates its comment just after ours.
      if (route === LIST && fake.comments.length === 1) {
        fake.comments.push({
          id: 5000,
          body: `${marker}\nother run`,
          user: ACTIONS_BOT,
          html_url: '',
        });
      }
    };
    await createComment(fake, repo, PR_NUMBER, `${marker}\nours`);
    expect(fake.count(DELETE)).toBe(0);
    expect(fake.comments.map((c) => c.id)).toEqual([1000, 5000]);
  });

  it('deletes only the comment it created, not other duplicates of ours', async () => {
    const fake = new Fake();
    fake.comments.push({ id: 10, body: `${marker}\noldest`, user: ACTIONS_BOT, html_url: 'u10' });
    fake.comments.push({
      id: 11,
      body: `${marker}\nanother run's`,
      user: ACTIONS_BOT,
      html_url: '',
    });
    const url = await createComment(fake, repo, PR_NUMBER, `${marker}\nours`);
    expect(url).toBe('u10');
    expect(fake.calls.filter((c) => c.route === DELETE).map((c) => c.params.comment_id)).toEqual([
      1000,
    ]);
    expect(fake.comments.find((c) => c.id === 10)!.body).toBe(`${marker}\nours`);
    expect(fake.comments.map((c) => c.id)).toEqual([10, 11]);
  });

  it('a comment of another tag is not a duplicate', async () => {
    const fake = new Fake();
    fake.comments.push({
      id: 10,
      body: `${markerFor('other')}\nx`,
      user: ACTIONS_BOT,
      html_url: '',
    });
    await createComment(fake, repo, PR_NUMBER, `${marker}\nours`);
    expect(fake.count(DELETE)).toBe(0);
  });

  it('a listing that does not show the new comment yet: nothing is deleted', async () => {
    const fake = new Fake();
    fake.comments.push({ id: 10, body: `${marker}\nolder`, user: ACTIONS_BOT, html_url: '' });
    fake.hidden.add(1000);
    await createComment(fake, repo, PR_NUMBER, `${marker}\nours`);
    expect(fake.count(DELETE)).toBe(0);
    expect(fake.count(UPDATE)).toBe(0);
  });

  it('the oldest cannot be edited (deleted meanwhile): its own comment stays', async () => {
    const fake = new Fake();
    fake.comments.push({ id: 10, body: `${marker}\nolder`, user: ACTIONS_BOT, html_url: '' });
    fake.updateStatus = 404;
    const url = await createComment(fake, repo, PR_NUMBER, `${marker}\nours`);
    expect(url).toContain('#issuecomment-1000');
    expect(fake.count(DELETE)).toBe(0);
    expect(fake.comments.map((c) => c.id)).toEqual([10, 1000]);
  });

  it('a failed delete leaves a duplicate, never a failed run', async () => {
    const fake = new Fake();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    fake.comments.push({ id: 10, body: `${marker}\nolder`, user: ACTIONS_BOT, html_url: '' });
    fake.deleteStatus = 403;
    // The run finds comment 10 and edits it; a direct create shows the delete failing.
    const logged: string[] = [];
    const url = await createComment(fake, repo, PR_NUMBER, `${marker}\nours`, {
      info: (m) => logged.push(m),
    });
    expect(url).toBeDefined();
    expect(logged.join('\n')).toMatch(/one duplicate may be left/);
    const { result, sink } = await runScenario(pr(fake));
    expect(result?.comment.action).toBe('updated');
    expect(sink.failed).toEqual([]);
  });
});
