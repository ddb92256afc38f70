// mode: portfolio with `repositories`, on a schedule: two repositories of the organisation
// read through the API (no clone), each with its own configuration, on one page in the job
// summary and in the portfolio issue; a private repository the token cannot read is on the
// page with the reason; drift across repositories, from GitHub's language breakdown and the
// developer portal's catalog files, at no round trip more per repository.
import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../../src/core/portfolio.js';
import type { Recorded } from './support/github-server.js';
import { renderPortfolioMarkdown } from '../../src/core/render/portfolio-markdown.js';
import { fakeSha } from './support/github-server.js';
import { runAction } from './support/runner.js';
import { DISPATCH_REPO, scheduleEvent } from './support/payloads.js';
import {
  batchReads,
  expectConformant,
  expectRunnerContract,
  node24,
  proposal,
  startServer,
} from './support/scenario.js';

const MARKER = '<!-- stack-verdict:portfolio tag="" -->';
const CLOSING = '<!-- stack-verdict:portfolio-end v1 -->';

describe('mode: portfolio across repositories', () => {
  it('writes one page of two repositories to the summary and the issue, and lists the one it cannot read with the reason', async () => {
    const server = await startServer(DISPATCH_REPO.owner, DISPATCH_REPO.repo);
    const org = DISPATCH_REPO.owner;
    server.organisations.add(org);
    server.repositories.set(`${org}/payments`, {
      defaultBranch: 'main',
      private: true,
      refs: {
        main: {
          'proposals/orders-api.yaml': proposal('orders-api.yaml'),
          'proposals/report-renderer.yaml': proposal('report-renderer.yaml'),
          'README.md': '# payments\n',
        },
      },
    });
    server.repositories.set(`${org}/ledger`, {
      defaultBranch: 'develop',
      refs: {
        develop: {
          // Its own globs: its decisions live under adr/.
          '.github/stack-verdict.yml': 'files:\n  - "adr/*.md"\n',
          'adr/ledger-compactor.md': proposal('ledger-compactor.md'),
          'proposals/edge-proxy.yaml': proposal('edge-proxy.yaml'),
        },
      },
    });
    // `${org}/vault` is private and not readable with this token: the fake answers 404.
    const sha = fakeSha('portfolio-across');
    server.commit(sha, {});
    const result = await runAction({
      node: node24(),
      server,
      event: 'schedule',
      payload: scheduleEvent('17 6 * * 1'),
      sha,
      ref: DISPATCH_REPO.ref,
      with: {
        mode: 'portfolio',
        'portfolio-issue': 'true',
        repositories: `${org}/payments\n${org}/ledger, ${org}/vault`,
      },
      workspace: {},
      checkout: sha,
    });
    expect(result.exitCode).toBe(0);
    expectRunnerContract(result);
    expectConformant(server);

    const page = JSON.parse(readFileSync(result.outputs.portfolio!, 'utf8')) as Portfolio;
    expect(page.repositories).toEqual([
      { name: `${org}/payments`, proposals: 2 },
      { name: `${org}/ledger`, proposals: 1 },
      {
        name: `${org}/vault`,
        proposals: 0,
        error: {
          status: 404,
          reason: `the repository ${org}/vault was not found, or the token cannot read it (a private repository answers 404 to a token without access)`,
        },
      },
    ]);
    expect(page.proposals.map((p) => [p.repository, p.file, p.verdict])).toEqual([
      [`${org}/ledger`, 'adr/ledger-compactor.md', 'approved'],
      [`${org}/payments`, 'proposals/orders-api.yaml', 'approved'],
      [`${org}/payments`, 'proposals/report-renderer.yaml', 'changes-requested'],
    ]);
    expect(result.outputs).toMatchObject({ proposals: '3', verdict: 'changes-requested' });

    // One page: the summary and the issue show the JSON page of the same run.
    const rendered = renderPortfolioMarkdown(page).trimEnd();
    expect(result.summary.startsWith(rendered)).toBe(true);
    expect(server.issues).toHaveLength(1);
    expect(server.issues[0]!.body).toBe(`${MARKER}\n${rendered}\n\n${CLOSING}\n`);
    // The page says which repository it could not read, and why; its rows name their repository.
    // What a reader sees: the Markdown as GitHub renders it, as text.
    const seen = (md: string) =>
      (marked.parse(md, { async: false }) as string)
        .replace(/<[^>]+>/g, '')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    for (const shown of [seen(result.summary), seen(server.issues[0]!.body)]) {
      expect(shown).toContain(`${org}/vault`);
      expect(shown).toContain('was not found, or the token cannot read it');
      expect(shown).toContain('Repository');
    }
    // The unread repository is named in the log with the reason, as a warning.
    expect(result.stdout).toMatch(
      new RegExp(
        `::warning::${org}/vault is on the page unread: the repository ${org}/vault was not found`,
      ),
    );

    // No clone: trees, contents and batches only, each repository at its own ref.
    const trees = server.of('git/get-tree').map((r) => `${r.params.repo}@${r.params.tree_sha}`);
    expect(trees.sort()).toEqual(['ledger@develop', 'payments@main']);
    expect(server.of('repos/get').map((r) => [r.params.repo, r.status])).toEqual(
      expect.arrayContaining([
        ['payments', 200],
        ['ledger', 200],
        ['vault', 404],
      ]),
    );
  });

  it("reports Rust without a decision from GitHub's language breakdown and a portal disagreement, with no round trip more per repository", async () => {
    const server = await startServer(DISPATCH_REPO.owner, DISPATCH_REPO.repo);
    const org = DISPATCH_REPO.owner;
    server.organisations.add(org);
    const catalog = (service: string, tag: string) =>
      `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${service}\n  tags:\n    - ${tag}\nspec:\n  type: service\n`;
    // Only Go decisions and no Cargo.toml, but Rust in GitHub's breakdown; the portal tags a
    // service Rust that its decision writes in Go.
    server.repositories.set(`${org}/payments`, {
      defaultBranch: 'main',
      languages: { Go: 48_211, Rust: 20_734, Dockerfile: 412 },
      refs: {
        main: {
          'proposals/orders-api.yaml': proposal('orders-api.yaml'),
          'proposals/audit-log-api.yaml': proposal('audit-log-api.yaml'),
          'services/orders/catalog-info.yaml': catalog('orders-api', 'rust'),
          'services/orders/go.mod': 'module example.com/orders\n',
        },
      },
    });
    // Code, portal and decisions agree; one catalog file cannot be read (binary).
    server.repositories.set(`${org}/ledger`, {
      defaultBranch: 'main',
      languages: { Rust: 9_120 },
      refs: {
        main: {
          'proposals/ledger-compactor.md': proposal('ledger-compactor.md'),
          'compactor/Cargo.toml': '[package]\nname = "compactor"\n',
          'catalog-info.yaml': catalog('ledger-compactor', 'rust'),
          'tools/catalog-info.yaml': `kind: Component\0metadata: {name: ledger-compactor}\n`,
        },
      },
    });
    const sha = fakeSha('portfolio-drift');
    server.commit(sha, {});
    const result = await runAction({
      node: node24(),
      server,
      event: 'schedule',
      payload: scheduleEvent('17 6 * * 1'),
      sha,
      ref: DISPATCH_REPO.ref,
      with: {
        mode: 'portfolio',
        'portfolio-issue': 'true',
        repositories: `${org}/payments\n${org}/ledger`,
      },
      workspace: {},
      checkout: sha,
    });
    expect(result.exitCode).toBe(0);
    expectRunnerContract(result);
    expectConformant(server);

    const page = JSON.parse(readFileSync(result.outputs.portfolio!, 'utf8')) as Portfolio;
    const orders = proposal('orders-api.yaml').split('\n');
    const serviceLine = orders.findIndex((l) => l.startsWith('service:')) + 1;
    expect(page.drift).toEqual([
      {
        kind: 'rust-without-decision',
        severity: 'warning',
        repository: `${org}/payments`,
        message:
          "The code holds Rust: GitHub's language breakdown counts it. No proposed or accepted decision of this repository chooses Rust.",
      },
      {
        kind: 'portal-disagrees',
        severity: 'warning',
        repository: `${org}/payments`,
        message: `The developer portal tags the service Rust (services/orders/catalog-info.yaml:6), but its decision chooses Go (proposals/orders-api.yaml:${serviceLine}).`,
        locations: [
          { file: 'services/orders/catalog-info.yaml', line: 6, column: 7 },
          { file: 'proposals/orders-api.yaml', line: serviceLine, column: 10 },
        ],
      },
    ]);
    // The summary and the issue show the drift of the JSON page, naming the repository.
    const rendered = renderPortfolioMarkdown(page).trimEnd();
    expect(result.summary.startsWith(rendered)).toBe(true);
    expect(server.issues[0]!.body).toBe(`${MARKER}\n${rendered}\n\n${CLOSING}\n`);
    const shown = (marked.parse(result.summary, { async: false }) as string)
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'");
    expect(shown).toContain('Rust without a decision');
    expect(shown).toContain(`${org}/payments: The code holds Rust: GitHub's language breakdown`);
    expect(shown).toContain('Portal disagrees');
    // The catalog file it could not read is named with why, as a warning, quoting nothing.
    expect(result.stdout).toContain(
      `::warning::${org}/ledger: the catalog file tools/catalog-info.yaml was not read, so the drift check leaves it out: the file is binary (it contains NUL bytes), not YAML or Markdown`,
    );

    // Per repository, today's chain and no step more: its metadata; its tree beside the
    // .github listing, with the breakdown; then its files, the catalog's with the proposals'.
    const chain = (repo: string) => {
      const own = server.requests.filter(
        (r: Recorded) => r.params.owner === org && r.params.repo === repo,
      );
      const first = Math.min(...own.map((r) => r.round));
      return own
        .map((r) => `${r.round - first + 1} ${r.operationId} ${r.params.path ?? ''}`.trimEnd())
        .sort();
    };
    expect(chain('payments')).toEqual([
      '1 repos/get',
      '2 git/get-tree',
      '2 repos/get-content .github',
      '2 repos/list-languages',
      '3 repos/get-content proposals/audit-log-api.yaml',
      '3 repos/get-content proposals/orders-api.yaml',
      '3 repos/get-content services/orders/catalog-info.yaml',
    ]);
    expect(chain('ledger')).toEqual([
      '1 repos/get',
      '2 git/get-tree',
      '2 repos/get-content .github',
      '2 repos/list-languages',
      '3 repos/get-content catalog-info.yaml',
      '3 repos/get-content proposals/ledger-compactor.md',
      '3 repos/get-content tools/catalog-info.yaml',
    ]);
    // Too few files for a GraphQL batch: none was made.
    expect(server.of('graphql').flatMap(batchReads)).toEqual([]);
  });
});
