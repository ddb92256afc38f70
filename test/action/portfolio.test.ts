// mode: portfolio: every proposal on one page in the job summary, the `portfolio`
// output and, with portfolio-issue, one issue kept up to date. Never a gate.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { markerFor } from '../../src/action/comment/marker.js';
import { readInputs } from '../../src/action/inputs.js';
import { commentBody } from '../../src/action/comment/body.js';
import {
  portfolioBody,
  portfolioMarker,
  readOurPortfolio,
} from '../../src/action/portfolio/issue.js';
import { buildPortfolio, type Portfolio } from '../../src/core/portfolio.js';
import {
  ISSUE_BODY_LIMIT,
  renderPortfolioMarkdown,
} from '../../src/core/render/portfolio-markdown.js';
import type { Report } from '../../src/core/types.js';
import {
  ACTIONS_BOT,
  cleanTempDirs,
  example,
  FakeGitHub,
  HEAD,
  OWNER,
  pullRequestPayload,
  REPO,
  runScenario,
  type Scenario,
} from './fake-github.js';

afterEach(cleanTempDirs);

const MARKER = portfolioMarker('');
const CLOSING = '<!-- stack-verdict:portfolio-end v1 -->';
const ISSUE_ROUTES = /^(GET|POST|PATCH) \/repos\/\{owner\}\/\{repo\}\/issues(\/\{issue_number\})?$/;
let bad: string;
let good: string;
let warn: string;
beforeAll(async () => {
  bad = await example('customer-portal-api.md');
  good = await example('orders-api.yaml');
  warn = await example('session-store.md');
});

const INPUTS = { mode: 'portfolio', 'portfolio-issue': 'true' };

/** A scheduled run over a checkout holding these files. */
function scheduled(files: Record<string, string>, s: Partial<Scenario> = {}) {
  return runScenario({
    event: 'schedule',
    payload: { schedule: '17 6 * * 1' },
    checkout: HEAD,
    workspaceFiles: files,
    inputs: INPUTS,
    env: { GITHUB_RUN_ID: '4242' },
    ...s,
  });
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

describe('mode: portfolio on a schedule', () => {
  it('writes the page to the summary and the outputs, creates one issue, and never gates', async () => {
    const fake = new FakeGitHub();
    const { result, sink } = await scheduled(
      { 'proposals/portal.md': bad, 'proposals/orders.yaml': good },
      { fake },
    );
    // changes-requested, yet the step does not fail: the page reports.
    expect(result?.report.verdict).toBe('changes-requested');
    expect(sink.failed).toEqual([]);
    expect(sink.messages('info').join('\n')).toMatch(/does not gate/);
    expect(sink.annotations()).toEqual([]);
    // No pull request comment is looked for or written.
    expect(fake.routes().filter((r) => r.includes('/comments'))).toEqual([]);

    // The outputs: the verdict, the report file and the JSON page built from that report.
    expect(sink.outputs.verdict).toBe('changes-requested');
    const report = await readJson<Report>(sink.outputs.report!);
    const page = await readJson<Portfolio>(sink.outputs.portfolio!);
    expect(sink.outputs.portfolio).toMatch(/stack-verdict[/\\]portfolio\.json$/);
    // The checkout holds no go.mod, Cargo.toml or catalog: the drift section says all agree.
    expect(page).toEqual(
      buildPortfolio(report, {
        today: page.date,
        warningDays: 30,
        repository: { name: `${OWNER}/${REPO}` },
        drift: [],
      }),
    );
    expect(page.counts.proposals).toBe(2);
    // Each proposal links to its file in the repository, so that merged pages tell them apart.
    expect(page.proposals.map((p) => p.repository)).toEqual([
      `${OWNER}/${REPO}`,
      `${OWNER}/${REPO}`,
    ]);
    expect(renderPortfolioMarkdown(page)).toContain(
      `[orders-api](https://github.com/${OWNER}/${REPO}/blob/HEAD/proposals/orders.yaml)`,
    );

    // The summary is the page of that JSON, then the notes.
    const summary = sink.summaries.join('');
    expect(summary.startsWith(renderPortfolioMarkdown(page).trimEnd())).toBe(true);
    expect(summary).toContain('This page reports; it does not gate.');

    // One issue, titled by default, its body the page with the marker first.
    expect(fake.issues).toHaveLength(1);
    const issue = fake.issues[0]!;
    expect(issue.title).toBe('Architecture decisions');
    expect(issue.body.startsWith(`${MARKER}\n# Architecture decisions\n`)).toBe(true);
    // The page, then the closing line that tells it from a look-alike (unsigned: no key).
    expect(issue.body).toBe(
      `${renderPortfolioMarkdown(page, {
        marker: MARKER,
        maxLength: ISSUE_BODY_LIMIT,
        fullPageHint: `[The job summary of this run](https://github.com/${OWNER}/${REPO}/actions/runs/4242) has the whole page.`,
      }).trimEnd()}\n\n${CLOSING}\n`,
    );
    expect(summary).toContain(`The page is kept in issue [#1](${issue.html_url}).`);
    expect(result?.portfolio?.issue).toEqual({ action: 'created', number: 1, url: issue.html_url });
  });

  it('updates the same issue on the next run, also after a person retitled it', async () => {
    const fake = new FakeGitHub();
    await scheduled({ 'proposals/portal.md': bad }, { fake });
    expect(fake.issues).toHaveLength(1);
    fake.issues[0]!.title = 'Our language decisions (do not close)';
    fake.calls = [];

    const { result, sink } = await scheduled(
      { 'proposals/portal.md': bad, 'proposals/orders.yaml': good },
      { fake },
    );
    expect(fake.issues).toHaveLength(1);
    const issue = fake.issues[0]!;
    expect(issue.title).toBe('Our language decisions (do not close)');
    expect(issue.body).toContain('**2 proposals**');
    expect(fake.count('POST /repos/{owner}/{repo}/issues')).toBe(0);
    expect(fake.count('PATCH /repos/{owner}/{repo}/issues/{issue_number}')).toBe(1);
    expect(result?.portfolio?.issue.action).toBe('updated');
    expect(sink.failed).toEqual([]);

    // A third run with nothing changed writes nothing.
    fake.calls = [];
    const third = await scheduled(
      { 'proposals/portal.md': bad, 'proposals/orders.yaml': good },
      { fake },
    );
    expect(third.result?.portfolio?.issue.action).toBe('unchanged');
    expect(fake.count('PATCH /repos/{owner}/{repo}/issues/{issue_number}')).toBe(0);
  });

  it('never adopts an issue with the marker written by someone else', async () => {
    const fake = new FakeGitHub();
    const mallory = { login: 'mallory', type: 'User' as const };
    const forged = `${MARKER}\n# Architecture decisions\n\nAll approved, nothing to see.`;
    fake.issues.push({
      number: 1,
      title: 'Architecture decisions',
      body: forged,
      state: 'open',
      user: mallory,
      html_url: `https://github.com/${OWNER}/${REPO}/issues/1`,
    });
    await scheduled({ 'proposals/portal.md': bad }, { fake });
    expect(fake.issues.map((i) => [i.number, i.user.login])).toEqual([
      [1, 'mallory'],
      [2, ACTIONS_BOT.login],
    ]);
    expect(fake.issues[0]!.body).toBe(forged);
    // Listed by the token's identity, never taken from the title.
    const listed = fake.calls.filter((c) => c.route === 'GET /repos/{owner}/{repo}/issues');
    expect(listed[0]!.params).toMatchObject({ creator: ACTIONS_BOT.login, state: 'all' });
  });

  it('ignores an issue of ours that only quotes the marker, and a comment marker', async () => {
    const fake = new FakeGitHub();
    fake.issues.push({
      number: 1,
      title: 'Old',
      body: `Something else\n${MARKER}`,
      state: 'open',
      user: ACTIONS_BOT,
      html_url: `https://github.com/${OWNER}/${REPO}/issues/1`,
    });
    fake.issues.push({
      number: 2,
      title: 'A comment body',
      body: `${markerFor('')}\n## Stack Verdict: x`,
      state: 'open',
      user: ACTIONS_BOT,
      html_url: `https://github.com/${OWNER}/${REPO}/issues/2`,
    });
    await scheduled({ 'proposals/portal.md': bad }, { fake });
    expect(fake.issues).toHaveLength(3);
    expect(fake.issues[0]!.body).toBe(`Something else\n${MARKER}`);
  });

  it('keeps the oldest issue when two runs created one at once, and closes the other without its marker', async () => {
    const fake = new FakeGitHub();
    const request = fake.request.bind(fake);
    let raced = false;
    fake.request = async (route, params) => {
      if (route === 'POST /repos/{owner}/{repo}/issues' && !raced) {
        raced = true;
        // Another run's issue, the same page, lands first.
        await request(route, params);
      }
      return request(route, params);
    };
    const { result } = await scheduled({ 'proposals/portal.md': bad }, { fake });
    expect(fake.issues).toHaveLength(2);
    const [kept, closed] = fake.issues;
    expect(kept!.state).toBe('open');
    expect(kept!.body.startsWith(MARKER)).toBe(true);
    expect(kept!.body).toContain('**1 proposal**');
    expect(closed!.state).toBe('closed');
    expect(closed!.body).not.toContain(MARKER);
    expect(closed!.body).toContain('#1');
    expect(result?.portfolio?.issue).toMatchObject({ action: 'updated', number: 1 });

    // The next run finds one issue and creates none.
    fake.calls = [];
    await scheduled({ 'proposals/portal.md': bad, 'proposals/orders.yaml': good }, { fake });
    expect(fake.count('POST /repos/{owner}/{repo}/issues')).toBe(0);
    expect(fake.issues.filter((i) => i.body.startsWith(MARKER))).toHaveLength(1);
  });

  it('with a read-only token: writes the summary, says why there is no issue, does not fail', async () => {
    const fake = new FakeGitHub();
    fake.issueWriteStatus = 403;
    const { result, sink } = await scheduled({ 'proposals/portal.md': bad }, { fake });
    expect(sink.failed).toEqual([]);
    expect(fake.issues).toEqual([]);
    const why = sink.messages('warning').join('\n');
    expect(why).toContain('cannot create an issue in acme/services');
    expect(why).toContain('`issues: write`');
    const summary = sink.summaries.join('');
    expect(summary).toContain('# Architecture decisions');
    expect(summary).toContain('No portfolio issue was written');
    expect(summary).toContain('issues: write');
    expect(result?.portfolio?.issue).toMatchObject({ action: 'failed', fatal: false });
  });

  it('keeps a large page within the issue body limit, linking the run for the rest', async () => {
    const fake = new FakeGitHub();
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      files[`proposals/portal-${i}.md`] = bad.replace(
        /^service: .*$/m,
        `service: customer-portal-${i}`,
      );
    }
    const { sink } = await scheduled(files, { fake });
    const body = fake.issues[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('left out to stay within GitHub');
    expect(body).toContain(
      `[The job summary of this run](https://github.com/${OWNER}/${REPO}/actions/runs/4242) has the whole page.`,
    );
    // The summary (1 MiB) has every row.
    const summary = sink.summaries.join('');
    expect(summary).toContain('customer-portal-299');
    expect(summary).not.toContain('left out to stay within GitHub');
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
  });

  it('writes no issue without portfolio-issue', async () => {
    const fake = new FakeGitHub();
    const { sink } = await scheduled(
      { 'proposals/portal.md': bad },
      { fake, inputs: { mode: 'portfolio' } },
    );
    expect(fake.routes().filter((r) => ISSUE_ROUTES.test(r))).toEqual([]);
    expect(sink.summaries.join('')).toContain('# Architecture decisions');
  });

  it('takes the title from the configuration and the warning days from its settings', async () => {
    const fake = new FakeGitHub();
    const { sink } = await scheduled(
      {
        'proposals/session.md': warn,
        '.github/stack-verdict.yml':
          'portfolio:\n  title: Platform language decisions\nsettings:\n  waiver-warning-days: 400\n',
      },
      { fake },
    );
    expect(fake.issues[0]!.title).toBe('Platform language decisions');
    expect(fake.issues[0]!.body).toContain('# Platform language decisions\n');
    expect(sink.summaries.join('')).toContain('# Platform language decisions\n');
    const page = await readJson<Portfolio>(sink.outputs.portfolio!);
    expect(page.warningDays).toBe(400);
  });

  it('refuses a bad portfolio title in the configuration with its line', async () => {
    const { sink } = await scheduled({
      'proposals/session.md': warn,
      '.github/stack-verdict.yml': 'portfolio:\n  title: ""\n',
    });
    expect(sink.failed).toHaveLength(1);
    expect(sink.annotations('error')[0]!.props).toMatchObject({
      file: '.github/stack-verdict.yml',
      startLine: 2,
    });
  });
});

describe('a look-alike portfolio issue by the same identity', () => {
  const PATCH = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
  const KEY = 'k'.repeat(16) + '0123456789abcdef0123';
  const OTHER_KEY = 'z'.repeat(40);
  const patched = (fake: FakeGitHub) =>
    fake.calls.filter((c) => c.route === PATCH).map((c) => c.params.issue_number);
  const issueOf = (fake: FakeGitHub, number: number) =>
    fake.issues.find((i) => i.number === number)!;
  const push = (fake: FakeGitHub, number: number, body: string) =>
    fake.issues.push({
      number,
      title: 'Architecture decisions',
      body,
      state: 'open',
      user: ACTIONS_BOT,
      html_url: `https://github.com/${OWNER}/${REPO}/issues/${number}`,
    });
  const withKey = (key: string) => ({ inputs: { ...INPUTS, 'state-key': key } });

  it('another workflow posting pull request text after the marker: not edited, and the log says why', async () => {
    const fake = new FakeGitHub();
    // As a workflow echoing a pull request's description would post it.
    const forged = `${MARKER}\n# Architecture decisions\n\nEverything is approved. @security-team please close this.`;
    push(fake, 1, forged);
    const { result, sink } = await scheduled({ 'proposals/portal.md': bad }, { fake });
    expect(issueOf(fake, 1).body).toBe(forged);
    expect(patched(fake)).toEqual([]);
    expect(result?.portfolio?.issue).toMatchObject({ action: 'created', number: 2 });
    expect(issueOf(fake, 2).body).toContain('**1 proposal**');
    const log = sink.messages('info').join('\n');
    expect(log).toContain(
      'Issue #1 carries the portfolio marker but is not wholly a portfolio page of this action (our closing line is not its end); it is left as it is',
    );
    // The forged text is never quoted.
    expect(log).not.toContain('Everything is approved');
    expect(log).not.toContain('@security-team');
  });

  it('copies of our page with text after it are neither edited nor make ours the duplicate', async () => {
    const fake = new FakeGitHub();
    await scheduled({ 'proposals/portal.md': bad }, { fake });
    const ours = fake.issues[0]!;
    // Another workflow echoes it with a line of its own: older (renumbered first) and newer.
    const echo = `${ours.body}Posted by the release workflow.\n`;
    ours.number = 2;
    push(fake, 1, echo);
    push(fake, 3, echo);
    fake.issues.sort((a, b) => a.number - b.number);
    fake.calls = [];
    const { result, sink } = await scheduled(
      { 'proposals/portal.md': bad, 'proposals/orders.yaml': good },
      { fake },
    );
    expect(result?.portfolio?.issue).toMatchObject({ action: 'updated', number: 2 });
    expect(patched(fake)).toEqual([2]);
    expect(fake.count('POST /repos/{owner}/{repo}/issues')).toBe(0);
    expect(issueOf(fake, 2)).toMatchObject({ state: 'open' });
    expect(issueOf(fake, 2).body).toContain('**2 proposals**');
    for (const n of [1, 3]) expect(issueOf(fake, n)).toMatchObject({ body: echo, state: 'open' });
    const log = sink.messages('info').join('\n');
    expect(log).toMatch(/Issue #1 .*\(our closing line is not its end\); it is left as it is/);
    expect(log).toMatch(/Issue #3 .*\(our closing line is not its end\)/);
    expect(log).not.toContain('release workflow');
  });

  it('an older look-alike does not make the issue just created a duplicate', async () => {
    const fake = new FakeGitHub();
    const request = fake.request.bind(fake);
    let raced = false;
    fake.request = async (route, params) => {
      if (route === 'POST /repos/{owner}/{repo}/issues' && !raced) {
        raced = true;
        // Another workflow posts a look-alike while this run creates its issue.
        push(fake, 1, `${String(params?.body)}\nAnd a word from the pull request.`);
      }
      return request(route, params);
    };
    const { result } = await scheduled({ 'proposals/portal.md': bad }, { fake });
    expect(result?.portfolio?.issue).toMatchObject({ action: 'created', number: 2 });
    expect(issueOf(fake, 2)).toMatchObject({ state: 'open' });
    expect(issueOf(fake, 2).body.startsWith(MARKER)).toBe(true);
    expect(issueOf(fake, 1).body).toContain('And a word from the pull request.');
    expect(patched(fake)).toEqual([]);
  });

  it('with a state-key: signs the page and keeps updating the signed issue', async () => {
    const fake = new FakeGitHub();
    await scheduled({ 'proposals/portal.md': bad }, { fake, ...withKey(KEY) });
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]!.body).toMatch(
      /\n\n<!-- stack-verdict:portfolio-end v1 sig=[0-9a-f]{64} -->\n$/,
    );
    fake.calls = [];
    const { result } = await scheduled(
      { 'proposals/portal.md': bad, 'proposals/orders.yaml': good },
      { fake, ...withKey(KEY) },
    );
    expect(result?.portfolio?.issue).toMatchObject({ action: 'updated', number: 1 });
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]!.body).toContain('**2 proposals**');
    expect(fake.issues[0]!.body).toMatch(/ sig=[0-9a-f]{64} -->\n$/);
  });

  it.each([
    ['unsigned', undefined, 'it is not signed with the state-key'],
    ['signed with another key', OTHER_KEY, 'its signature does not match the state-key'],
  ])(
    'with a state-key: a page of the same shape %s is neither edited nor counted as ours',
    async (_name, theirKey, reason) => {
      const fake = new FakeGitHub();
      await scheduled(
        { 'proposals/portal.md': bad },
        { fake, ...(theirKey ? withKey(theirKey) : {}) },
      );
      const look = fake.issues[0]!;
      const before = look.body;
      fake.calls = [];
      const { result, sink } = await scheduled(
        { 'proposals/portal.md': bad },
        { fake, ...withKey(KEY) },
      );
      expect(look.body).toBe(before);
      expect(patched(fake)).toEqual([]);
      expect(result?.portfolio?.issue).toMatchObject({ action: 'created', number: 2 });
      expect(issueOf(fake, 2).body).toMatch(/ sig=[0-9a-f]{64} -->\n$/);
      expect(sink.messages('info').join('\n')).toContain(
        `Issue #1 carries the portfolio marker but is not wholly a portfolio page of this action (${reason})`,
      );
    },
  );

  it('a signed copy with its text changed does not verify', async () => {
    const fake = new FakeGitHub();
    await scheduled({ 'proposals/portal.md': bad }, { fake, ...withKey(KEY) });
    const ours = fake.issues[0]!;
    ours.number = 2;
    push(fake, 1, ours.body.replace('**1 proposal**', '**0 proposals**'));
    fake.issues.sort((a, b) => a.number - b.number);
    fake.calls = [];
    const { result, sink } = await scheduled(
      { 'proposals/portal.md': bad, 'proposals/orders.yaml': good },
      { fake, ...withKey(KEY) },
    );
    expect(result?.portfolio?.issue).toMatchObject({ action: 'updated', number: 2 });
    expect(patched(fake)).toEqual([2]);
    expect(issueOf(fake, 1).body).toContain('**0 proposals**');
    expect(sink.messages('info').join('\n')).toContain(
      'Issue #1 carries the portfolio marker but is not wholly a portfolio page of this action (its signature does not match the state-key)',
    );
  });

  it('a run without the key leaves the signed issue alone and opens no second one', async () => {
    const fake = new FakeGitHub();
    await scheduled({ 'proposals/portal.md': bad }, { fake, ...withKey(KEY) });
    const signed = fake.issues[0]!.body;
    fake.calls = [];
    const { result, sink } = await scheduled(
      { 'proposals/portal.md': bad, 'proposals/orders.yaml': good },
      { fake },
    );
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]!.body).toBe(signed);
    expect(patched(fake)).toEqual([]);
    expect(sink.failed).toEqual([]);
    expect(result?.portfolio?.issue).toMatchObject({ action: 'failed', fatal: false });
    expect(sink.messages('warning').join('\n')).toContain(
      'the portfolio issue #1 is signed with a `state-key` and this run has none',
    );
    expect(sink.summaries.join('')).toContain('No portfolio issue was written');
  });
});

describe('readOurPortfolio', () => {
  const page = `${MARKER}\n# Architecture decisions\n\n**1 proposal** judged on 2026-12-07 by Stack Verdict's default policy 1.2. Overall: ✅ Approved.\n\n## By language\n`;
  const body = portfolioBody(page);
  const signing = { key: 'k'.repeat(40), scope: `${OWNER}/${REPO}` };

  it('adopts our own body, signed or not, and nothing around it', () => {
    expect(readOurPortfolio(body, MARKER)).toEqual({ ok: true });
    expect(readOurPortfolio(portfolioBody(page, signing), MARKER, signing)).toEqual({ ok: true });
  });

  it.each([
    ['text before the marker', `Hi\n${body}`, 'the marker is not its first line'],
    ['no heading', body.replace('# Architecture', 'Architecture'), 'it lacks our heading'],
    [
      'no summary line',
      body.replace('**1 proposal**', 'All fine'),
      "it lacks the page's summary line",
    ],
    ['text after the closing line', `${body}more\n`, 'our closing line is not its end'],
    ['two closing lines', `${body.trimEnd()}\n\n${body}`, 'it holds more than one closing line'],
    [
      'a closing line inside',
      page + `\n${CLOSING}\n` + body.slice(page.length),
      'it holds more than one closing line',
    ],
    [
      'another tag',
      portfolioBody(page.replace(MARKER, portfolioMarker('x'))),
      'the marker is not its first line',
    ],
    [
      'a comment of ours',
      `${markerFor('')}\n## ✅ Stack Verdict: Approved\n`,
      'the marker is not its first line',
    ],
  ])('refuses %s', (_name, text, reason) => {
    expect(readOurPortfolio(text, MARKER)).toEqual({ ok: false, reason });
  });

  it('with a key: the signature covers the page, and is bound to the repository and the kind', () => {
    const signed = portfolioBody(page, signing);
    expect(readOurPortfolio(signed.replace('1.2', '1.1'), MARKER, signing)).toEqual({
      ok: false,
      reason: 'its signature does not match the state-key',
    });
    expect(readOurPortfolio(signed, MARKER, { ...signing, scope: 'acme/other' }).ok).toBe(false);
    // A verdict comment's signature over the same text does not make a portfolio page.
    const asComment = commentBody(page, '<!-- stack-verdict:portfolio-end v1 -->', signing);
    expect(readOurPortfolio(asComment, MARKER, signing)).toEqual({
      ok: false,
      reason: 'its signature does not match the state-key',
    });
  });
});

/**
 * A repository whose decisions are Go only, beside a Rust crate; a catalog entry tagging the
 * Go service Rust; a Go proposal whose committed benchmark contradicts its claim; and a catalog
 * file that is no text (NUL bytes), which is reported without a byte of it.
 */
async function driftingRepository(): Promise<Record<string, string>> {
  const quote = (await example('quote-hot-path.yaml'))
    .replace(/^language: rust$/m, 'language: go')
    .replace('../evidence/go-bench.txt', 'bench/quote.txt');
  return {
    'proposals/orders.yaml': good,
    'proposals/quote.yaml': quote,
    'bench/quote.txt': await readFile(
      new URL('../../examples/evidence/go-bench.txt', import.meta.url),
      'utf8',
    ),
    'native/Cargo.toml': '[package]\nname = "native"\n',
    'services/orders/catalog-info.yaml':
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: orders-api\n  tags: [rust]\n',
    'services/broken/catalog-info.yaml': 'kind: Component\nmetadata:\n  name: secret-name\0\n',
  };
}

const REPOSITORY = `${OWNER}/${REPO}`;

/** What both ways of reading (checkout, API) must put on the page. */
async function expectDriftAndEvidence(
  sink: Awaited<ReturnType<typeof runScenario>>['sink'],
  fake: FakeGitHub,
) {
  expect(sink.failed).toEqual([]);
  const page = await readJson<Portfolio>(sink.outputs.portfolio!);
  expect(page.drift).toEqual([
    {
      kind: 'rust-without-decision',
      severity: 'warning',
      repository: REPOSITORY,
      message:
        'The code holds Rust: a Cargo.toml in native. No proposed or accepted decision of this repository chooses Rust.',
      folders: ['native'],
    },
    expect.objectContaining({
      kind: 'portal-disagrees',
      repository: REPOSITORY,
      locations: [
        // The tag that disagrees, and the decision's `service`.
        { file: 'services/orders/catalog-info.yaml', line: 5, column: 10 },
        { file: 'proposals/orders.yaml', line: 2, column: 10 },
      ],
    }),
  ]);
  // The evidence totals: the benchmark shows 1049 ns/op where the proposal says 2400.
  expect(page.evidence).toMatchObject({ verified: 0, contradicted: 1 });
  expect(page.evidence!.contradictions).toEqual([
    expect.objectContaining({ file: 'proposals/quote.yaml', repository: REPOSITORY }),
  ]);
  expect(page.evidence!.contradictions[0]!.message).toContain('1049 ns/op');
  // The summary and the issue are the page of that JSON, drift section included.
  const rendered = renderPortfolioMarkdown(page).trimEnd();
  expect(sink.summaries.join('').startsWith(rendered)).toBe(true);
  expect(rendered).toContain(
    `**Rust without a decision**: ${REPOSITORY}: ${page.drift![0]!.message}`,
  );
  expect(fake.issues[0]!.body).toContain('**Rust without a decision**');
  // The unreadable catalog file: named with why, nothing of it quoted anywhere.
  const warnings = sink.messages('warning');
  expect(warnings).toEqual([
    expect.stringContaining(
      'The catalog file services/broken/catalog-info.yaml was not read for the drift check: the file is binary',
    ),
  ]);
  const everything = JSON.stringify([
    sink.summaries,
    sink.outputs,
    warnings,
    sink.messages('info'),
    fake.issues,
  ]);
  expect(everything).not.toContain('secret-name');
  expect(JSON.stringify(page)).not.toContain('secret-name');
}

describe('mode: portfolio holds the code, the portal and the evidence against the decisions', () => {
  it('from the checkout: Rust without a decision, the portal, and the contradicted measurement', async () => {
    const fake = new FakeGitHub();
    const { sink } = await scheduled(await driftingRepository(), { fake });
    await expectDriftAndEvidence(sink, fake);
    // Everything was read from the checkout: no file through the API (the GraphQL request asks
    // who the token is, for the issue).
    expect(fake.routes().filter((r) => /contents|git\/(trees|blobs)/.test(r))).toEqual([]);
  });

  it('without a checkout: the tree already listed, the catalog and the artefact through the API', async () => {
    const fake = new FakeGitHub();
    for (const [file, text] of Object.entries(await driftingRepository()))
      fake.files.set(file, text);
    const { sink } = await scheduled({}, { fake, checkout: undefined });
    await expectDriftAndEvidence(sink, fake);
    // One tree listing; each file read once: the proposals, the catalog files, the artefact.
    expect(fake.count('GET /repos/{owner}/{repo}/git/trees/{tree_sha}')).toBe(1);
    const read = fake.calls
      .filter((c) => c.route === 'GET /repos/{owner}/{repo}/contents/{path}')
      .map((c) => String(c.params.path))
      .filter((p) => !p.startsWith('.github'))
      .sort();
    expect(read).toEqual([
      'bench/quote.txt',
      'proposals/orders.yaml',
      'proposals/quote.yaml',
      'services/broken/catalog-info.yaml',
      'services/orders/catalog-info.yaml',
    ]);
  });

  it('a repository whose code, portal and decisions agree has an empty drift section', async () => {
    const fake = new FakeGitHub();
    const { sink } = await scheduled(
      {
        'proposals/orders.yaml': good,
        'go.mod': 'module example.com/orders\n',
        'catalog-info.yaml': 'kind: Component\nmetadata:\n  name: orders-api\n  tags: [go]\n',
      },
      { fake },
    );
    const page = await readJson<Portfolio>(sink.outputs.portfolio!);
    expect(page.drift).toEqual([]);
    expect(sink.summaries.join('')).toContain(
      'The code and the developer portal agree with the decisions.',
    );
    expect(sink.messages('warning')).toEqual([]);
  });
});

describe('mode: portfolio on a pull request', () => {
  it('says it is meant for schedules, writes the summary, and neither comments nor gates', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    const { result, sink } = await runScenario({
      event: 'pull_request',
      payload: pullRequestPayload(),
      checkout: 'b'.repeat(40),
      workspaceFiles: { 'proposals/portal.md': bad, 'proposals/orders.yaml': good },
      inputs: { mode: 'portfolio' },
      fake,
    });
    expect(sink.failed).toEqual([]);
    expect(result?.scope).toBe('all');
    expect(result?.report.proposals).toHaveLength(2);
    expect(fake.routes().filter((r) => r.includes('comments'))).toEqual([]);
    expect(sink.messages('info').join('\n')).toContain(
      'mode: portfolio is meant for schedule and workflow_dispatch runs',
    );
    expect(sink.summaries.join('')).toContain('is meant for `schedule` and `workflow_dispatch`');
  });
});

describe('inputs: mode and portfolio-issue', () => {
  const read = (inputs: Record<string, string>) =>
    readInputs((name) => ({ 'github-token': 't', ...inputs })[name] ?? '');

  it('defaults to check, without an issue', () => {
    expect(read({})).toMatchObject({ mode: 'check', portfolioIssue: false });
    expect(read({ mode: 'Portfolio', 'portfolio-issue': 'TRUE' })).toMatchObject({
      mode: 'portfolio',
      portfolioIssue: true,
    });
  });

  it.each([
    [{ mode: 'report' }, '`mode` must be one of check, portfolio; got "report"'],
    [{ mode: 'portfolio', 'portfolio-issue': 'yes' }, '`portfolio-issue` must be true or false'],
    [{ 'portfolio-issue': 'true' }, '`portfolio-issue` is only used with `mode: portfolio`'],
    [
      { mode: 'portfolio', scope: 'changed' },
      '`scope` must be empty or all with `mode: portfolio`',
    ],
    [
      { mode: 'portfolio', 'from-report': 'r.json', 'pull-request': '3' },
      '`from-report` cannot be used with `mode: portfolio`',
    ],
  ])('refuses %o before any I/O', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });

  it('stops a run with a bad mode before any request', async () => {
    const fake = new FakeGitHub();
    const { sink } = await scheduled(
      { 'proposals/portal.md': bad },
      {
        fake,
        inputs: { mode: 'portfolios' },
      },
    );
    expect(sink.failed[0]).toContain('`mode` must be one of check, portfolio');
    expect(fake.calls).toEqual([]);
  });
});
