// Drift across repositories read through the API: each repository's tree markers, its
// catalog files (read with the proposals, in the same requests, with the same cap) and GitHub's
// language breakdown, held against its own decisions, at no round trip more than the
// proposals alone take.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { portfolioOfRepositories } from '../../src/action/portfolio/across.js';
import { readRepositories, readRepository } from '../../src/action/portfolio/repositories.js';
import { portfolioCommand } from '../../src/cli/commands/portfolio.js';
import { TechRadarLoaderResponseParser } from '@backstage-community/plugin-tech-radar-common';
import { fakeIo, REPO_ROOT, tempTree } from '../helpers.js';
import { FakeOrg, inRounds, type RoundCall } from './org-fake.js';

const example = (name: string) =>
  readFileSync(path.join(REPO_ROOT, 'examples/proposals', name), 'utf8');
const OPTIONS = { today: '2026-06-01', docsBase: 'https://example.test/docs' };
const LANGUAGES = 'GET /repos/{owner}/{repo}/languages';
const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';

/** The line `service:` is written on in an example. */
const serviceLine = (name: string) =>
  example(name)
    .split('\n')
    .findIndex((l) => l.startsWith('service:')) + 1;

const catalogOf = (name: string, tag: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n  tags:\n    - ${tag}\nspec:\n  type: service\n`;

/** Each request's round trip counted from the repository's first, by route. */
function chain(calls: readonly RoundCall[], repo: string): [string, number][] {
  const own = calls.filter((c) => c.repo === repo);
  const first = Math.min(...own.map((c) => c.round));
  return own.map((c) => [c.route, c.round - first + 1]);
}

function twoRepositories(): FakeOrg {
  return new FakeOrg({
    // Only Go decisions, Rust in GitHub's breakdown and no Cargo.toml; the portal says Rust
    // for a service its decision writes in Go.
    'acme/payments': {
      languages: { Go: 52_000, Rust: 18_000, Shell: 300 },
      refs: {
        main: {
          'proposals/orders-api.yaml': example('orders-api.yaml'),
          'proposals/audit-log-api.yaml': example('audit-log-api.yaml'),
          'services/orders/catalog-info.yaml': catalogOf('orders-api', 'rust'),
          'services/orders/go.mod': 'module example.com/orders\n',
        },
      },
    },
    // Code, portal and decisions agree.
    'acme/ledger': {
      languages: { Rust: 9_000 },
      refs: {
        main: {
          'proposals/ledger-compactor.md': example('ledger-compactor.md'),
          'compactor/Cargo.toml': '[package]\nname = "compactor"\n',
          'catalog-info.yaml': catalogOf('ledger-compactor', 'rust'),
        },
      },
    },
  });
}

describe('drift across repositories', () => {
  it("flags Rust from GitHub's breakdown and a portal disagreement, naming the repository", async () => {
    const reads = await readRepositories(
      twoRepositories(),
      [
        { kind: 'repository', owner: 'acme', repo: 'payments' },
        { kind: 'repository', owner: 'acme', repo: 'ledger' },
      ],
      OPTIONS,
    );
    const page = portfolioOfRepositories(reads, { today: OPTIONS.today });
    expect(page.drift).toEqual([
      {
        kind: 'rust-without-decision',
        severity: 'warning',
        repository: 'acme/payments',
        message:
          "The code holds Rust: GitHub's language breakdown counts it. No proposed or accepted decision of this repository chooses Rust.",
      },
      {
        kind: 'portal-disagrees',
        severity: 'warning',
        repository: 'acme/payments',
        message: `The developer portal tags the service Rust (services/orders/catalog-info.yaml:6), but its decision chooses Go (proposals/orders-api.yaml:${serviceLine('orders-api.yaml')}).`,
        locations: [
          { file: 'services/orders/catalog-info.yaml', line: 6, column: 7 },
          { file: 'proposals/orders-api.yaml', line: serviceLine('orders-api.yaml'), column: 10 },
        ],
      },
    ]);
    // The catalog file is no proposal: the page counts the decisions only.
    expect(page.repositories).toEqual([
      { name: 'acme/payments', proposals: 2 },
      { name: 'acme/ledger', proposals: 1 },
    ]);
  });

  it('reads the catalog with the proposals and the breakdown with the tree: no round trip more', async () => {
    const org = twoRepositories();
    const api = inRounds(org);
    await readRepositories(
      api,
      [
        { kind: 'repository', owner: 'acme', repo: 'payments' },
        { kind: 'repository', owner: 'acme', repo: 'ledger' },
      ],
      OPTIONS,
    );
    // Today's chain, no step more: the metadata; the tree beside the .github listing, and the
    // breakdown with them; then every file, the catalog's with the proposals'.
    const tree = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';
    const start: [string, number][] = [
      ['GET /repos/{owner}/{repo}', 1],
      [tree, 2],
      [CONTENTS, 2],
      [LANGUAGES, 2],
    ];
    expect(chain(api.rounds, 'acme/payments')).toEqual([
      ...start,
      [CONTENTS, 3],
      [CONTENTS, 3],
      [CONTENTS, 3],
    ]);
    expect(chain(api.rounds, 'acme/ledger')).toEqual([...start, [CONTENTS, 3], [CONTENTS, 3]]);
    const files = org
      .about('acme/payments')
      .filter((c) => c.route === CONTENTS && c.params.path !== '.github')
      .map((c) => c.params.path);
    expect(files).toEqual([
      'proposals/audit-log-api.yaml',
      'proposals/orders-api.yaml',
      'services/orders/catalog-info.yaml',
    ]);
  });

  it('puts the catalog files into the GraphQL batch of the proposals', async () => {
    const files: Record<string, string> = {};
    const text = example('orders-api.yaml');
    for (let i = 0; i < 20; i++) {
      files[`proposals/svc-${String(i).padStart(2, '0')}.yaml`] = text.replace(
        /^service: orders-api$/m,
        `service: svc-${i}`,
      );
    }
    files['portal/svc-3/catalog-info.yaml'] = catalogOf('svc-3', 'rust');
    files['portal/svc-4/catalog-info.yaml'] = catalogOf('svc-4', 'golang');
    // Over the repository's cap: refused from the batch's answer, as a proposal would be.
    files['portal/svc-5/catalog-info.yaml'] = `${catalogOf('svc-5', 'rust')}#${'x'.repeat(3000)}\n`;
    files['.github/stack-verdict.yml'] = 'max-bytes: 2048\n';
    const org = new FakeOrg({ 'acme/big': { languages: { Go: 10 }, refs: { main: files } } });
    const api = inRounds(org);
    const read = await readRepository(api, { owner: 'acme', repo: 'big' }, OPTIONS);
    expect(read.ok && read.report.counts.proposals).toBe(20);
    const routes = org.about('acme/big').map((c) => c.route);
    // Metadata, tree, .github listing, breakdown, the configuration file, one batch: nothing
    // read one file at a time, and the batch comes after the configuration as it did before.
    expect(routes.filter((r) => r === 'POST /graphql')).toHaveLength(1);
    expect(routes).toHaveLength(6);
    expect(chain(api.rounds, 'acme/big').slice(-2)).toEqual([
      [CONTENTS, 3],
      ['POST /graphql', 4],
    ]);
    expect(read.ok && read.code.unread).toEqual([
      {
        file: 'portal/svc-5/catalog-info.yaml',
        message: 'the file is 3 KiB, over the 2 KiB limit for a catalog file; it was not read',
      },
    ]);
    const page = portfolioOfRepositories([read], { today: OPTIONS.today });
    expect(page.drift?.map((d) => [d.kind, d.locations?.[0]?.file])).toEqual([
      ['portal-disagrees', 'portal/svc-3/catalog-info.yaml'],
    ]);
  });

  it("follows the repository's own catalog globs", async () => {
    const org = new FakeOrg({
      'acme/payments': {
        refs: {
          main: {
            '.github/stack-verdict.yml': "catalog:\n  - 'portal/*.yaml'\n",
            'proposals/orders-api.yaml': example('orders-api.yaml'),
            'portal/orders.yaml': catalogOf('orders-api', 'rust'),
            // Not in its globs: not read.
            'catalog-info.yaml': catalogOf('orders-api', 'rust'),
          },
        },
      },
    });
    const read = await readRepository(org, { owner: 'acme', repo: 'payments' }, OPTIONS);
    expect(read.ok && read.code.catalog.map((c) => c.file)).toEqual(['portal/orders.yaml']);
    expect(org.calls.some((c) => c.params.path === 'catalog-info.yaml')).toBe(false);
  });

  it('lists a catalog file it cannot read with why, quoting nothing of it, and judges the rest', async () => {
    const big = `${catalogOf('orders-api', 'rust')}# ${'secret-token '.repeat(200)}\n`;
    const org = new FakeOrg({
      'acme/payments': {
        refs: {
          main: {
            '.github/stack-verdict.yml': 'max-bytes: 1024\n',
            'proposals/orders-api.yaml': example('orders-api.yaml'),
            'a/catalog-info.yaml': big,
            'b/catalog-info.yaml': `kind: Component\0${'x'.repeat(10)}`,
            'c/catalog-info.yaml': catalogOf('orders-api', 'golang'),
          },
        },
      },
    });
    const read = await readRepository(org, { owner: 'acme', repo: 'payments' }, OPTIONS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report.counts.proposals).toBe(1);
    expect(read.code.unread).toEqual([
      {
        file: 'a/catalog-info.yaml',
        message: 'the file is 2.7 KiB, over the 1 KiB limit for a catalog file; it was not read',
      },
      {
        file: 'b/catalog-info.yaml',
        message: 'the file is binary (it contains NUL bytes), not YAML or Markdown',
      },
    ]);
    expect(JSON.stringify(read.code.unread)).not.toContain('secret-token');
    // The readable one agrees with the decision: no drift from the two unread.
    expect(read.code.catalog.map((c) => c.file)).toEqual(['c/catalog-info.yaml']);
    expect(portfolioOfRepositories([read], { today: OPTIONS.today }).drift).toEqual([]);
  });

  it('reads no breakdown for another ref than the default branch: GitHub counts the default branch only', async () => {
    const org = new FakeOrg({
      'acme/payments': {
        languages: { Rust: 100 },
        refs: {
          main: {},
          'v2.0': {
            'proposals/orders-api.yaml': example('orders-api.yaml'),
            'engine/Cargo.toml': '[package]\nname = "engine"\n',
          },
        },
      },
    });
    const read = await readRepository(
      org,
      { owner: 'acme', repo: 'payments', ref: 'v2.0' },
      OPTIONS,
    );
    expect(org.calls.map((c) => c.route)).not.toContain(LANGUAGES);
    expect(read.ok && read.code.code).toEqual({ goModules: [], rustCrates: ['engine'] });
    const page = portfolioOfRepositories([read], { today: OPTIONS.today });
    expect(page.drift?.map((d) => [d.kind, d.folders])).toEqual([
      ['rust-without-decision', ['engine']],
    ]);
  });

  it('still reads the repository when the breakdown cannot be read, and says so', async () => {
    const org = new FakeOrg({
      'acme/payments': {
        languagesStatus: 403,
        refs: {
          main: {
            'proposals/orders-api.yaml': example('orders-api.yaml'),
            'Cargo.toml': '[package]\nname = "x"\n',
          },
        },
      },
    });
    const read = await readRepository(org, { owner: 'acme', repo: 'payments' }, OPTIONS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.code.breakdownUnread).toMatch(
      /^GitHub's language breakdown could not be read \(HTTP 403\)/,
    );
    expect(read.code.code).toEqual({ goModules: [], rustCrates: ['.'] });
  });
});

describe('portfolio --repo with drift', () => {
  async function run(args: string[], github: FakeOrg) {
    const t = fakeIo(await tempTree({}), {});
    const code = await portfolioCommand(args, { ...t.io, github });
    return { code, stdout: t.stdout(), stderr: t.stderr() };
  }

  it("the radar counts the repositories' code, from their markers and GitHub's breakdown", async () => {
    const r = await run(
      ['--repo', 'acme/payments', '--repo', 'acme/ledger', '--format', 'backstage-radar'],
      twoRepositories(),
    );
    expect(r.code).toBe(0);
    const radar = TechRadarLoaderResponseParser.parse(JSON.parse(r.stdout));
    expect(radar.entries.map((e) => [e.title, e.description])).toEqual([
      ['Go', '2 decisions (2 proposed); code in 1 repository.'],
      ['Rust', '1 decision (1 proposed); code in 2 repositories.'],
    ]);
  });

  it('names a catalog file it could not read on standard error', async () => {
    const org = new FakeOrg({
      'acme/payments': {
        refs: {
          main: {
            '.github/stack-verdict.yml': 'max-bytes: 200\n',
            'catalog-info.yaml': `${catalogOf('orders-api', 'rust')}${'#'.repeat(300)}\n`,
          },
        },
      },
    });
    const r = await run(['--repo', 'acme/payments', '--format', 'json'], org);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'acme/payments: catalog file catalog-info.yaml not read: the file is',
    );
    expect(r.stderr).toContain('limit for a catalog file');
  });
});
