// End to end: a constraint's evidence is a file of the repository. On pull_request_target with
// no checkout (the fork-safe way) the Action reads it through the API at the head commit and
// judges the proposal with it; a link into .git is never asked for, and nothing of it leaves
// the run.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { fakeSha, type GitHubServer } from './support/github-server.js';
import { PR_REPO, pullRequestEvent } from './support/payloads.js';
import { ROOT, type ActionRun } from './support/runner.js';
import type { Report } from '../../src/core/types.js';
import {
  batchReads,
  exampleStep,
  expectConformant,
  node24,
  proposal,
  run,
  startServer,
} from './support/scenario.js';

const { owner: OWNER, repo: REPO, number: PR, baseSha: BASE, headRef: BRANCH } = PR_REPO;
const STEP = { ...exampleStep('pull-request.yml'), sarif: 'results/stack-verdict.sarif' };
const K6 = readFileSync(path.join(ROOT, 'examples', 'evidence', 'k6-summary-export.json'), 'utf8');
const SECRET = 'ghs_evidenceTokenThatMustNeverLeak000000';
const BASIC = Buffer.from(`x-access-token:${SECRET}`).toString('base64');
const GIT_CONFIG = `[remote "origin"]\n\turl = https://github.com/${OWNER}/${REPO}\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n`;

/** edge-proxy.yaml, its load test cited as `evidence` with a P99.9 limit of 40 ms. */
function edgeProxy(evidence: string, observed: string): string {
  return proposal('edge-proxy.yaml').replace(
    /^ {4}evidence: .*\n {4}observed: .*$/m,
    `    evidence: ${evidence}\n    limit: 'p(99.9) <= 40 ms'\n    observed: '${observed}'`,
  );
}

/** Markdown as a reviewer reads it: rendered by a GFM renderer, without the markup. */
function readable(body: string): string {
  return (marked.parse(body.replaceAll('&#8203;', ''), { async: false }) as string)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Every file the run wrote (outputs, summary, report, SARIF), not .git and not links. */
function writtenFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    const info = lstatSync(full);
    if (info.isSymbolicLink() || entry === '.git') continue;
    if (info.isDirectory()) writtenFiles(full, out);
    else out.push(full);
  }
  return out;
}

/** A pull_request_target run on the pull request's head `files`, with no checkout. */
async function onTarget(server: GitHubServer, label: string, files: Record<string, string>) {
  const head = fakeSha(label);
  server.push(
    PR,
    head,
    files,
    Object.keys(files)
      .filter((f) => !f.startsWith('.git/'))
      .map((filename) => ({ filename, status: 'added' as const })),
  );
  const result = await run({
    node: node24(),
    server,
    event: 'pull_request_target',
    payload: pullRequestEvent('opened', { head, changedFiles: Object.keys(files).length }),
    sha: BASE,
    ref: 'refs/heads/main',
    with: STEP,
  });
  return { head, result };
}

/** Paths the run asked the API for (contents reads and GraphQL batches), with their ref. */
function readPaths(server: GitHubServer): string[] {
  return [
    ...server.of('repos/get-content').map((r) => `${r.params.path}@${r.query.ref}`),
    ...server.requests.flatMap(batchReads).map((b) => `${b.path}@${b.ref}`),
  ];
}

function everything(result: ActionRun, server: GitHubServer): [string, string][] {
  return [
    ['stdout', result.stdout],
    ['stderr', result.stderr],
    ['summary', result.summary],
    ['annotations', JSON.stringify([...result.annotations, ...result.messages])],
    ['outputs', JSON.stringify(result.outputs)],
    ['comments', JSON.stringify(server.comments)],
    ...server.requests.map((r, i): [string, string] => [`request ${i}`, JSON.stringify(r)]),
    ...writtenFiles(result.root).map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
  ];
}

describe('evidence read by the Action', () => {
  it('pull_request_target without a checkout: the artefact a GitHub link names is read through the API at the head', async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });
    const link = `https://github.com/${OWNER}/${REPO}/blob/${BRANCH}/bench/edge/k6.json`;
    const { head, result } = await onTarget(server, 'evidence-head', {
      'proposals/edge-proxy.yaml': edgeProxy(link, 'P99.9 95 ms under the checkout load'),
      'bench/edge/k6.json': K6,
    });
    expect(result.report?.proposals.map((p) => p.file)).toEqual(['proposals/edge-proxy.yaml']);
    // The proposal, then the artefact, each at the head commit; nothing from the workspace.
    expect(readPaths(server).filter((p) => !p.startsWith('.github'))).toEqual([
      `proposals/edge-proxy.yaml@${head}`,
      `bench/edge/k6.json@${head}`,
    ]);
    const rounds = server.roundTripOf();
    const at = (p: string) => rounds[server.requests.findIndex((r) => r.params.path === p)]!;
    expect(at('bench/edge/k6.json')).toBe(at('proposals/edge-proxy.yaml') + 1);
    // Judged with the file's figure: its P99.9 (95.2 ms) against the limit, which agrees with
    // the 95 ms the proposal states; the file is new in this pull request.
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as Report;
    expect(report.proposals[0]!.evidence).toEqual([
      expect.objectContaining({
        path: 'bench/edge/k6.json',
        format: 'k6-summary-export',
        value: 95.2,
        unit: 'ms',
        limit: { stat: 'p99.9', op: '<=', value: 40, unit: 'ms' },
        status: 'verified',
        added: true,
      }),
    ]);
    // The comment, as a reviewer reads it, shows that figure, from the same data.
    const ev = report.proposals[0]!.evidence![0]!;
    const lines = readable(server.comments[0]!.body)
      .split('\n')
      .filter((l) => l.includes(`checked ${ev.path!}`));
    expect(lines).toHaveLength(1);
    const limit = ev.limit!;
    expect(lines[0]).toContain(
      `${ev.stat} ${ev.value} ${ev.unit} against ${limit.stat} ${limit.op} ${limit.value} ${limit.unit}`,
    );
    expect(lines[0]).toContain('added in this pull request');
    expect(readable(server.comments[0]!.body)).toContain('measured-constraint (verified)');
    expectConformant(server);
  });

  it('a GitHub link into .git is refused: no request for it, and no byte of it in the comment, summary, logs, outputs or SARIF', async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });
    const link = `https://github.com/${OWNER}/${REPO}/blob/${BRANCH}/.git/config`;
    const { result } = await onTarget(server, 'git-head', {
      'proposals/edge-proxy.yaml': edgeProxy(link, 'P99.9 95 ms under the checkout load'),
      // Git keeps no .git in a commit; the fake serves one, so a request for it would leak.
      '.git/config': GIT_CONFIG,
    });
    expect(result.report?.proposals.map((p) => p.file)).toEqual(['proposals/edge-proxy.yaml']);
    expect(readPaths(server).filter((p) => /(^|\/)\.git(\/|@)/i.test(p))).toEqual([]);
    expect(server.comments).toHaveLength(1);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as Report;
    expect(report.proposals[0]!.evidence?.[0]?.status).not.toBe('verified');
    expect(
      result.outputs.sarif ?? writtenFiles(result.root).some((f) => f.endsWith('.sarif')),
    ).toBeTruthy();
    const needles = [SECRET, BASIC, BASIC.slice(0, 20), 'extraheader', 'AUTHORIZATION'];
    for (const [where, text] of everything(result, server)) {
      for (const needle of needles)
        expect(text.includes(needle), `${where}: ${needle}`).toBe(false);
    }
    expectConformant(server);
  });
});
