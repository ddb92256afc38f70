// `stack-verdict check` reads the artefacts constraints cite, through the guarded reader, and
// judges the proposals again with them (docs/evidence.md). Scratch repositories on disk.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/types.js';
import { fakeIo, tempTree } from '../helpers.js';
import { example } from '../evidence/helpers.js';

const K6 = example('k6-summary-export.json'); // http_req_duration p99.9 95.2 ms

function proposalText(evidence: string, extra: Record<string, string> = {}): string {
  const fields = {
    evidence,
    observed: 'p99.9 95 ms at 2k rps',
    limit: 'p99.9 <= 40 ms',
    met: 'false',
    runtime: 'go1.26',
    ...extra,
  };
  return [
    'service: checkout-api',
    'language: rust',
    'kind: http-api',
    'workload:',
    '  bound: mixed',
    'constraints:',
    '  - type: tail-latency',
    '    source: load-test',
    ...Object.entries(fields).map(([k, v]) => `    ${k}: ${v}`),
    '',
  ].join('\n');
}

/** A repository: a `.git` folder, the proposal and the files given. */
function repo(files: Record<string, string>, origin?: string): string {
  const dir = tempTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/config': origin
      ? `[core]\n\tbare = false\n[remote "origin"]\n\turl = ${origin}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`
      : '[core]\n\tbare = false\n',
    ...files,
  });
  return dir;
}

async function check(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const t = fakeIo(cwd, env);
  const code = await runCli(['check', ...args], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

async function json(cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = await check(cwd, [...args, '--format', 'json'], env);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

describe('check reads the artefacts constraints cite', () => {
  it('a constraint its artefact verifies: verified in the report, the gate passes', async () => {
    const dir = repo({
      'proposals/checkout.yaml': proposalText('bench/k6.json'),
      'bench/k6.json': K6,
    });
    const { code, report } = await json(dir);
    expect(code).toBe(0);
    const p = report.proposals[0]!;
    expect(p.evidence).toMatchObject([
      { constraint: 0, path: 'bench/k6.json', status: 'verified', value: 95.2, unit: 'ms' },
    ]);
    expect(p.justificationBasis).toEqual({ 'measured-constraint': 'verified' });
  });

  it('a contradicted constraint fails the gate, with file, figure, limit and claim in the message', async () => {
    const dir = repo({
      'proposals/checkout.yaml': proposalText('../bench/k6.json', { met: 'true' }),
      'bench/k6.json': K6,
    });
    const { code, report } = await json(dir);
    expect(code).toBe(1);
    const f = report.proposals[0]!.findings.find((x) => x.rule === 'evidence-contradicts-claim')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('bench/k6.json');
    expect(f.message).toContain('p99.9 95.2 ms');
    expect(f.message).toContain('p99.9 <= 40 ms');
    expect(f.message).toContain('met: true');
    const text = await check(dir, []);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('evidence-contradicts-claim');
  });

  it('a missing file: evidence-unreadable, and the constraint cites nothing', async () => {
    const dir = repo({ 'proposals/checkout.yaml': proposalText('bench/k6.json') });
    const { report } = await json(dir);
    const p = report.proposals[0]!;
    expect(p.evidence).toMatchObject([{ status: 'unreadable', unreadable: 'nothing' }]);
    expect(p.findings.map((f) => f.rule)).toContain('evidence-unreadable');
    expect(p.justifications).toEqual([]);
  });

  it('a link into .git is refused, and no byte of it reaches any output', async () => {
    const secret = 'SECRET-7f3a9c-token';
    const dir = repo({ 'proposals/checkout.yaml': proposalText('bench/k6.json') });
    writeFileSync(path.join(dir, '.git', 'k6.json'), K6.replace('checkout', secret));
    mkdirSync(path.join(dir, 'bench'));
    symlinkSync(path.join(dir, '.git', 'k6.json'), path.join(dir, 'bench', 'k6.json'));
    const { report } = await json(dir);
    const e = report.proposals[0]!.evidence![0]!;
    expect(e).toMatchObject({ status: 'unreadable', unreadable: 'nothing', format: null });
    expect(e.reason).toContain('.git');
    for (const format of ['json', 'text', 'markdown', 'sarif', 'compact', 'junit', 'gitlab']) {
      const r = await check(dir, ['--format', format]);
      expect(r.stdout + r.stderr, format).not.toContain(secret);
      expect(r.stdout + r.stderr, format).not.toContain('1200000');
    }
  });

  it('a path into .git written in the proposal cites nothing and is never read', async () => {
    const dir = repo({ 'proposals/checkout.yaml': proposalText('.git/config') });
    const { report, stderr } = await json(dir);
    expect(stderr).toBe('');
    const p = report.proposals[0]!;
    expect(p.evidence ?? []).toEqual([]);
    expect(p.justifications).toEqual([]);
    expect(JSON.stringify(report)).not.toContain('bare = false');
  });

  it('root paths resolve from the git top level when run in a subfolder', async () => {
    const dir = repo({
      'services/checkout/proposal.yaml': proposalText('bench/k6.json'),
      'bench/k6.json': K6,
    });
    const { report } = await json(path.join(dir, 'services'), ['checkout/proposal.yaml']);
    expect(report.proposals[0]!.evidence![0]).toMatchObject({
      path: 'bench/k6.json',
      status: 'verified',
    });
  });

  it('a link to a file of this repository on GitHub is read as that file: --repository, GITHUB_REPOSITORY or origin', async () => {
    const link = 'https://github.com/Acme/Checkout/blob/main/bench/k6.json';
    const files = { 'proposals/checkout.yaml': proposalText(link), 'bench/k6.json': K6 };
    const status = async (dir: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
      (await json(dir, args, env)).report.proposals[0]!.evidence![0]!.status;
    expect(await status(repo(files), [])).toBe('url');
    expect(await status(repo(files), ['--repository', 'acme/checkout'])).toBe('verified');
    expect(await status(repo(files), [], { GITHUB_REPOSITORY: 'acme/checkout' })).toBe('verified');
    expect(await status(repo(files, 'git@github.com:acme/checkout.git'), [])).toBe('verified');
    expect(await status(repo(files, 'https://github.com/acme/other.git'), [])).toBe('url');
  });

  it('refuses a --repository that is not OWNER/REPO', async () => {
    const r = await check(repo({}), ['--repository', 'not a repo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--repository must be OWNER/REPO');
  });
});
