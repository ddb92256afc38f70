// Another workflow that posts pull-request text as github-actions[bot] can
// start a comment with our marker. Such a look-alike must not be edited, deleted or read as
// state; only a comment whose whole body is ours is adopted, and with a `state-key` only one
// whose signature verifies.

import { afterEach, describe, expect, it } from 'vitest';
import { commentBody, readOurComment, type Signing } from '../../src/action/comment/body.js';
import { markerFor } from '../../src/action/comment/marker.js';
import { encodeState } from '../../src/core/state/codec.js';
import {
  ACTIONS_BOT,
  cleanTempDirs,
  example,
  FakeGitHub,
  ourBody,
  pullRequestPayload,
  runScenario,
  type Scenario,
} from './fake-github.js';

afterEach(cleanTempDirs);

const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const DELETE = 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}';
const marker = markerFor('');
const KEY = 'k'.repeat(16) + '0123456789abcdef0123';
const OTHER_KEY = 'z'.repeat(40);
const NEXT = 'd'.repeat(40);

function pr(fake: FakeGitHub, sha?: string, inputs: Record<string, string> = {}): Scenario {
  return {
    event: 'pull_request_target',
    payload: pullRequestPayload(sha ? { head: { sha } } : {}),
    fake,
    inputs,
  };
}

const touched = (fake: FakeGitHub, id: number) =>
  fake.calls.filter(
    (c) => (c.route === UPDATE || c.route === DELETE) && c.params.comment_id === id,
  );

/** Data that remembers three errors in a file, of a commit before this one. */
const forgedData = encodeState({
  sha: 'e'.repeat(40),
  entries: [0, 1, 2].map((n) => ({
    file: 'proposals/orders.yaml',
    rule: 'language-not-justified',
    severity: 'error' as const,
    n,
  })),
  complete: true,
});

describe('a look-alike comment by the same identity', () => {
  it('"Every proposal is fixed" over data that disagrees with its text: not edited, not trusted', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    const forged = `${marker}\n## ✅ Stack Verdict: Approved\n\n**1 proposal** · 0 errors · 0 warnings · 0 notices — the gate passes (fail-on: error)\n\n🎉 Every proposal is fixed.\n\n${forgedData}\n`;
    fake.comments.push({ id: 1, body: forged, user: ACTIONS_BOT, html_url: '' });
    const { result, sink } = await runScenario(pr(fake));
    expect(result?.comment.action).toBe('created');
    expect(touched(fake, 1)).toEqual([]);
    expect(fake.comments.find((c) => c.id === 1)!.body).toBe(forged);
    const ours = fake.comments.find((c) => c.id !== 1)!;
    expect(ours.body).not.toMatch(/Since the previous run|Resolved since/);
    expect(sink.messages('info').join('\n')).toMatch(
      /Comment 1 by github-actions\[bot\] carries this action's marker but is not wholly a comment of this action \(its data disagrees with its text\)/,
    );
  });

  it('a copy of our comment with text after its data comment is neither edited nor deleted', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    await runScenario(pr(fake));
    const ours = fake.comments[0]!;
    // Another workflow echoes it, older (id 1) and newer (id 5000) than ours.
    const echo = `${ours.body}\nPosted by the release workflow.`;
    fake.comments.unshift({ ...ours, id: 1, body: echo });
    fake.comments.push({ ...ours, id: 5000, body: echo });
    fake.calls = [];
    const { result } = await runScenario(pr(fake, NEXT));
    expect(result?.comment.action).toBe('updated');
    expect(fake.calls.filter((c) => c.route === UPDATE).map((c) => c.params.comment_id)).toEqual([
      ours.id,
    ]);
    expect(fake.calls.filter((c) => c.route === DELETE)).toEqual([]);
    expect(fake.comments.filter((c) => c.body === echo).map((c) => c.id)).toEqual([1, 5000]);
  });

  it('a look-alike whose data comment is not valid is not adopted', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    const forged = ourBody(marker).replace(/v1 [A-Za-z0-9+/=]+ -->/, 'v1 e30= -->');
    fake.comments.push({ id: 1, body: forged, user: ACTIONS_BOT, html_url: '' });
    const { result } = await runScenario(pr(fake));
    expect(result?.comment.action).toBe('created');
    expect(touched(fake, 1)).toEqual([]);
  });
});

describe('state-key', () => {
  it('signs the data comment; the next run with the key updates it and trusts its state', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', await example('customer-portal-api.md'));
    await runScenario(pr(fake, undefined, { 'state-key': KEY }));
    const ours = fake.comments[0]!;
    expect(ours.body).toMatch(
      /<!-- stack-verdict:state v1 [A-Za-z0-9+/=]+ sig=[0-9a-f]{64} -->\n$/,
    );
    fake.files.set('proposals/orders.yaml', await example('orders-api.yaml'));
    fake.calls = [];
    const { result } = await runScenario(pr(fake, NEXT, { 'state-key': KEY }));
    expect(result?.comment.action).toBe('updated');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toMatch(/Since the previous run/);
    expect(fake.comments[0]!.body).toMatch(/ sig=[0-9a-f]{64} -->\n$/);
  });

  it('leaves an unsigned comment of ours alone and posts a signed one', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', await example('customer-portal-api.md'));
    await runScenario(pr(fake));
    const unsigned = fake.comments[0]!;
    const before = unsigned.body;
    fake.calls = [];
    const { result, sink } = await runScenario(pr(fake, NEXT, { 'state-key': KEY }));
    expect(result?.comment.action).toBe('created');
    expect(touched(fake, unsigned.id)).toEqual([]);
    expect(fake.comments.find((c) => c.id === unsigned.id)!.body).toBe(before);
    const signed = fake.comments.find((c) => c.id !== unsigned.id)!;
    expect(signed.body).toMatch(/ sig=[0-9a-f]{64} -->\n$/);
    // Not compared with the unsigned comment's state.
    expect(signed.body).not.toMatch(/Since the previous run/);
    expect(sink.messages('info').join('\n')).toMatch(/is not signed with the state-key/);
  });

  it('leaves a comment signed with another key alone and posts its own', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', await example('customer-portal-api.md'));
    await runScenario(pr(fake, undefined, { 'state-key': OTHER_KEY }));
    const other = fake.comments[0]!;
    const before = other.body;
    fake.calls = [];
    const { result, sink } = await runScenario(pr(fake, NEXT, { 'state-key': KEY }));
    expect(result?.comment.action).toBe('created');
    expect(touched(fake, other.id)).toEqual([]);
    expect(fake.comments.find((c) => c.id === other.id)!.body).toBe(before);
    expect(sink.messages('info').join('\n')).toMatch(/its signature does not match the state-key/);
  });

  it('a race with the key still leaves one comment, the oldest signed one', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', await example('orders-api.yaml'));
    await runScenario(pr(fake, undefined, { 'state-key': KEY }));
    const ours = fake.comments[0]!;
    fake.comments.push({ ...ours, id: 5000 });
    // An unsigned copy of the same text is no duplicate of ours: it stays.
    fake.comments.push({ ...ours, id: 6000, body: ours.body.replace(/ sig=[0-9a-f]{64}/, '') });
    fake.calls = [];
    await runScenario(pr(fake, NEXT, { 'state-key': KEY }));
    expect(fake.calls.filter((c) => c.route === DELETE).map((c) => c.params.comment_id)).toEqual([
      5000,
    ]);
    expect(fake.comments.map((c) => c.id)).toEqual([ours.id, 6000]);
  });
});

describe('readOurComment', () => {
  const state = encodeState({ sha: 'a'.repeat(40), entries: [], complete: true });
  const signing: Signing = { key: KEY, scope: 'acme/services#42' };
  const body = ourBody(marker, 'note');

  it('adopts our own body, and gives its state', () => {
    expect(readOurComment(body, marker)).toMatchObject({ ok: true, state: { entries: [] } });
  });

  it.each([
    ['text before the marker', `Hi\n${body}`, 'the marker is not its first line'],
    ['no heading', body.replace(/\n## [^\n]*/, '\nHello'), 'it lacks our heading'],
    ['text after the data', `${body}more\n`, 'our data comment is not its end'],
    ['two data comments', body.replace('note', state), 'it holds more than one data comment'],
    [
      'counts that disagree',
      body.replace('0 errors', '2 errors'),
      'its data disagrees with its text',
    ],
    ['another tag', ourBody(markerFor('x')), 'the marker is not its first line'],
  ])('refuses %s', (_name, text, reason) => {
    expect(readOurComment(text, marker)).toEqual({ ok: false, reason });
  });

  it('with a key: verifies the signature, bound to the pull request', () => {
    const signed = ourBody(marker, 'note', signing);
    expect(readOurComment(signed, marker, signing).ok).toBe(true);
    // The signature covers the visible text as well as the data.
    expect(readOurComment(signed.replace('note', 'mine'), marker, signing)).toEqual({
      ok: false,
      reason: 'its signature does not match the state-key',
    });
    // A signed comment copied to another pull request does not verify there.
    expect(readOurComment(signed, marker, { ...signing, scope: 'acme/services#43' }).ok).toBe(
      false,
    );
    expect(readOurComment(body, marker, signing)).toEqual({
      ok: false,
      reason: 'it is not signed with the state-key',
    });
    // Without a key, a signed comment is read as any other.
    expect(readOurComment(signed, marker).ok).toBe(true);
  });

  it('signs exactly what commentBody wrote', () => {
    const markdown = `${marker}\n## ✅ Stack Verdict: Approved\n\n**0 proposals** · 0 errors · 0 warnings · 0 notices — the gate passes (fail-on: error)\n`;
    const signed = commentBody(markdown, state, signing);
    expect(signed.replace(/ sig=[0-9a-f]{64}/, '')).toBe(commentBody(markdown, state));
    expect(readOurComment(signed, marker, signing).ok).toBe(true);
  });
});
