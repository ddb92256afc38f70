// What `check` judges in a repository, as a team sees it: `check .` and any folder take what
// the configuration's `files` globs match beneath it; the configuration and CI workflows are
// never proposals; a file named is judged as given; and the globs are relative to the
// repository root whichever folder the CLI runs in.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/types.js';
import { fakeIo, proposal, tempTree } from '../helpers.js';

async function cli(cwd: string, args: string[]) {
  const t = fakeIo(cwd);
  const code = await runCli(args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

async function judged(cwd: string, args: string[]) {
  const r = await cli(cwd, ['check', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as Report;
  return {
    code: r.code,
    report,
    files: [...report.proposals.map((p) => p.file), ...report.skipped.map((s) => s.file)].sort(),
  };
}

const go = (service: string) => proposal().replace('service: svc', `service: ${service}`);
const RUST_BAD = proposal({ language: 'rust' }, 'team:\n  size: 2\n  rust-experience: 0\n').replace(
  'service: svc',
  'service: pricing',
);
const WORKFLOW =
  'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';

/** A git repository whose configuration puts proposals in proposals/ and services/. */
function repository(
  config = "files:\n  - 'proposals/**/*.yaml'\n  - 'services/**/*.proposal.yaml'\n",
) {
  const root = tempTree({
    '.github/stack-verdict.yml': config,
    '.github/workflows/ci.yml': WORKFLOW,
    '.github/dependabot.yml': 'version: 2\nupdates: []\n',
    'proposals/orders.yaml': go('orders'),
    'proposals/pricing.yaml': RUST_BAD,
    'proposals/README.md': '# How to write a proposal\n',
    'services/search/search.proposal.yaml': go('search'),
    'services/search/values.yaml': 'replicas: 3\n',
    'docker-compose.yml': 'services:\n  db:\n    image: postgres\n',
    'docs/notes.md': '# Notes\n',
  });
  execFileSync('git', ['init', '-q'], { cwd: root });
  return root;
}

describe('check . and folders: the configuration’s files globs decide', () => {
  it('check . judges what the globs match, not every YAML and Markdown file', async () => {
    const root = repository();
    const { files, code, report } = await judged(root, ['.']);
    expect(files).toEqual([
      'proposals/orders.yaml',
      'proposals/pricing.yaml',
      'services/search/search.proposal.yaml',
    ]);
    // The same files as `check` with no argument, and the same verdict.
    const all = await judged(root, []);
    expect(all.files).toEqual(files);
    expect(code).toBe(1);
    expect(report.proposals.find((p) => p.file === 'proposals/pricing.yaml')!.verdict).toBe(
      'changes-requested',
    );
  });

  it('a folder takes what the globs match beneath it', async () => {
    const root = repository();
    expect((await judged(root, ['services'])).files).toEqual([
      'services/search/search.proposal.yaml',
    ]);
    expect((await judged(root, ['proposals/'])).files).toEqual([
      'proposals/orders.yaml',
      'proposals/pricing.yaml',
    ]);
  });

  it('never takes the configuration file or a workflow, even when the globs match them', async () => {
    const root = repository("files:\n  - '**/*.{yml,yaml}'\n");
    const { files } = await judged(root, ['.']);
    expect(files).toEqual([
      '.github/dependabot.yml',
      'docker-compose.yml',
      'proposals/orders.yaml',
      'proposals/pricing.yaml',
      'services/search/search.proposal.yaml',
      'services/search/values.yaml',
    ]);
    expect((await judged(root, [])).files).toEqual(files);
    expect((await judged(root, ['.github'])).files).toEqual(['.github/dependabot.yml']);
    // A glob argument leaves them out too.
    expect((await judged(root, ['.github/**/*.yml'])).files).toEqual(['.github/dependabot.yml']);
  });

  it('judges a file named on the command line as given, matched or not', async () => {
    const root = repository();
    const { report } = await judged(root, ['docker-compose.yml', '.github/workflows/ci.yml']);
    expect(report.proposals.map((p) => [p.file, p.verdict])).toEqual([
      ['.github/workflows/ci.yml', 'changes-requested'],
      ['docker-compose.yml', 'changes-requested'],
    ]);
  });

  it('a folder where the globs match nothing is a usage error that says so', async () => {
    const root = repository();
    const r = await cli(root, ['check', 'docs']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'stack-verdict: no file in docs matches the proposal globs (proposals/**/*.yaml, services/**/*.proposal.yaml, relative to the current folder); name the files, or set `files` in the configuration\n',
    );
  });
});

describe('the globs are relative to the repository root, from any folder', () => {
  it('check in proposals/ finds what it finds at the root, with the same paths', async () => {
    const root = repository();
    const atRoot = await judged(root, []);
    const inProposals = await judged(path.join(root, 'proposals'), []);
    expect(inProposals.files).toEqual(atRoot.files);
    expect(inProposals.files).toContain('services/search/search.proposal.yaml');
    expect(inProposals.report.counts).toEqual(atRoot.report.counts);
    expect(inProposals.code).toBe(atRoot.code);
  });

  it('check . in a sub-folder takes the proposals beneath it; files are named from the root', async () => {
    const root = repository();
    const sub = path.join(root, 'proposals');
    expect((await judged(sub, ['.'])).files).toEqual([
      'proposals/orders.yaml',
      'proposals/pricing.yaml',
    ]);
    expect((await judged(sub, ['orders.yaml'])).files).toEqual(['proposals/orders.yaml']);
    const r = await cli(path.join(root, 'services', 'search'), ['check', '.']);
    expect(r.stdout).toMatch(/^services\/search\/search\.proposal\.yaml/m);
  });

  it('without git, the folder holding .github/stack-verdict.yml is the root', async () => {
    const root = tempTree({
      '.github/stack-verdict.yml': "files: ['decisions/*.yaml']\n",
      'decisions/orders.yaml': go('orders'),
      'decisions/nested/ignored.yaml': go('ignored'),
    });
    const { files } = await judged(path.join(root, 'decisions', 'nested'), []);
    expect(files).toEqual(['decisions/orders.yaml']);
  });

  it('a folder says where the globs are relative to when it runs below the root', async () => {
    const root = repository();
    const r = await cli(path.join(root, 'docs'), ['check', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/relative to the repository root \.\.\); name the files/);
  });
});
