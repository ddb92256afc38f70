// `stack-verdict portfolio --repo/--org`: one page of several repositories, each judged with
// its own configuration, the JSON page matching what each repository's files give; a
// repository that cannot be read is on it with the reason; bad values are told plainly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { portfolioCommand } from '../../src/cli/commands/portfolio.js';
import { runCli } from '../../src/cli/main.js';
import type { Portfolio } from '../../src/core/portfolio.js';
import { fakeIo, REPO_ROOT, tempTree } from '../helpers.js';
import { FakeOrg } from './org-fake.js';

const example = (name: string) =>
  readFileSync(path.join(REPO_ROOT, 'examples/proposals', name), 'utf8');

function org(): FakeOrg {
  const fake = new FakeOrg({
    'acme/payments': {
      refs: {
        main: {
          'proposals/orders-api.yaml': example('orders-api.yaml'),
          'proposals/report-renderer.yaml': example('report-renderer.yaml'),
        },
      },
    },
    'acme/ledger': {
      defaultBranch: 'develop',
      refs: {
        develop: {
          '.github/stack-verdict.yml': 'files:\n  - "adr/*.md"\n',
          'adr/ledger-compactor.md': example('ledger-compactor.md'),
          'adr/session-store.md': example('session-store.md'),
        },
      },
    },
    'acme/archive': { archived: true, refs: { main: {} } },
    'acme/secret': { refs: {}, status: 404 },
  });
  fake.orgs.add('acme');
  return fake;
}

async function portfolio(args: string[], github = org()) {
  const dir = await tempTree({});
  const t = fakeIo(dir, {});
  const code = await portfolioCommand(args, { ...t.io, github });
  return { code, stdout: t.stdout(), stderr: t.stderr(), github };
}

describe('portfolio --repo and --org', () => {
  it('lists every proposal of each repository named, with the repository and the counts per repository', async () => {
    const run = await portfolio([
      '--repo',
      'acme/payments',
      '--repo',
      'acme/ledger',
      '--repo',
      'acme/secret',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const page = JSON.parse(run.stdout) as Portfolio;
    expect(page.repositories).toEqual([
      { name: 'acme/payments', proposals: 2 },
      { name: 'acme/ledger', proposals: 2 },
      {
        name: 'acme/secret',
        proposals: 0,
        error: {
          status: 404,
          reason: expect.stringContaining('was not found, or the token cannot read it') as string,
        },
      },
    ]);
    // Each repository's own globs: the ledger's proposals are under adr/.
    expect(page.proposals.map((p) => [p.repository, p.file])).toEqual([
      ['acme/ledger', 'adr/ledger-compactor.md'],
      ['acme/ledger', 'adr/session-store.md'],
      ['acme/payments', 'proposals/orders-api.yaml'],
      ['acme/payments', 'proposals/report-renderer.yaml'],
    ]);
    expect(page.counts.proposals).toBe(4);
    expect(run.stderr).toContain('acme/secret: not read: the repository acme/secret was not found');
  });

  it('judges each repository as `check` judges its files', async () => {
    const run = await portfolio(['--repo', 'acme/payments', '--format', 'json']);
    const page = JSON.parse(run.stdout) as Portfolio;
    const dir = await tempTree({
      'proposals/orders-api.yaml': example('orders-api.yaml'),
      'proposals/report-renderer.yaml': example('report-renderer.yaml'),
    });
    const local = fakeIo(dir, {});
    await portfolioCommand(['--format', 'json'], local.io);
    const here = JSON.parse(local.stdout()) as Portfolio;
    expect(page.proposals.map(({ repository: _, ...p }) => p)).toEqual(here.proposals);
    expect(page.byVerdict).toEqual(here.byVerdict);
  });

  it('reads every repository of an owner with --org, archived ones listed as skipped', async () => {
    const run = await portfolio(['--org', 'acme', '--format', 'json']);
    const page = JSON.parse(run.stdout) as Portfolio;
    expect(page.repositories.map((r) => [r.name, r.error?.reason ?? r.proposals])).toEqual([
      ['acme/payments', 2],
      ['acme/ledger', 2],
      ['acme/archive', 'archived; skipped'],
    ]);
    expect(run.github.about('acme/archive')).toEqual([]);
  });

  it('refuses bad values with a usage error naming them', async () => {
    const cases: [string[], RegExp][] = [
      [['--repo', 'acme'], /--repo: "acme" is not OWNER\/NAME/],
      [['--repo', 'acme/*'], /use --org acme/],
      [['--org', 'acme/payments'], /--org takes an owner such as acme/],
      [['--repo', 'acme/x@a b'], /the ref holds a character/],
      [['--repo', 'acme/x', 'proposals'], /give no PATH, GLOB or --merge with them/],
    ];
    for (const [args, message] of cases) {
      const t = fakeIo(REPO_ROOT, {});
      expect(await runCli(['portfolio', ...args], t.io)).toBe(2);
      expect(t.stderr()).toMatch(message);
    }
  });

  it('asks for a token when there is none', async () => {
    const t = fakeIo(REPO_ROOT, {});
    expect(await runCli(['portfolio', '--repo', 'acme/x'], t.io)).toBe(2);
    expect(t.stderr()).toMatch(/set GITHUB_TOKEN \(or GH_TOKEN\)/);
  });
});
