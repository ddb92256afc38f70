// duplicate-service under `scope: changed`: a changed proposal is compared with every proposal
// of the repository the globs find at the commit, not only with the other changed ones; the
// unchanged ones report nothing of their own.
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanTempDirs,
  example,
  FakeGitHub,
  HEAD,
  pullRequestPayload,
  runScenario,
  type Scenario,
} from './fake-github.js';

afterEach(cleanTempDirs);

const ORDERS = await example('orders-api.yaml');
/** Another file proposing the same service (orders-api). */
const ORDERS_AGAIN = ORDERS.replace(/^summary: .*$/m, 'summary: The orders service, again.');

function target(fake: FakeGitHub, extra: Partial<Scenario> = {}): Scenario {
  return { event: 'pull_request_target', payload: pullRequestPayload(), fake, ...extra };
}

const duplicates = (report: { proposals: { file: string; findings: { rule: string }[] }[] }) =>
  report.proposals.flatMap((p) =>
    p.findings.filter((f) => f.rule === 'duplicate-service').map(() => p.file),
  );

const treeCalls = (fake: FakeGitHub) =>
  fake.calls.filter((c) => c.route === 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}');
const contents = (fake: FakeGitHub) =>
  fake.calls
    .filter((c) => c.route === 'GET /repos/{owner}/{repo}/contents/{path}')
    .map((c) => `${String(c.params.path)}@${String(c.params.ref)}`)
    .filter((r) => !r.startsWith('.github'));

describe('duplicate-service under scope: changed', () => {
  it('without a checkout: an unchanged proposal of the same service is found at the head and named', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders-v2.yaml', ORDERS_AGAIN);
    fake.files.set('proposals/orders-api.yaml', ORDERS);
    fake.files.set('src/main.go', 'package main\n');
    const { result } = await runScenario(target(fake));
    expect(result?.scope).toBe('changed');
    // Only the changed file is judged and reported; it names the other.
    expect(result?.report.proposals.map((p) => p.file)).toEqual(['proposals/orders-v2.yaml']);
    expect(duplicates(result!.report)).toEqual(['proposals/orders-v2.yaml']);
    const finding = result!.report.proposals[0]!.findings.find(
      (f) => f.rule === 'duplicate-service',
    );
    expect(finding?.message).toContain('proposals/orders-api.yaml');
    expect(treeCalls(fake).map((c) => c.params.tree_sha)).toEqual([HEAD]);
    expect(contents(fake)).toEqual([
      `proposals/orders-v2.yaml@${HEAD}`,
      `proposals/orders-api.yaml@${HEAD}`,
    ]);
  });

  it('with the head checked out: the others are read from the workspace, with no request', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders-v2.yaml', ORDERS_AGAIN);
    const { result } = await runScenario(
      target(fake, {
        checkout: HEAD,
        workspaceFiles: {
          'proposals/orders-v2.yaml': ORDERS_AGAIN,
          'proposals/orders-api.yaml': ORDERS,
        },
      }),
    );
    expect(duplicates(result!.report)).toEqual(['proposals/orders-v2.yaml']);
    expect(treeCalls(fake)).toEqual([]);
    expect(contents(fake)).toEqual([]);
  });

  it('a superseded record of the same service, or another service, is no duplicate', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders-v2.yaml', ORDERS_AGAIN);
    fake.files.set(
      'proposals/orders-api.yaml',
      ORDERS.replace(/^status: .*$/m, 'status: superseded'),
    );
    fake.files.set(
      'proposals/billing.yaml',
      ORDERS.replace(/^service: .*$/m, 'service: billing-api'),
    );
    const { result } = await runScenario(target(fake));
    expect(duplicates(result!.report)).toEqual([]);
    expect(contents(fake).sort()).toEqual([
      `proposals/billing.yaml@${HEAD}`,
      `proposals/orders-api.yaml@${HEAD}`,
      `proposals/orders-v2.yaml@${HEAD}`,
    ]);
  });

  it('no changed proposal, or duplicate-service and the other rules across proposals off: the others are not listed', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('src/main.go', 'package main\n');
    fake.files.set('proposals/orders-api.yaml', ORDERS);
    await runScenario(target(fake));
    expect(treeCalls(fake)).toEqual([]);

    const off = new FakeGitHub();
    off.addPrFile('proposals/orders-v2.yaml', ORDERS_AGAIN);
    off.files.set('proposals/orders-api.yaml', ORDERS);
    off.files.set(
      '.github/stack-verdict.yml',
      'rules:\n  duplicate-service: off\n  evidence-reused: off\n',
    );
    const { result } = await runScenario(target(off));
    expect(duplicates(result!.report)).toEqual([]);
    expect(treeCalls(off)).toEqual([]);
  });

  it('scope: all judges every proposal: each duplicate reports, and no second listing', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders-v2.yaml', ORDERS_AGAIN);
    fake.files.set('proposals/orders-api.yaml', ORDERS);
    const { result } = await runScenario(target(fake, { inputs: { scope: 'all' } }));
    expect(duplicates(result!.report).sort()).toEqual([
      'proposals/orders-api.yaml',
      'proposals/orders-v2.yaml',
    ]);
    expect(treeCalls(fake)).toHaveLength(1);
  });
});
