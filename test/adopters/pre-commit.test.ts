// The pre-commit hook follows the team's configuration: pre-commit passes the staged YAML and
// Markdown files, and the hook judges those the configuration's `files` globs match and skips
// the others quietly. First as the hook's command line (entry + args + file names), then with
// pre-commit itself (`pre-commit try-repo` of this repository on a scratch git repository),
// which CI installs (Debian's package, in .ci/run).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { plural } from '../../src/core/format.js';
import type { Report } from '../../src/core/types.js';
import { fakeIo, proposal, REPO_ROOT, tempTree } from '../helpers.js';

interface Hook {
  id: string;
  entry: string;
  args: string[];
  files: string;
}
const HOOK = (
  parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]
).find((h) => h.id === 'stack-verdict')!;

const named = (text: string, service: string) =>
  text.replace('service: svc', `service: ${service}`);
const RUST_BAD = proposal({ language: 'rust' }, 'team:\n  size: 2\n  rust-experience: 0\n');

/** A team that keeps its proposals next to the services, not in the default places. */
const TREE = {
  '.github/stack-verdict.yml': "files:\n  - 'services/**/proposal.yaml'\n",
  '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
  'services/pricing/proposal.yaml': named(RUST_BAD, 'pricing'),
  'services/orders/proposal.yaml': named(proposal(), 'orders'),
  // Where the default globs look, but not this team's: not a proposal here.
  'proposals/legacy.yaml': named(RUST_BAD, 'legacy'),
  'docker-compose.yml': 'services:\n  db:\n    image: postgres\n',
  'README.md': '# Services\n',
};
const JUDGED = ['services/orders/proposal.yaml', 'services/pricing/proposal.yaml'];

/** What pre-commit passes the hook of the staged files. */
function passed(staged: readonly string[]): string[] {
  return staged.filter((f) => new RegExp(HOOK.files).test(f));
}

async function hook(cwd: string, files: string[]) {
  const [, ...entryArgs] = HOOK.entry.split(' ');
  const t = fakeIo(cwd);
  const code = await runCli([...entryArgs, ...HOOK.args, ...files], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

describe('the hook honours the configuration’s files globs', () => {
  it('judges the staged files the globs match, as the JSON report does, and skips the rest quietly', async () => {
    const cwd = tempTree(TREE);
    const files = passed(Object.keys(TREE));
    expect(files).toEqual([
      '.github/stack-verdict.yml',
      '.github/workflows/ci.yml',
      'services/pricing/proposal.yaml',
      'services/orders/proposal.yaml',
      'proposals/legacy.yaml',
      'docker-compose.yml',
      'README.md',
    ]);
    const run = await hook(cwd, files);
    const t = fakeIo(cwd);
    await runCli(['check', ...JUDGED, '--format', 'json'], t.io);
    const report = JSON.parse(t.stdout()) as Report;
    expect(report.gate.passed).toBe(false);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    const findings = report.proposals.flatMap((p) =>
      p.findings.map((f) => `${p.file}:${f.line}:${f.column}: ${f.severity} ${f.rule} `),
    );
    expect(lines).toHaveLength(findings.length);
    findings.forEach((start, i) => expect(lines[i]!.startsWith(start)).toBe(true));
    for (const other of ['legacy', 'docker-compose', 'workflows', 'README', 'stack-verdict.yml'])
      expect(run.stdout + run.stderr).not.toContain(other);
  });

  it('passes silently when no staged file is a proposal', async () => {
    const cwd = tempTree(TREE);
    const run = await hook(
      cwd,
      passed(['proposals/legacy.yaml', 'docker-compose.yml', 'README.md']),
    );
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('named without --skip-unmatched, the same files are judged as given', async () => {
    const cwd = tempTree(TREE);
    const t = fakeIo(cwd);
    expect(await runCli(['check', 'proposals/legacy.yaml', '-f', 'compact'], t.io)).toBe(1);
    expect(t.stdout()).toMatch(/^proposals\/legacy\.yaml:/);
  });
});

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const HAVE_PRE_COMMIT = preCommit.status === 0;
const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const why = !HAVE_PRE_COMMIT
  ? ' (skipped: pre-commit is not on PATH; apt-get install pre-commit, as .ci/run does)'
  : !existsSync(BUNDLE)
    ? ' (skipped: dist/cli/index.js is missing; npm run build)'
    : '';

describe.skipIf(why !== '')(`pre-commit try-repo of this repository${why}`, () => {
  it('fails the commit on the staged proposal the configuration names, and only on it', async () => {
    const cwd = tempTree(TREE);
    const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    const env = {
      ...process.env,
      // pre-commit's own cache of hook environments, fresh for the test.
      PRE_COMMIT_HOME: path.join(cwd, '.pre-commit-home'),
      // pre-commit installs the hook's repository with npm: from npm's cache where it can.
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      NO_COLOR: '1',
    };
    // pre-commit copies the repository as it is now (uncommitted changes too) and runs the
    // hook on the staged files.
    const run = spawnSync(
      'pre-commit',
      ['try-repo', REPO_ROOT, 'stack-verdict', '--color', 'never'],
      {
        cwd,
        env,
        encoding: 'utf8',
        timeout: 420_000,
      },
    );
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(1);
    expect(output).toMatch(/^Stack Verdict\.+Failed$/m);
    const t = fakeIo(cwd);
    await runCli(['check', ...JUDGED, '--format', 'json'], t.io);
    const report = JSON.parse(t.stdout()) as Report;
    expect(report.proposals.map((p) => p.file)).toEqual(JUDGED);
    for (const p of report.proposals)
      for (const f of p.findings)
        expect(output).toContain(`${p.file}:${f.line}:${f.column}: ${f.severity} ${f.rule} `);
    const c = report.counts;
    expect(output).toContain(
      `stack-verdict: the gate fails (fail-on: ${report.gate.failOn}) with ${plural(c.errors, 'error')} and ${plural(c.warnings, 'warning')} unwaived\n`,
    );
    for (const other of ['legacy', 'docker-compose', 'workflows/ci.yml', 'README'])
      expect(output).not.toContain(other);
  }, 480_000);
});
