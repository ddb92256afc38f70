// How many requests a pull request run makes, and how many round trips they take one after
// another: the requests that do not depend on one another go together.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeSha, type GitHubServer } from './support/github-server.js';
import { pullRequestEvent, PR_REPO } from './support/payloads.js';
import { ROOT } from './support/runner.js';
import type { Report } from '../../src/core/types.js';
import {
  batchReads,
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
/** edge-proxy.yaml with its load test cited as a file of the repository: `evidence`. */
const citing = (evidence: string, service = 'edge-proxy') =>
  proposal('edge-proxy.yaml')
    .replace(/^service: .*$/m, `service: ${service}`)
    .replace(/^ {4}evidence: .*$/m, `    evidence: ${evidence}\n    limit: 'p(99.9) <= 40 ms'`);
const K6 = readFileSync(path.join(ROOT, 'examples', 'evidence', 'k6-summary-export.json'), 'utf8');
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
    // The configuration's folder, the files, the comments and the review comments together;
    // the two proposals together (through REST: GraphQL only pays for many), with the list of
    // the repository's proposals (for duplicate-service: here no other); the comment; the look
    // again for a racing run.
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['git/get-tree 200', 'repos/get-content 200', 'repos/get-content 200'],
      ['issues/create-comment 201'],
      ['issues/list-comments 200'],
    ]);
    expect(server.requests).toHaveLength(9);
    expect(server.roundTrips()).toBe(4);

    await pushAndRun(server, fakeSha('round-2'), FILES, false);
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['git/get-tree 200', 'repos/get-content 200', 'repos/get-content 200'],
      ['issues/update-comment 200'],
    ]);
    expect(server.requests).toHaveLength(8);
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
    expect(measured.one).toEqual(expected(['git/get-tree 200', 'repos/get-content 200']));
    expect(measured.fifty).toEqual(expected(['git/get-tree 200', 'graphql 200']));
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
      expect(rounds[1]).toEqual(['git/get-tree 200', refused ? 'graphql 403' : 'graphql 200']);
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

  it('a cited artefact: one more round trip without a checkout, read once however often cited; none from the checkout', async () => {
    const files = {
      'bench/edge/k6.json': K6,
      'proposals/edge-proxy.yaml': citing('../bench/edge/k6.json'),
      // The same file, as a link to it on GitHub (owner and name in another case).
      'proposals/edge-proxy-2.yaml': citing(
        `https://github.com/${OWNER.toUpperCase()}/${REPO.toLowerCase()}/blob/main/bench/edge/k6.json`,
        'edge-proxy-2',
      ),
    };
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });
    const head = fakeSha('cited-1');
    await pushAndRun(server, head, files, false);
    // The configuration's folder, the files and the comments; the two proposals; the
    // artefact they cite (once); the comment; the look again for a racing run.
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['git/get-tree 200', 'repos/get-content 200', 'repos/get-content 200'],
      ['repos/get-content 200'],
      ['issues/create-comment 201'],
      ['issues/list-comments 200'],
    ]);
    const rounds = server.roundTripOf();
    const third = server.requests.filter((_, i) => rounds[i] === 3);
    expect(third.map((r) => `${r.params.path}@${r.query.ref}`)).toEqual([
      `bench/edge/k6.json@${head}`,
    ]);
    expect(server.roundTrips()).toBe(5);
    expectConformant(server);

    // From the checkout the artefact is read from the workspace: the round trips of a run
    // that cites nothing.
    await pushAndRun(server, fakeSha('cited-2'), files, true);
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['issues/update-comment 200'],
    ]);
    expect(server.requests.some((r) => r.url.includes('bench'))).toBe(false);
    expectConformant(server);
  });

  it('without a checkout, many cited artefacts are read in one GraphQL request, in one round trip', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) {
      files[`bench/run-${i}/k6.json`] = K6;
      files[`proposals/edge-${i}.yaml`] = citing(`bench/run-${i}/k6.json`, `edge-${i}`);
    }
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });
    const head = fakeSha('many-cited');
    const run = await pushAndRun(server, head, files, false);
    expect(run.report?.proposals).toHaveLength(8);
    const rounds = byRound(server);
    // Eight proposals: REST, two round trips (GraphQL pays only for more), the first beside
    // the list of the repository's proposals; eight artefacts: one batch.
    expect(rounds.slice(1, 4)).toEqual([
      ['git/get-tree 200', ...Array(5).fill('repos/get-content 200')],
      Array(3).fill('repos/get-content 200'),
      ['graphql 200'],
    ]);
    const batch = server.of('graphql').flatMap(batchReads);
    expect(batch.map((b) => `${b.path}@${b.ref}`).sort()).toEqual(
      Object.keys(files)
        .filter((f) => f.startsWith('bench/'))
        .map((f) => `${f}@${head}`)
        .sort(),
    );
    expectConformant(server);
  });

  it('scope: changed, without a checkout: the unchanged proposals are listed beside the reads and read with the cited artefact, in the same round trip', async () => {
    const orders = proposal('orders-api.yaml');
    const head = fakeSha('others-1');
    const changed = {
      'proposals/edge-proxy.yaml': citing('../bench/edge/k6.json'),
      'proposals/orders-v2.yaml': orders.replace(/^summary: .*$/m, 'summary: Orders, again.'),
    };
    const files = {
      ...changed,
      'bench/edge/k6.json': K6,
      'proposals/orders-api.yaml': orders,
      'proposals/billing.yaml': orders.replace(/^service: .*$/m, 'service: billing-api'),
    };
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });
    server.push(PR, head, files, changedOf(changed));
    const run = await runStep({
      node: node24(),
      server,
      event: 'pull_request',
      payload: pullRequestEvent('synchronize', { head, changedFiles: 2 }),
      sha: fakeSha(`merge:${head}`),
      ref: `refs/pull/${PR}/merge`,
      with: STEP,
    });
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['git/get-tree 200', 'repos/get-content 200', 'repos/get-content 200'],
      // The artefact and the two unchanged proposals.
      ['repos/get-content 200', 'repos/get-content 200', 'repos/get-content 200'],
      ['issues/create-comment 201'],
      ['issues/list-comments 200'],
    ]);
    const rounds = server.roundTripOf();
    expect(
      server.requests
        .filter((_, i) => rounds[i] === 3)
        .map((r) => `${r.params.path}@${r.query.ref}`)
        .sort(),
    ).toEqual([
      `bench/edge/k6.json@${head}`,
      `proposals/billing.yaml@${head}`,
      `proposals/orders-api.yaml@${head}`,
    ]);
    // Only the changed proposals are reported; the new one is the duplicate of the old.
    expect(run.report?.proposals.map((p) => p.file)).toEqual([
      'proposals/edge-proxy.yaml',
      'proposals/orders-v2.yaml',
    ]);
    expect(server.comments[0]!.body).toContain('duplicate-service');
    const orders2 = (run.report as unknown as Report).proposals[1]!;
    expect(orders2.findings.find((f) => f.rule === 'duplicate-service')?.message).toContain(
      'proposals/orders-api.yaml',
    );
    expectConformant(server);
  });
});
