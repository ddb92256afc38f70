// How many requests a pull request run makes, and how many round trips they take one after
// another: the requests that do not depend on one another go together.
import { describe, expect, it } from 'vitest';
import { fakeSha, type GitHubServer } from './support/github-server.js';
import { pullRequestEvent, PR_REPO } from './support/payloads.js';
import {
  exampleStep,
  expectConformant,
  expectContentsReads,
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
const ORDERS = proposal('orders-api.yaml');
const changedOf = (files: Record<string, string>) =>
  Object.keys(files).map((filename) => ({ filename, status: 'added' as const }));

/** One run on a new push to the pull request, with or without its merge commit checked out. */
function pushAndRun(
  server: GitHubServer,
  head: string,
  files: Record<string, string>,
  checkout: boolean,
) {
  const changed = changedOf(files);
  server.push(PR, head, files, changed);
  server.resetLog();
  const merge = fakeSha(`merge:${head}`);
  return runStep({
    node: node24(),
    server,
    event: 'pull_request',
    payload: pullRequestEvent('synchronize', { head, changedFiles: changed.length }),
    sha: merge,
    ref: `refs/pull/${PR}/merge`,
    with: STEP,
    ...(checkout ? { workspace: files, checkout: merge } : {}),
  });
}

/** The requests of the last run, round trip by round trip, each round in name order. */
function byRound(server: GitHubServer): string[][] {
  const rounds = server.roundTripOf();
  const out: string[][] = [];
  server.calls().forEach((c, i) => (out[rounds[i]! - 1] ??= []).push(c));
  return out.map((r) => r.sort());
}

describe('requests of a pull request run', () => {
  it('with a checkout: the first comment in 3 round trips, an update in 2', async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });

    const first = await pushAndRun(server, fakeSha('checkout-1'), FILES, true);
    expect(first.outputs.verdict).toBeDefined();
    // The files, the comments, the review comments and who may approve a waiver (the
    // configuration at the base commit: its folder, 404 here) together; the comment; the look again for a racing run.
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['issues/create-comment 201'],
      ['issues/list-comments 200'],
    ]);
    expect(server.of('repos/get-content').map((r) => `${r.params.path}@${r.query.ref}`)).toEqual([
      `.github@${BASE}`,
    ]);
    expect(server.requests).toHaveLength(6);
    expect(server.roundTrips()).toBe(3);

    await pushAndRun(server, fakeSha('checkout-2'), FILES, true);
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['issues/update-comment 200'],
    ]);
    expect(server.requests).toHaveLength(5);
    expect(server.roundTrips()).toBe(2);
    expectConformant(server);
  });

  it('without a checkout: the first comment in 4 round trips, an update in 3', async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });

    await pushAndRun(server, fakeSha('round-1'), FILES, false);
    // The configuration's folder, the files, the comments and the review comments together; the two proposals
    // together (through REST: GraphQL only pays for many); the comment; the look again for a
    // racing run.
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['repos/get-content 200', 'repos/get-content 200'],
      ['issues/create-comment 201'],
      ['issues/list-comments 200'],
    ]);
    expect(server.requests).toHaveLength(8);
    expect(server.roundTrips()).toBe(4);

    await pushAndRun(server, fakeSha('round-2'), FILES, false);
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['repos/get-content 200', 'repos/get-content 200'],
      ['issues/update-comment 200'],
    ]);
    expect(server.requests).toHaveLength(7);
    expect(server.roundTrips()).toBe(3);
    expectConformant(server);
  });

  it('without a checkout, 50 proposals take the round trips of one: one GraphQL request reads them', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [
        `proposals/svc-${String(i).padStart(2, '0')}.yaml`,
        ORDERS.replace(/^service: .*$/m, `service: svc-${i}`),
      ]),
    );
    const one = { 'proposals/svc-00.yaml': many['proposals/svc-00.yaml']! };
    const measured: Record<string, { first: string[][]; update: string[][] }> = {};
    for (const [label, files] of [
      ['one', one],
      ['fifty', many],
    ] as const) {
      const server = await startServer(OWNER, REPO);
      server.commit(BASE, { 'README.md': '# Services\n' });
      const first = await pushAndRun(server, fakeSha(`${label}-1`), files, false);
      expect(first.report?.proposals).toHaveLength(Object.keys(files).length);
      expectContentsReads(server, {
        proposals: Object.keys(files),
        at: fakeSha(`${label}-1`),
        configAt: BASE,
      });
      const firstRounds = byRound(server);
      await pushAndRun(server, fakeSha(`${label}-2`), files, false);
      measured[label] = { first: firstRounds, update: byRound(server) };
      expectConformant(server);
    }
    const expected = (contents: string[]) => ({
      first: [
        [
          'issues/list-comments 200',
          'pulls/list-files 200',
          'pulls/list-review-comments 200',
          'repos/get-content 404',
        ],
        contents,
        ['issues/create-comment 201'],
        ['issues/list-comments 200'],
      ],
      update: [
        [
          'issues/list-comments 200',
          'pulls/list-files 200',
          'pulls/list-review-comments 200',
          'repos/get-content 404',
        ],
        contents,
        ['issues/update-comment 200'],
      ],
    });
    expect(measured.one).toEqual(expected(['repos/get-content 200']));
    expect(measured.fifty).toEqual(expected(['graphql 200']));
    expect(measured.fifty!.first.length).toBeLessThanOrEqual(measured.one!.first.length + 2);
    expect(measured.fifty!.update.length).toBeLessThanOrEqual(measured.one!.update.length + 2);
  });

  it('without a checkout, a GraphQL request GitHub refuses: the proposals are read through REST, judged the same', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [
        `proposals/svc-${String(i).padStart(2, '0')}.yaml`,
        ORDERS.replace(/^service: .*$/m, `service: svc-${i}`),
      ]),
    );
    const reports: unknown[] = [];
    for (const refused of [false, true]) {
      const server = await startServer(OWNER, REPO);
      server.commit(BASE, { 'README.md': '# Services\n' });
      if (refused) {
        server.faults.push({
          operationId: 'graphql',
          status: 403,
          message: 'Resource not accessible by integration',
        });
      }
      const run = await pushAndRun(server, fakeSha('refused-1'), files, false);
      reports.push(run.report);
      const rounds = byRound(server);
      expect(rounds[1]).toEqual([refused ? 'graphql 403' : 'graphql 200']);
      const reads = server.of('repos/get-content').filter((r) => r.params.path !== '.github');
      expect(reads).toHaveLength(refused ? 20 : 0);
      expectContentsReads(server, {
        proposals: Object.keys(files),
        at: fakeSha('refused-1'),
        configAt: BASE,
      });
      expectConformant(server);
    }
    expect(reports[1]).toEqual(reports[0]);
  });
});
