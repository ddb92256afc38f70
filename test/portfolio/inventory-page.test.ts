// The portfolio page lists every proposal, keeps past decisions apart and names what the
// cost sums leave out; `portfolio --merge` makes one page of several. Each page a reader
// sees (Markdown through a GFM renderer, and the HTML file) is read back and compared with
// the JSON report of the same proposals.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { buildReport, defaultEngineOptions } from '../../src/core/engine.js';
import { buildPortfolio, type Portfolio } from '../../src/core/portfolio.js';
import { VERDICT_LABEL } from '../../src/core/render/labels.js';
import { isPastDecision } from '../../src/core/status.js';
import type { ProposalReport, Report } from '../../src/core/types.js';
import { fakeIo, judge, REPO_ROOT, tempTree } from '../helpers.js';
import { htmlSections, markdownSections, records, type Section } from './page-tables.js';

async function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const t = fakeIo(cwd, env);
  const code = await runCli(args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

/** Both pages a reader sees, as sections by heading. */
async function pages(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const md = await cli(cwd, ['portfolio', ...args], env);
  const html = await cli(cwd, ['portfolio', ...args, '--format', 'html'], env);
  expect([md.code, html.code, md.stderr, html.stderr]).toEqual([0, 0, '', '']);
  return [
    ['Markdown', markdownSections(md.stdout)],
    ['HTML', htmlSections(html.stdout)],
  ] as const;
}

function section(sections: Map<string, Section>, prefix: string): Section | undefined {
  return [...sections.values()].find((s) => s.heading.startsWith(prefix));
}

/** What the sums leave out of a proposal of the report, in the page's words. */
function gaps(p: ProposalReport): string[] {
  if (p.language !== 'rust' || isPastDecision(p.status)) return [];
  if (p.recommended === null) return ['not valid'];
  const out: string[] = [];
  if (!p.costs?.premiumPerYear) out.push('no team data');
  if ((p.costs?.ciMinutesPerDay ?? null) === null) out.push('no delivery data');
  return out;
}

describe('the page of examples/proposals', async () => {
  const check = await cli(REPO_ROOT, ['check', 'examples/proposals', '--format', 'json']);
  const report = JSON.parse(check.stdout) as Report;
  const json = await cli(REPO_ROOT, ['portfolio', 'examples/proposals', '--format', 'json']);
  const page = JSON.parse(json.stdout) as Portfolio;
  const both = await pages(REPO_ROOT, ['examples/proposals']);

  it('JSON: lists every proposal of the report, the count beside the list', () => {
    expect(page.proposals.map((p) => p.file)).toEqual(report.proposals.map((p) => p.file).sort());
    expect(page.counts.proposals).toBe(report.counts.proposals);
    expect(page.proposals.filter((p) => p.owner !== null).length).toBeGreaterThan(10);
  });

  for (const [format, sections] of both) {
    it(`${format}: one row per proposal, linked to its file, with what the report says`, () => {
      const rows = records(section(sections, 'Proposals ('));
      expect(rows).toHaveLength(report.proposals.length);
      expect(rows.map((r) => r.Service!.href).sort()).toEqual(
        report.proposals.map((p) => p.file).sort(),
      );
      for (const p of report.proposals) {
        const row = rows.find((r) => r.Service!.href === p.file)!;
        expect(row.Service!.text).toBe(p.service);
        expect(row.Owner!.text).toBe(p.owner ?? '—');
        expect(row.Language!.text).toBe(p.language);
        expect(row.Recommended!.text).toBe(p.recommended ?? '—');
        expect(row.Verdict!.text).toContain(VERDICT_LABEL[p.verdict]);
        expect(row.Status!.text).toBe(p.status);
        expect(row.Justifications!.text).toBe(
          p.justifications.map((id) => `${id} ${p.justificationBasis![id]}`).join(', ') || '—',
        );
        const waivers = (p.waivers ?? []).map((w) => w.rule);
        if (waivers.length === 0) expect(row.Waivers!.text).toBe('—');
        for (const rule of waivers) expect(row.Waivers!.text).toContain(rule);
      }
      // Every basis the policy knows shows up among the examples.
      const bases = rows.map((r) => r.Justifications!.text).join(' ');
      expect(bases).toContain(' measured');
      expect(bases).toContain(' declared');
    });

    it(`${format}: names each Rust proposal the cost sums leave out, and why`, () => {
      const expected = report.proposals
        .filter((p) => gaps(p).length > 0)
        .map((p) => `${p.service} (${p.file}): ${gaps(p).join(', ')}`);
      expect(expected.length).toBeGreaterThan(0);
      const costs = section(sections, 'The cost of the Rust choices')!;
      expect(costs.items.map((i) => i.text)).toEqual(expected);
      expect(costs.paragraphs.join(' ')).toContain(
        `The sums leave out, in whole or in part, ${expected.length} Rust proposals`,
      );
      // The total row counts only what it sums.
      const total = costs.table.at(-1)![0]!.text;
      expect(total).toBe(`Total, ${page.costTotals.proposals} Rust proposals`);
    });
  }
});

const CURRENT =
  'service: orders\nowner: commerce\nlanguage: go\nkind: http-api\nworkload:\n  bound: io\n';
const SUPERSEDED =
  'service: ledger\nlanguage: rust\nstatus: Superseded by ADR-0012 (the Go rewrite)\nkind: worker\n' +
  'workload:\n  bound: io\nteam:\n  size: 8\ndelivery:\n  merges-per-day: 30\n';
const REJECTED =
  'service: stream\nlanguage: rust\nstatus: rejected\nkind: worker\nworkload:\n  bound: io\n';

describe('past decisions', async () => {
  const cwd = tempTree({
    'proposals/orders.yaml': CURRENT,
    'proposals/ledger.yaml': SUPERSEDED,
    'proposals/stream.yaml': REJECTED,
  });
  const json = JSON.parse((await cli(cwd, ['portfolio', 'proposals', '--format', 'json'])).stdout);
  const page = json as Portfolio;
  const both = await pages(cwd, ['proposals']);

  it('JSON: listed with their successor, out of every count and sum', () => {
    expect(page.counts).toEqual({ proposals: 3, current: 1, past: 2 });
    expect(page.proposals.filter((p) => p.past).map((p) => [p.file, p.supersededBy])).toEqual([
      ['proposals/ledger.yaml', 'ADR-0012 (the Go rewrite)'],
      ['proposals/stream.yaml', null],
    ]);
    expect(page.byLanguage).toEqual([
      { language: 'go', proposals: 1, approved: 1, approvedWithWarnings: 0, changesRequested: 0 },
    ]);
    expect(page.costs).toEqual([]);
    expect(page.costExclusions).toEqual([]);
    expect(page.mismatches).toEqual([]);
  });

  for (const [format, sections] of both) {
    it(`${format}: in a section of their own, with what superseded them`, () => {
      expect(records(section(sections, 'Proposals (1)')).map((r) => r.Service!.text)).toEqual([
        'orders',
      ]);
      const past = records(section(sections, 'Past decisions (2)'));
      expect(past.map((r) => [r.Service!.text, r.Status!.text, r['Superseded by']!.text])).toEqual([
        ['ledger', 'superseded', 'ADR-0012 (the Go rewrite)'],
        ['stream', 'rejected', '—'],
      ]);
      expect(past.map((r) => r.Service!.href)).toEqual([
        'proposals/ledger.yaml',
        'proposals/stream.yaml',
      ]);
      const languages = records(section(sections, 'By language'));
      expect(languages.map((r) => r.Language!.text)).toEqual(['go']);
      const costs = section(sections, 'The cost of the Rust choices')!;
      expect(costs.table).toEqual([]);
      expect(costs.items).toEqual([]);
    });
  }
});

describe('portfolio --merge', () => {
  const ROOT_FILES = {
    // The two folders are proposals' folders: the configuration's globs say so.
    '.github/stack-verdict.yml': "files: ['a/*.yaml', 'b/*.yaml']\n",
    'a/orders.yaml': CURRENT,
    'a/ledger.yaml': SUPERSEDED,
    'b/stream.yaml': REJECTED.replace('status: rejected\n', ''),
    'b/proxy.yaml':
      'service: proxy\nlanguage: rust\nkind: network-proxy\nworkload:\n  bound: io\nteam:\n  size: 3\n' +
      'waivers:\n  - rule: rust-hiring-premium\n    reason: budgeted\n    expires: "2099-01-01"\n',
  };

  it('of the pages of two folders is the page of both, in every format', async () => {
    const cwd = tempTree(ROOT_FILES);
    const { writeFileSync } = await import('node:fs');
    for (const part of ['a', 'b']) {
      const r = await cli(cwd, ['portfolio', part, '--format', 'json']);
      expect(r.code).toBe(0);
      writeFileSync(`${cwd}/${part}.json`, r.stdout);
    }
    for (const format of ['json', 'markdown', 'html']) {
      const merged = await cli(cwd, [
        'portfolio',
        '--merge',
        'b.json',
        'a.json',
        '--format',
        format,
      ]);
      const union = await cli(cwd, ['portfolio', 'a', 'b', '--format', format]);
      expect(merged.stderr).toBe('');
      expect(merged.code).toBe(0);
      expect(merged.stdout).toBe(union.stdout);
    }
    const page = JSON.parse(
      (await cli(cwd, ['portfolio', '--merge', 'a.json', 'b.json', '--format', 'json'])).stdout,
    ) as Portfolio;
    expect(page.counts).toEqual({ proposals: 4, current: 3, past: 1 });
    expect(page.costExclusions.map((x) => [x.service, x.gaps])).toEqual([
      ['proxy', ['no delivery data']],
      ['stream', ['no team data', 'no delivery data']],
    ]);
  });

  it('of repositories: a Repository column, links to each repository, and the unreadable one listed', async () => {
    const options = { ...defaultEngineOptions(), today: '2026-11-29' };
    const part = (files: Record<string, string>, name: string, ref?: string) =>
      buildPortfolio(
        buildReport(
          Object.entries(files).map(([f, t]) => ({
            kind: 'proposal' as const,
            report: judge(t, f, options),
          })),
          'never',
        ),
        { today: '2026-11-29', repository: { name, ...(ref ? { ref } : {}) } },
      );
    const shop = part({ 'proposals/orders.yaml': CURRENT }, 'acme/shop');
    const edge = part({ 'docs/adr/ledger.yaml': SUPERSEDED }, 'acme/edge', 'release/2');
    const secret: Portfolio = {
      ...part({}, 'acme/secret'),
      repositories: [
        { name: 'acme/secret', proposals: 0, error: { status: 404, reason: 'not found' } },
      ],
    };
    const cwd = tempTree({
      'shop.json': JSON.stringify(shop),
      'edge.json': JSON.stringify(edge),
      'secret.json': JSON.stringify(secret),
    });
    const env = { GITHUB_SERVER_URL: 'https://ghe.example.com' };
    for (const [format, sections] of await pages(
      cwd,
      ['--merge', 'shop.json', 'secret.json', 'edge.json'],
      env,
    )) {
      const repos = records(section(sections, 'Repositories'));
      expect(
        repos.map((r) => [r.Repository!.text, r['Read at']!.text, r.Proposals!.text]),
        format,
      ).toEqual([
        ['acme/shop', 'default branch', '1'],
        ['acme/secret', 'default branch', '0'],
        ['acme/edge', 'release/2', '1'],
      ]);
      expect(repos[1]!.Read!.text).toContain('404: not found');
      const current = records(section(sections, 'Proposals (1)'));
      expect(current.map((r) => [r.Repository!.text, r.Service!.href])).toEqual([
        ['acme/shop', 'https://ghe.example.com/acme/shop/blob/HEAD/proposals/orders.yaml'],
      ]);
      const past = records(section(sections, 'Past decisions (1)'));
      expect(past.map((r) => [r.Repository!.text, r.Service!.href])).toEqual([
        ['acme/edge', 'https://ghe.example.com/acme/edge/blob/release/2/docs/adr/ledger.yaml'],
      ]);
    }
  });

  it('refuses a file that is no portfolio, naming the file, line and column', async () => {
    const good = await cli(REPO_ROOT, ['portfolio', 'examples/proposals', '--format', 'json']);
    const page = JSON.parse(good.stdout) as Portfolio;
    const broken = JSON.stringify(page, null, 2).replace('"owner": "commerce-team"', '"owner": 7');
    const report = await cli(REPO_ROOT, ['check', 'examples/proposals', '--format', 'json']);
    const cwd = tempTree({
      'good.json': good.stdout,
      'syntax.json': '{\n  "version": 2,\n  "policy": \n}\n',
      'broken.json': broken,
      'report.json': report.stdout,
    });
    const line = broken.split('\n').findIndex((l) => l.includes('"owner": 7')) + 1;
    const cases: [string, RegExp][] = [
      ['syntax.json', /^stack-verdict: syntax\.json:4:1: it is not JSON/],
      [
        'broken.json',
        new RegExp(
          `^stack-verdict: broken\\.json:${line}:16: it is not a Stack Verdict portfolio of version 2 .*at /proposals/\\d+/owner: must be string,null`,
        ),
      ],
      ['report.json', /^stack-verdict: report\.json:\d+:\d+: it is not a Stack Verdict portfolio/],
      ['missing.json', /^stack-verdict: missing\.json: the file does not exist/],
    ];
    for (const [file, message] of cases) {
      const r = await cli(cwd, ['portfolio', '--merge', 'good.json', file]);
      expect(r.code, file).toBe(2);
      expect(r.stdout, file).toBe('');
      expect(r.stderr, file).toMatch(message);
    }
    const none = await cli(cwd, ['portfolio', '--merge']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--merge needs the portfolio JSON files to merge');
  });

  it('refuses a repository in two files: its proposals would count twice', async () => {
    const one = buildPortfolio(buildReport([], 'never'), {
      today: '2026-11-29',
      repository: { name: 'acme/shop' },
    });
    const cwd = tempTree({ 'a.json': JSON.stringify(one), 'b.json': JSON.stringify(one) });
    const r = await cli(cwd, ['portfolio', '--merge', 'a.json', 'b.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'stack-verdict: b.json: the repository acme/shop is in a.json too; merge each repository once\n',
    );
  });
});

describe('what the page shows of a proposal is data', () => {
  const options = { ...defaultEngineOptions(), today: '2026-11-29' };
  const HOSTILE_OWNER = '@octocat <img src=x onerror=alert(1)> [me](https://evil.example)';
  const base = judge(
    'service: "[orders](https://evil.example)"\n' +
      `owner: ${JSON.stringify(HOSTILE_OWNER)}\n` +
      'language: rust\nstatus: "superseded by @admin <b>ADR</b> [x](javascript:alert(1))"\n' +
      'kind: network-proxy\nworkload:\n  bound: io\n',
    'proposals/a (1).yaml',
    options,
  );
  const measured = judge(
    'service: edge\nlanguage: rust\nkind: http-api\nworkload:\n  bound: io\n' +
      'constraints:\n  - type: memory\n    source: production\n    evidence: https://example.com/m\n    observed: 3x budget\n',
    'proposals/edge.yaml',
    options,
  );
  // The report says the measurement was checked against its evidence file.
  const verified: ProposalReport = {
    ...measured,
    justificationBasis: { ...measured.justificationBasis, 'measured-constraint': 'verified' },
  };
  const report = buildReport(
    [base, verified].map((report) => ({ kind: 'proposal' as const, report })),
    'never',
  );
  const page = buildPortfolio(report, { today: '2026-11-29', repository: { name: 'acme/x<i>' } });
  const other = buildPortfolio(buildReport([], 'never'), {
    today: '2026-11-29',
    repository: { name: 'acme/y' },
  });

  it('marks a justification verified when the report says so', async () => {
    expect(page.proposals.find((p) => p.service === 'edge')!.justifications).toContainEqual({
      id: 'measured-constraint',
      basis: 'verified',
    });
    const cwd = tempTree({ 'a.json': JSON.stringify(page), 'b.json': JSON.stringify(other) });
    for (const [format, sections] of await pages(cwd, ['--merge', 'a.json', 'b.json'])) {
      const row = records(section(sections, 'Proposals (1)'))[0]!;
      expect(row.Justifications!.text, format).toBe('measured-constraint verified');
    }
  });

  it('escapes owners, successors, services and repository names, and encodes file links', async () => {
    const cwd = tempTree({ 'a.json': JSON.stringify(page), 'b.json': JSON.stringify(other) });
    const md = await cli(cwd, ['portfolio', '--merge', 'a.json', 'b.json']);
    const html = await cli(cwd, ['portfolio', '--merge', 'a.json', 'b.json', '--format', 'html']);
    const rendered = marked.parse(md.stdout, { gfm: true, async: false });
    for (const out of [rendered, html.stdout]) {
      expect(out).not.toMatch(/<img|<b>|<i>/);
      // The only links are to the files.
      for (const m of out.matchAll(/href="([^"]*)"/g)) {
        expect(m[1]).toMatch(/^https:\/\/github\.com\/acme\/x%3Ci%3E\/blob\/HEAD\/proposals\//);
      }
    }
    expect(md.stdout).not.toMatch(/@(octocat|admin)/);
    for (const [format, sections] of [
      ['Markdown', markdownSections(md.stdout)],
      ['HTML', htmlSections(html.stdout)],
    ] as const) {
      const past = records(section(sections, 'Past decisions (1)'))[0]!;
      expect(past.Service!.text, format).toBe('[orders](https://evil.example)');
      expect(past.Owner!.text, format).toBe(HOSTILE_OWNER);
      expect(past['Superseded by']!.text, format).toBe(
        '@admin <b>ADR</b> [x](javascript:alert(1))',
      );
      expect(past.Repository!.text, format).toBe('acme/x<i>');
      expect(past.Service!.href, format).toBe(
        'https://github.com/acme/x%3Ci%3E/blob/HEAD/proposals/a%20%281%29.yaml',
      );
    }
  });
});
