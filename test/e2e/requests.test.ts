// How many requests a pull request run makes, and how many round trips they take one after
// another (issue 17): the requests that do not depend on one another go together.
import { describe, expect, it } from 'vitest';
import { fakeSha } from './support/github-server.js';
import { pullRequestEvent, PR_REPO } from './support/payloads.js';
import {
  exampleStep,
  expectConformant,
  node24,
  proposal,
  run as runStep,
  startServer,
} from './support/scenario.js';

const { owner: OWNER, repo: REPO, number: PR, baseSha: BASE } = PR_REPO;
const STEP = exampleStep('pull-request.yml');
const FILES = {
  'proposals/customer-portal-api.md': proposal('customer-portal-api.md'),
  'proposals/orders-api.yaml': proposal('orders-api.yaml'),
};
const CHANGED = Object.keys(FILES).map((filename) => ({ filename, status: 'added' as const }));

describe('requests of a pull request run', () => {
  it('the first comment: 7 requests in 4 round trips; an update: 6 in 3', async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });
    const runFor = (head: string) => {
      server.push(PR, head, FILES, CHANGED);
      server.resetLog();
      return runStep({
        node: node24(),
        server,
        event: 'pull_request',
        payload: pullRequestEvent('synchronize', { head, changedFiles: CHANGED.length }),
        sha: fakeSha(`merge:${head}`),
        ref: `refs/pull/${PR}/merge`,
        with: STEP,
      });
    };
    const byRound = () => {
      const rounds = server.roundTripOf();
      const out: string[][] = [];
      server.calls().forEach((c, i) => (out[rounds[i]! - 1] ??= []).push(c));
      return out.map((r) => r.sort());
    };

    await runFor(fakeSha('round-1'));
    // The configuration's folder, the files and the comments together; the two proposals
    // together; the comment; the look again for a racing run.
    expect(byRound()).toEqual([
      ['issues/list-comments 200', 'pulls/list-files 200', 'repos/get-content 404'],
      ['repos/get-content 200', 'repos/get-content 200'],
      ['issues/create-comment 201'],
      ['issues/list-comments 200'],
    ]);
    expect(server.requests).toHaveLength(7);
    expect(server.roundTrips()).toBe(4);

    await runFor(fakeSha('round-2'));
    expect(byRound()).toEqual([
      ['issues/list-comments 200', 'pulls/list-files 200', 'repos/get-content 404'],
      ['repos/get-content 200', 'repos/get-content 200'],
      ['issues/update-comment 200'],
    ]);
    expect(server.requests).toHaveLength(6);
    expect(server.roundTrips()).toBe(3);
    expectConformant(server);
  });
});
