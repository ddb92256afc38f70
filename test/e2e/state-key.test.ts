// The signed comment, end to end: the bundled Action under Node 24 with a
// `state-key`. An unsigned comment left by an earlier run is neither edited nor read as
// state; the signed comment the keyed run posts is the one later runs update.
import { describe, expect, it } from 'vitest';
import { fakeSha, type GitHubServer } from './support/github-server.js';
import { pullRequestEvent, PR_REPO } from './support/payloads.js';
import type { ActionRun } from './support/runner.js';
import {
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
const KEY = '3f1c9a0e5b7d2846c1e0f9a3b5d7e2c4a6b8d0f1e3c5a7b9d1f3e5a7c9b1d3e5';
const PORTAL = proposal('customer-portal-api.md');
const PORTAL_FIXED = PORTAL.replace(/^language: rust$/m, 'language: go').replace(
  /^ {4}source: estimate$/m,
  '    source: load-test\n    evidence: https://grafana.example.com/d/portal-load/portal-load-test',
);
const SIGNED = /<!-- stack-verdict:state v1 [A-Za-z0-9+/=]+ sig=[0-9a-f]{64} -->\n$/;
const plain = (body: string) => body.replaceAll('\u200b', '');

function onPush(
  server: GitHubServer,
  head: string,
  text: string,
  withKey: boolean,
): Promise<ActionRun> {
  server.push(PR, head, { 'proposals/customer-portal-api.md': text }, [
    { filename: 'proposals/customer-portal-api.md', status: 'added' },
  ]);
  server.resetLog();
  return runStep({
    node: node24(),
    server,
    event: 'pull_request',
    payload: pullRequestEvent('synchronize', { head, changedFiles: 1 }),
    sha: fakeSha(`merge:${head}`),
    ref: `refs/pull/${PR}/merge`,
    with: withKey ? { ...STEP, 'state-key': KEY } : STEP,
  });
}

describe('state-key', () => {
  it('leaves the unsigned comment alone, posts a signed one, and updates that one next time', async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });

    // 0. Before the key: an unsigned comment.
    await onPush(server, fakeSha('key-0'), PORTAL, false);
    expect(server.commentsOn(PR)).toHaveLength(1);
    const unsigned = server.commentsOn(PR)[0]!;
    const unsignedBody = unsigned.body;
    expect(unsignedBody).not.toMatch(SIGNED);

    // 1. With the key: the unsigned comment is not ours to edit; a signed one is created.
    const h1 = fakeSha('key-1');
    const first = await onPush(server, h1, PORTAL, true);
    expect(first.exitCode).toBe(1);
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 200',
      'pulls/list-review-comments 200',
      'git/get-tree 200',
      'issues/create-comment 201',
      'issues/list-comments 200',
    ]);
    expect(server.commentsOn(PR)).toHaveLength(2);
    const signed = server.commentsOn(PR).find((c) => c.id !== unsigned.id)!;
    expect(signed.body).toMatch(SIGNED);
    // Not compared with the unsigned comment's state.
    expect(plain(signed.body)).not.toContain('Since the previous run');
    expect(first.stdout).toContain(
      `Comment ${unsigned.id} by github-actions[bot] carries this action's marker but is not wholly a comment of this action (it is not signed with the state-key); it is left as it is.`,
    );
    expect(first.stdout).not.toContain(KEY);

    // 2. A fixing push with the key: the signed comment is updated and its state trusted.
    const second = await onPush(server, fakeSha('key-2'), PORTAL_FIXED, true);
    expect(second.exitCode).toBe(0);
    expect(sequence(server)).toEqual([
      'issues/list-comments 200',
      'pulls/list-files 200',
      'pulls/list-review-comments 200',
      'git/get-tree 200',
      'issues/update-comment 200',
    ]);
    expect(server.of('issues/update-comment')[0]!.params.comment_id).toBe(String(signed.id));
    expect(signed.body).toMatch(SIGNED);
    expect(plain(signed.body)).toContain(`Since the previous run (<code>${h1.slice(0, 7)}</code>)`);
    expect(plain(signed.body)).toMatch(/resolved/);
    expect(server.commentsOn(PR).find((c) => c.id === unsigned.id)!.body).toBe(unsignedBody);
    expect(second.stdout).not.toContain(KEY);
    expectConformant(server);

    // 3. A run without the key (a secret missing): the signed comment is not rewritten
    //    unsigned, nothing else is posted, and the log and the summary say why.
    const signedBody = signed.body;
    const keyless = await onPush(server, fakeSha('key-3'), PORTAL, false);
    expect(server.of('issues/update-comment')).toEqual([]);
    expect(server.of('issues/create-comment')).toEqual([]);
    expect(signed.body).toBe(signedBody);
    expect(server.commentsOn(PR)).toHaveLength(2);
    const why = `the verdict comment ${signed.id} is signed with a`;
    expect(keyless.stdout).toContain(why);
    expect(keyless.summary).toContain(`No pull request comment was written: ${why}`);
    expect(keyless.exitCode).toBe(1); // the gate still gates

    // 4. The key is back: the same signed comment is updated; never a second verdict comment.
    const back = await onPush(server, fakeSha('key-4'), PORTAL_FIXED, true);
    expect(back.exitCode).toBe(0);
    expect(server.of('issues/create-comment')).toEqual([]);
    expect(server.of('issues/update-comment')[0]!.params.comment_id).toBe(String(signed.id));
    expect(server.commentsOn(PR)).toHaveLength(2);
    expect(signed.body).toMatch(SIGNED);
    expectConformant(server);
  });
});
