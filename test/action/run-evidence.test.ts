// The Action run with constraints citing files of the repository: the artefact is read once at
// the commit judged (through the API without a checkout, from the workspace with one), after
// the proposals; nothing is read when nothing is cited, and nothing under .git ever.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanTempDirs,
  example,
  FakeGitHub,
  HEAD,
  OWNER,
  pullRequestPayload,
  REPO,
  runScenario,
  type Scenario,
} from './fake-github.js';

afterEach(cleanTempDirs);

const K6 = await readFile(
  path.join(import.meta.dirname, '../../examples/evidence/k6-summary-export.json'),
  'utf8',
);
const EDGE = await example('edge-proxy.yaml');

/** edge-proxy.yaml with its load test cited as `evidence` and a P99.9 limit of 40 ms. */
function edgeProxy(evidence: string): string {
  return EDGE.replace(
    /^ {4}evidence: .*\n {4}observed: .*$/m,
    `    evidence: ${evidence}\n    limit: 'p(99.9) <= 40 ms'\n    observed: 'P99.9 95 ms under the checkout load'`,
  );
}

function target(fake: FakeGitHub, extra: Partial<Scenario> = {}): Scenario {
  return { event: 'pull_request_target', payload: pullRequestPayload(), fake, ...extra };
}

/** The contents reads of the run, as path@ref, in the order made (the configuration aside). */
function contentsReads(fake: FakeGitHub): string[] {
  return fake.calls
    .filter((c) => c.route === 'GET /repos/{owner}/{repo}/contents/{path}')
    .map((c) => `${String(c.params.path)}@${String(c.params.ref)}`)
    .filter((r) => !r.startsWith('.github'));
}

describe('the Action reads cited artefacts', () => {
  it('without a checkout: a link to a file of this repository on GitHub is read through the API at the head, after the proposal', async () => {
    const fake = new FakeGitHub();
    const link = `https://github.com/${OWNER.toUpperCase()}/${REPO}/blob/main/bench/edge/k6.json`;
    fake.addPrFile('proposals/edge-proxy.yaml', edgeProxy(link));
    fake.addPrFile('bench/edge/k6.json', K6);
    const { result, sink } = await runScenario(target(fake));
    expect(sink.failed).toEqual([]);
    expect(result?.source.kind).toBe('api');
    expect(contentsReads(fake)).toEqual([
      `proposals/edge-proxy.yaml@${HEAD}`,
      `bench/edge/k6.json@${HEAD}`,
    ]);
    // Judged with it: the file's P99.9 (95.2 ms) against the limit, new in this pull request.
    expect(result?.report.proposals[0]?.evidence).toEqual([
      expect.objectContaining({
        path: 'bench/edge/k6.json',
        format: 'k6-summary-export',
        value: 95.2,
        unit: 'ms',
        limit: { stat: 'p99.9', op: '<=', value: 40, unit: 'ms' },
        met: false,
        status: 'verified',
        added: true,
      }),
    ]);
  });

  it('an artefact missing at the commit, or over max-evidence-bytes, is not read and the report says so', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/edge-proxy.yaml', edgeProxy('bench/edge/k6.json'));
    fake.addPrFile(
      'proposals/edge-2.yaml',
      edgeProxy('bench/edge/gone.json').replace('service: edge-proxy', 'service: edge-2'),
    );
    fake.addPrFile('bench/edge/k6.json', K6);
    fake.files.set('.github/stack-verdict.yml', 'max-evidence-bytes: 1024\n');
    const { result } = await runScenario(target(fake));
    const byFile = Object.fromEntries(
      (result?.report.proposals ?? []).map((p) => [p.file, p.evidence?.[0]?.status]),
    );
    expect(byFile).toEqual({
      'proposals/edge-2.yaml': 'unreadable',
      'proposals/edge-proxy.yaml': 'unreadable',
    });
    const rules = (result?.report.proposals ?? []).flatMap((p) => p.findings.map((f) => f.rule));
    expect(rules.filter((r) => r === 'evidence-unreadable')).toHaveLength(2);
    // Over the cap: its size was enough to refuse it; nothing beyond the contents answer.
    expect(fake.calls.some((c) => c.route.includes('/git/blobs/'))).toBe(false);
  });

  it('a path cited by two proposals, once relative and once from the root, is read once', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/edge-proxy.yaml', edgeProxy('../bench/edge/k6.json'));
    fake.addPrFile(
      'proposals/edge-2.yaml',
      edgeProxy('bench/edge/k6.json').replace('service: edge-proxy', 'service: edge-2'),
    );
    fake.addPrFile('bench/edge/k6.json', K6);
    await runScenario(target(fake));
    expect(contentsReads(fake).filter((r) => r.startsWith('bench/'))).toEqual([
      `bench/edge/k6.json@${HEAD}`,
    ]);
  });

  it('nothing cited: no read beyond the proposals', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/edge-proxy.yaml', EDGE);
    fake.addPrFile('bench/edge/k6.json', K6);
    await runScenario(target(fake));
    expect(contentsReads(fake)).toEqual([`proposals/edge-proxy.yaml@${HEAD}`]);
  });

  it('with the head checked out: the artefact is read from the workspace, with no request', async () => {
    const fake = new FakeGitHub();
    const files = {
      'proposals/edge-proxy.yaml': edgeProxy('bench/edge/k6.json'),
      'bench/edge/k6.json': K6,
    };
    for (const [f, t] of Object.entries(files)) fake.addPrFile(f, t);
    const { result } = await runScenario(target(fake, { workspaceFiles: files, checkout: HEAD }));
    expect(result?.source.kind).toBe('workspace');
    expect(contentsReads(fake)).toEqual([]);
  });

  it('a link into .git, or a path into it, is never asked for', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile(
      'proposals/edge-proxy.yaml',
      edgeProxy(`https://github.com/${OWNER}/${REPO}/blob/main/.git/config`),
    );
    fake.addPrFile(
      'proposals/edge-2.yaml',
      edgeProxy('../.git/config').replace('service: edge-proxy', 'service: edge-2'),
    );
    fake.files.set('.git/config', '[remote "origin"]\n');
    await runScenario(target(fake));
    expect(contentsReads(fake).filter((r) => /\.git[/@]/i.test(r))).toEqual([]);
  });
});
