// mode: portfolio with `repositories`, on a schedule: two repositories of the organisation
// read through the API (no clone), each with its own configuration, on one page in the job
// summary and in the portfolio issue; a private repository the token cannot read is on the
// page with the reason.
import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../../src/core/portfolio.js';
import { renderPortfolioMarkdown } from '../../src/core/render/portfolio-markdown.js';
import { fakeSha } from './support/github-server.js';
import { runAction } from './support/runner.js';
import { DISPATCH_REPO, scheduleEvent } from './support/payloads.js';
import {
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
});
