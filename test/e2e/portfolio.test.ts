// The Action in mode: portfolio, as examples/workflows/portfolio.yml runs it on a schedule:
// the page in the job summary and in one issue kept up to date.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../../src/core/portfolio.js';
import { renderPortfolioMarkdown } from '../../src/core/render/portfolio-markdown.js';
import { ACTIONS_BOT, fakeSha, type GitHubServer } from './support/github-server.js';
import { DISPATCH_REPO, scheduleEvent } from './support/payloads.js';
import { ROOT } from './support/runner.js';
import {
  batchReads,
  exampleStep,
  expectConformant,
  node24,
  proposal,
  run as runStep,
  sequence,
  startServer,
} from './support/scenario.js';

const STEP = exampleStep('portfolio.yml');
const MARKER = '<!-- stack-verdict:portfolio tag="" -->';
const CLOSING = '<!-- stack-verdict:portfolio-end v1 -->';
const KEY = '3f1c9a0e5b7d2846c1e0f9a3b5d7e2c4a6b8d0f1e3c5a7b9d1f3e5a7c9b1d3e5';
/** The issue's body for a page: the page, then the closing line (unsigned). */
const unsignedBody = (json: Portfolio) =>
  `${MARKER}\n${renderPortfolioMarkdown(json).trimEnd()}\n\n${CLOSING}\n`;
const CRON = '17 6 * * 1';

function scheduled(
  server: GitHubServer,
  sha: string,
  files: Record<string, string>,
  inputs: Record<string, string> = {},
) {
  server.commit(sha, files);
  return runStep({
    node: node24(),
    server,
    event: 'schedule',
    payload: scheduleEvent(CRON),
    sha,
    ref: DISPATCH_REPO.ref,
    with: { ...STEP, ...inputs },
    workspace: files,
    checkout: sha,
  });
}

const page = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Portfolio;

describe('mode: portfolio on a schedule', () => {
  it('creates the issue once, updates it on the next run, and finds it after a person retitled it', async () => {
    expect(STEP).toEqual({ mode: 'portfolio', 'portfolio-issue': 'true' });
    const server = await startServer(DISPATCH_REPO.owner, DISPATCH_REPO.repo);
    const one = {
      'proposals/customer-portal-api.md': proposal('customer-portal-api.md'),
      'proposals/orders-api.yaml': proposal('orders-api.yaml'),
    };
    const first = await scheduled(server, fakeSha('week-1'), one);
    // changes-requested, and the step still succeeds: the page reports, it does not gate.
    expect(first.report?.verdict).toBe('changes-requested');
    expect(first.exitCode).toBe(0);
    expect(first.annotations).toEqual([]);
    expect(first.outputs).toMatchObject({
      verdict: 'changes-requested',
      proposals: '2',
      portfolio: expect.stringMatching(/\/_temp\/stack-verdict\/portfolio\.json$/),
    });
    expect(sequence(server)).toEqual([
      // Who the workflow token is: the GraphQL viewer, refused it (GET /user would refuse an
      // installation token too, so it is not asked).
      'graphql 200',
      'issues/list-for-repo 200',
      'issues/create 201',
      // The look-again for a run racing this one.
      'issues/list-for-repo 200',
    ]);
    expect(server.of('issues/list-for-repo')[0]!.query).toMatchObject({
      creator: 'github-actions[bot]',
      state: 'all',
    });
    expect(server.issues).toHaveLength(1);
    const issue = server.issues[0]!;
    expect(issue.title).toBe('Architecture decisions');
    expect(issue.user.login).toBe('github-actions[bot]');
    expect(issue.body.startsWith(`${MARKER}\n# Architecture decisions\n`)).toBe(true);
    // The summary and the issue show the JSON page of the same run.
    const json = page(first.outputs.portfolio!);
    expect(json.counts.proposals).toBe(2);
    expect(json.byLanguage.map((r) => [r.language, r.proposals])).toEqual([
      ['go', 1],
      ['rust', 1],
    ]);
    const rendered = renderPortfolioMarkdown(json).trimEnd();
    expect(first.summary.startsWith(rendered)).toBe(true);
    expect(issue.body).toBe(unsignedBody(json));
    expect(first.summary).toContain(`The page is kept in issue [#1](https://github.com/`);
    expect(first.stdout).toContain('Portfolio issue #1 created');
    expectConformant(server);

    // A person retitles it; the next week a proposal was added.
    issue.title = 'Platform: language choices';
    server.resetLog();
    const two = { ...one, 'proposals/session-store.md': proposal('session-store.md') };
    const second = await scheduled(server, fakeSha('week-2'), two);
    expect(second.exitCode).toBe(0);
    expect(server.issues).toHaveLength(1);
    expect(server.of('issues/create')).toEqual([]);
    expect(server.of('issues/update')).toHaveLength(1);
    expect(issue.title).toBe('Platform: language choices');
    expect(issue.body).toContain('**3 proposals**');
    expect(issue.body).toBe(unsignedBody(page(second.outputs.portfolio!)));
    expect(second.stdout).toContain('Portfolio issue #1 updated');
    expectConformant(server);
  });

  it('with a read-only token writes the summary and says why there is no issue, without failing', async () => {
    const server = await startServer(DISPATCH_REPO.owner, DISPATCH_REPO.repo);
    server.faults.push({
      operationId: 'issues/create',
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const run = await scheduled(server, fakeSha('read-only'), {
      'proposals/orders-api.yaml': proposal('orders-api.yaml'),
    });
    expect(run.exitCode).toBe(0);
    expect(server.issues).toEqual([]);
    expect(run.summary).toContain('# Architecture decisions');
    expect(run.summary).toContain('No portfolio issue was written');
    expect(run.messages).toEqual([
      {
        level: 'warning',
        message: expect.stringContaining('cannot create an issue in') as unknown as string,
      },
    ]);
    expect(run.messages[0]!.message).toContain('`issues: write`');
    expectConformant(server);
  });

  it('with a state-key, look-alikes by the same account are never edited nor make the real issue a duplicate', async () => {
    const server = await startServer(DISPATCH_REPO.owner, DISPATCH_REPO.repo);
    const files = { 'proposals/customer-portal-api.md': proposal('customer-portal-api.md') };
    // Before any run, another workflow of the repository posted two issues as
    // github-actions[bot]: one with pull request text after our marker, and one a whole copy
    // of an unsigned page (the shape is public; the signature is not).
    const forged = (number: number, body: string) => ({
      number,
      title: 'Architecture decisions',
      body,
      state: 'open' as const,
      state_reason: null,
      user: ACTIONS_BOT,
      created_at: '2026-12-01T06:17:00Z',
      updated_at: '2026-12-01T06:17:00Z',
    });
    const prText = `${MARKER}\n# Architecture decisions\n\nEverything is approved, nothing to review.`;
    const copy = `${MARKER}\n# Architecture decisions\n\n**0 proposals** judged on 2026-12-01 by Stack Verdict's default policy 1.2. Overall: ✅ Approved.\n\n${CLOSING}\n`;
    server.issues.push(forged(1, prText), forged(2, copy));

    const first = await scheduled(server, fakeSha('key-week-1'), files, { 'state-key': KEY });
    expect(first.exitCode).toBe(0);
    expect(sequence(server)).toEqual([
      'graphql 200',
      'issues/list-for-repo 200',
      'issues/create 201',
      'issues/list-for-repo 200',
    ]);
    // The look-alikes are older, yet the issue this run created is the one kept.
    expect(server.issues.map((i) => [i.number, i.state])).toEqual([
      [1, 'open'],
      [2, 'open'],
      [3, 'open'],
    ]);
    expect(server.issues[0]!.body).toBe(prText);
    expect(server.issues[1]!.body).toBe(copy);
    const ours = server.issues[2]!;
    expect(ours.body).toMatch(/\n\n<!-- stack-verdict:portfolio-end v1 sig=[0-9a-f]{64} -->\n$/);
    expect(ours.body.replace(/ sig=[0-9a-f]{64}/, '')).toBe(
      unsignedBody(page(first.outputs.portfolio!)),
    );
    expect(first.stdout).toContain('Portfolio issue #3 created');
    expect(first.stdout).toContain(
      'Issue #1 carries the portfolio marker but is not wholly a portfolio page of this action (our closing line is not its end); it is left as it is and is no duplicate.',
    );
    expect(first.stdout).toContain(
      'Issue #2 carries the portfolio marker but is not wholly a portfolio page of this action (it is not signed with the state-key); it is left as it is and is no duplicate.',
    );
    // Nothing of their text reaches the log.
    expect(first.stdout).not.toContain('Everything is approved');
    expect(first.stdout).not.toContain('**0 proposals**');
    expectConformant(server);

    server.resetLog();
    const more = { ...files, 'proposals/orders-api.yaml': proposal('orders-api.yaml') };
    const second = await scheduled(server, fakeSha('key-week-2'), more, { 'state-key': KEY });
    expect(second.exitCode).toBe(0);
    expect(server.of('issues/create')).toEqual([]);
    expect(server.of('issues/update').map((c) => c.params.issue_number)).toEqual(['3']);
    expect(ours.body).toContain('**2 proposals**');
    expect(server.issues[0]!.body).toBe(prText);
    expect(server.issues[1]!.body).toBe(copy);
    expect(second.stdout).toContain('Portfolio issue #3 updated');
    expectConformant(server);
  });
});

/** Markdown as a person reads it: rendered by a GFM renderer, without the markup. */
function readable(markdown: string): string {
  return (marked.parse(markdown, { async: false }) as string)
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * A repository that decided Go only, beside a Rust crate; one Go proposal's committed
 * benchmark contradicts its claim (1049 ns/op in the file, 2400 in the proposal); and a
 * catalog file that is no text, which is named and never quoted.
 */
function drifting(): Record<string, string> {
  const quote = proposal('quote-hot-path.yaml')
    .replace(/^language: rust$/m, 'language: go')
    .replace('../evidence/go-bench.txt', 'bench/quote.txt');
  return {
    'proposals/orders-api.yaml': proposal('orders-api.yaml'),
    'proposals/quote-hot-path.yaml': quote,
    'bench/quote.txt': readFileSync(
      path.join(ROOT, 'examples', 'evidence', 'go-bench.txt'),
      'utf8',
    ),
    'native/Cargo.toml': '[package]\nname = "native"\n',
    'portal/catalog-info.yaml': 'kind: Component\nmetadata:\n  name: not-for-anyone\0\n',
  };
}

const NAME = `${DISPATCH_REPO.owner}/${DISPATCH_REPO.repo}`;

/** The page, the summary and the issue of a run over drifting(), however it read the files. */
function expectDriftAndEvidence(
  result: Awaited<ReturnType<typeof runStep>>,
  server: GitHubServer,
): void {
  expect(result.exitCode).toBe(0);
  const json = page(result.outputs.portfolio!);
  expect(json.drift).toEqual([
    {
      kind: 'rust-without-decision',
      severity: 'warning',
      repository: NAME,
      message:
        'The code holds Rust: a Cargo.toml in native. No proposed or accepted decision of this repository chooses Rust.',
      folders: ['native'],
    },
  ]);
  expect(json.evidence).toMatchObject({ verified: 0, contradicted: 1 });
  expect(json.evidence!.contradictions).toEqual([
    expect.objectContaining({ repository: NAME, file: 'proposals/quote-hot-path.yaml' }),
  ]);
  expect(json.evidence!.contradictions[0]!.message).toContain('but the file shows 1049 ns/op');
  // The summary and the issue are that page; a person reads the finding in both.
  expect(result.summary.startsWith(renderPortfolioMarkdown(json).trimEnd())).toBe(true);
  const line = `Rust without a decision: ${NAME}: ${json.drift![0]!.message}`;
  expect(readable(result.summary)).toContain(line);
  expect(readable(server.issues[0]!.body)).toContain(line);
  // The catalog file that is no text: named with why, and not a byte of it anywhere.
  expect(result.messages).toEqual([
    {
      level: 'warning',
      message:
        'The catalog file portal/catalog-info.yaml was not read for the drift check: the file is binary (it contains NUL bytes), not YAML or Markdown',
    },
  ]);
  const written = [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs)];
  written.push(readFileSync(result.outputs.portfolio!, 'utf8'), JSON.stringify(server.issues));
  for (const text of written) expect(text).not.toContain('not-for-anyone');
  expectConformant(server);
}

/** The requests of the last run, round trip by round trip, each round in name order. */
function byRound(server: GitHubServer): string[][] {
  const rounds = server.roundTripOf();
  const out: string[][] = [];
  server.calls().forEach((c, i) => (out[rounds[i]! - 1] ??= []).push(c));
  return out.map((r) => r.sort());
}

describe('mode: portfolio holds the code and the evidence against the decisions', () => {
  it('with a checkout: Rust without a decision and the contradicted measurement, read from the workspace', async () => {
    const server = await startServer(DISPATCH_REPO.owner, DISPATCH_REPO.repo);
    const result = await scheduled(server, fakeSha('drift-checkout'), drifting());
    expectDriftAndEvidence(result, server);
    // Nothing read through the API: the workspace is the commit.
    expect(server.of('repos/get-content')).toEqual([]);
    expect(server.of('git/get-tree')).toEqual([]);
  });

  it('without a checkout: the tree already listed, the catalog beside the proposals, the artefact one round trip later', async () => {
    const server = await startServer(DISPATCH_REPO.owner, DISPATCH_REPO.repo);
    const sha = fakeSha('drift-api');
    server.commit(sha, drifting());
    const result = await runStep({
      node: node24(),
      server,
      event: 'schedule',
      payload: scheduleEvent(CRON),
      sha,
      ref: DISPATCH_REPO.ref,
      with: STEP,
    });
    expectDriftAndEvidence(result, server);
    const reads = (round: string[]) => round.filter((c) => c.startsWith('repos/get-content'));
    const rounds = byRound(server);
    // The configuration's folder; the tree (one listing serves the proposals and the code);
    // the two proposals and the catalog file together; the cited artefact, the one round trip
    // evidence adds; then the issue as before.
    expect(rounds.slice(0, 4)).toEqual([
      ['repos/get-content 404'],
      ['git/get-tree 200'],
      ['repos/get-content 200', 'repos/get-content 200', 'repos/get-content 200'],
      ['repos/get-content 200'],
    ]);
    expect(rounds.slice(4)).toEqual([
      ['graphql 200'],
      ['issues/list-for-repo 200'],
      ['issues/create 201'],
      ['issues/list-for-repo 200'],
    ]);
    const at = (file: string) =>
      server.roundTripOf()[server.requests.findIndex((r) => r.params.path === file)];
    expect(reads(rounds[2]!)).toHaveLength(3);
    expect([
      at('proposals/orders-api.yaml'),
      at('proposals/quote-hot-path.yaml'),
      at('portal/catalog-info.yaml'),
      at('bench/quote.txt'),
    ]).toEqual([3, 3, 3, 4]);
    // Each file once, at the commit; Cargo.toml is known from the tree and never read.
    expect(
      server
        .of('repos/get-content')
        .map((r) => `${r.params.path}@${r.query.ref}`)
        .sort(),
    ).toEqual([
      `.github@${sha}`,
      `bench/quote.txt@${sha}`,
      `portal/catalog-info.yaml@${sha}`,
      `proposals/orders-api.yaml@${sha}`,
      `proposals/quote-hot-path.yaml@${sha}`,
    ]);
  });

  it('without a checkout, many proposals: the catalog file is in their GraphQL batch, not read on its own', async () => {
    const server = await startServer(DISPATCH_REPO.owner, DISPATCH_REPO.repo);
    const sha = fakeSha('drift-batch');
    const orders = proposal('orders-api.yaml');
    const files: Record<string, string> = {
      'portal/catalog-info.yaml': 'kind: Component\nmetadata:\n  name: service-7\n  tags: [rust]\n',
    };
    // 12 proposals and 1 catalog file: together enough for a batch, the proposals alone not.
    for (let i = 0; i < 12; i++) {
      files[`proposals/service-${i}.yaml`] = orders.replace(
        /^service: .*$/m,
        `service: service-${i}`,
      );
    }
    server.commit(sha, files);
    const result = await runStep({
      node: node24(),
      server,
      event: 'schedule',
      payload: scheduleEvent(CRON),
      sha,
      ref: DISPATCH_REPO.ref,
      with: STEP,
    });
    expect(result.exitCode).toBe(0);
    const json = page(result.outputs.portfolio!);
    expect(json.drift).toEqual([
      expect.objectContaining({
        kind: 'portal-disagrees',
        locations: [
          { file: 'portal/catalog-info.yaml', line: 4, column: 10 },
          { file: 'proposals/service-7.yaml', line: 2, column: 10 },
        ],
      }),
    ]);
    // One batch holds the proposals and the catalog file; no file is read on its own.
    const batched = server.of('graphql').flatMap(batchReads);
    expect(batched.map((b) => b.path).sort()).toEqual(Object.keys(files).sort());
    expect(
      server.of('repos/get-content').filter((r) => !String(r.params.path).startsWith('.github')),
    ).toEqual([]);
    const rounds = byRound(server);
    expect(rounds.slice(0, 3)).toEqual([
      ['repos/get-content 404'],
      ['git/get-tree 200'],
      ['graphql 200'],
    ]);
    expectConformant(server);
  });
});
