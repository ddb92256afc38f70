// End to end: a pull_request_target run that checked out the head, where the
// pull request adds proposals/leak.yaml -> ../.git/config and actions/checkout left the token
// in .git/config. No byte of the token, nor of its base64, leaves the run.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeSha } from './support/github-server.js';
import { PR_REPO, pullRequestEvent } from './support/payloads.js';
import { exampleStep, node24, proposal, run, startServer } from './support/scenario.js';

const { owner: OWNER, repo: REPO, number: PR, baseSha: BASE } = PR_REPO;
const SECRET = 'ghs_checkoutTokenThatMustNeverLeak0000000';
const BASIC = Buffer.from(`x-access-token:${SECRET}`).toString('base64');
const GIT_CONFIG = `[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://github.com/${OWNER}/${REPO}\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n`;

/** Every file the run wrote (outputs, summary, report, SARIF…), not .git and not links. */
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

describe('pull_request_target with a link to .git/config', () => {
  it('never publishes the checkout token', async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });
    const head = fakeSha('leak-head');
    const files = { 'proposals/orders-api.yaml': proposal('orders-api.yaml') };
    server.push(PR, head, files, [
      { filename: 'proposals/orders-api.yaml', status: 'added' as const },
      { filename: 'proposals/leak.yaml', status: 'added' as const },
    ]);
    const result = await run({
      node: node24(),
      server,
      event: 'pull_request_target',
      payload: pullRequestEvent('opened', { head, changedFiles: 2 }),
      sha: BASE,
      ref: 'refs/heads/main',
      with: { ...exampleStep('pull-request.yml'), sarif: 'results/stack-verdict.sarif' },
      workspace: { ...files, '.git/config': GIT_CONFIG },
      links: { 'proposals/leak.yaml': '../.git/config' },
      checkout: head,
    });
    // The run judged the file and said why it could not read it.
    expect(result.report?.proposals.map((p) => p.file)).toContain('proposals/leak.yaml');
    expect(JSON.stringify(result.report)).toContain('link into .git');

    const needles = [SECRET, BASIC, BASIC.slice(0, 20), SECRET.slice(4, 24)];
    const haystacks: [string, string][] = [
      ['stdout', result.stdout],
      ['stderr', result.stderr],
      ['summary', result.summary],
      ['annotations', JSON.stringify([...result.annotations, ...result.messages])],
      ['outputs', JSON.stringify(result.outputs)],
      ...server.requests.map((r, i): [string, string] => [`request ${i}`, JSON.stringify(r)]),
      ...writtenFiles(result.root).map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
    ];
    expect(server.requests.some((r) => JSON.stringify(r).includes('leak.yaml'))).toBe(true);
    for (const [where, text] of haystacks) {
      for (const needle of needles) expect(text.includes(needle), where).toBe(false);
    }
  });
});
