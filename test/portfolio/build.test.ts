import { describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions } from '../../src/core/engine.js';
import { buildPortfolio } from '../../src/core/portfolio.js';
import { renderPortfolioMarkdown } from '../../src/core/render/portfolio-markdown.js';
import type { Costs, Report } from '../../src/core/types.js';
import { judge, proposal } from '../helpers.js';

const TODAY = '2026-11-29';
const options = { ...defaultEngineOptions(), today: TODAY };

function run(files: Record<string, string>): Report {
  const results = Object.entries(files).map(([file, text]) => ({
    kind: 'proposal' as const,
    report: judge(text, file, options),
  }));
  return buildReport(results, 'error');
}

const waiver = (rule: string, expires?: string, by?: string) =>
  `  - rule: ${rule}\n    reason: accepted by the board\n` +
  (expires ? `    expires: "${expires}"\n` : '') +
  (by ? `    approved-by: ${by}\n` : '');

const FILES = {
  'proposals/go-ok.yaml': proposal(),
  'proposals/go-db.yaml': proposal({ kind: 'database' }),
  // Rust with nothing to justify it, waived until next week, approved by the board.
  'proposals/rust-soon.yaml': proposal(
    { language: 'rust' },
    'team:\n  size: 4\n  rust-experience: 1\nwaivers:\n' +
      waiver('rust-without-measured-constraint', '2026-12-05', 'cto'),
  ),
  // A waiver that ran out three days ago.
  'proposals/rust-late.yaml': proposal(
    { language: 'rust', kind: 'network-proxy' },
    'team:\n  size: 2\n  rust-experience: 2\nwaivers:\n' +
      waiver('rust-hiring-premium', '2026-11-26'),
  ),
  // Measured on an old Go, with memory growing.
  'proposals/go-old.yaml': proposal(
    {},
    'constraints:\n' +
      '  - type: gc-pauses\n    source: production\n    evidence: https://example.com/a\n    runtime: go1.22\n' +
      '  - type: memory\n    source: production\n    evidence: https://example.com/b\n    runtime: go1.24\n    trend: growing\n',
  ),
  'proposals/py.yaml': proposal({ language: 'python' }),
};

describe('the portfolio of a run', () => {
  const report = run(FILES);
  const page = buildPortfolio(report, { today: TODAY });

  it('counts proposals by language, status and verdict as the report does', () => {
    expect(page.counts.proposals).toBe(report.proposals.length);
    for (const row of page.byLanguage) {
      const mine = report.proposals.filter((p) => p.language === row.language);
      expect(row.proposals).toBe(mine.length);
      expect(row.approved).toBe(mine.filter((p) => p.verdict === 'approved').length);
      expect(row.changesRequested).toBe(
        mine.filter((p) => p.verdict === 'changes-requested').length,
      );
    }
    expect(page.byLanguage.reduce((s, r) => s + r.proposals, 0)).toBe(report.proposals.length);
    expect(page.byVerdict.reduce((s, t) => s + t.proposals, 0)).toBe(report.proposals.length);
    expect(page.byLanguage[0]).toMatchObject({ language: 'go', proposals: 3 });
  });

  it('lists the proposals whose language differs from the recommendation, with the reason', () => {
    const byFile = new Map(page.mismatches.map((m) => [m.file, m]));
    const goDb = report.proposals.find((p) => p.file === 'proposals/go-db.yaml')!;
    expect(byFile.get('proposals/go-db.yaml')).toMatchObject({
      language: 'go',
      recommended: 'rust',
      justifications: goDb.justifications,
    });
    expect(goDb.justifications).toContain('systems-software');
    expect(byFile.has('proposals/go-ok.yaml')).toBe(false);
    // Another language is not a mismatch: the default policy judges only Go and Rust.
    expect(byFile.has('proposals/py.yaml')).toBe(false);
  });

  it('puts waivers expiring within the warning days first, then expired ones, flagged', () => {
    expect(page.waivers.map((w) => [w.file, w.state, w.daysLeft])).toEqual([
      ['proposals/rust-soon.yaml', 'expiring', 6],
      ['proposals/rust-late.yaml', 'expired', -3],
    ]);
    expect(page.waivers[0]).toMatchObject({
      rule: 'rust-without-measured-constraint',
      approvedBy: 'cto',
      reason: 'accepted by the board',
    });
    const md = renderPortfolioMarkdown(page);
    expect(md).toContain('⏳ expires in 6 days');
    expect(md).toContain('⛔ expired 3 days ago');
    expect(md).toMatch(/## Waivers \(2: 1 expiring within 30 days, 1 expired\)/);
  });

  it('lists measurements to revisit from the findings that report them', () => {
    expect(page.remeasure.map((m) => m.file)).toEqual(['proposals/go-old.yaml']);
    const finding = report.proposals
      .find((p) => p.file === 'proposals/go-old.yaml')!
      .findings.find((f) => f.rule === 'gc-remeasure-on-go-1-26')!;
    expect(page.remeasure[0]).toMatchObject({ line: finding.line, message: finding.message });
    expect(page.leakUnchecked.map((m) => m.file)).toEqual(['proposals/go-old.yaml']);
  });
});

describe('the cost of the Rust choices', () => {
  const costs = (premium: [number, number] | null, ci: number | null): Costs => ({
    premiumPerYear: premium,
    onboardingEngineerMonths: premium ? [3, 6] : null,
    rampEngineerMonthsPerYear: premium ? [0.6, 1.2] : null,
    ciMinutesPerDay: ci,
  });
  const base = run({
    'a.yaml': proposal({ language: 'rust' }),
    'b.yaml': proposal({ language: 'rust' }),
    'c.yaml': proposal(),
  });
  const report: Report = {
    ...base,
    proposals: base.proposals.map((p, i) => ({
      ...p,
      costs: [costs([25_000, 30_000], 76.7), costs([50_000, 60_000], null), null][i]!,
    })),
  };

  it('sums every member over the Rust proposals that have one', () => {
    const page = buildPortfolio(report, { today: TODAY });
    expect(page.costTotals).toEqual({
      proposals: 2,
      premiumPerYear: [75_000, 90_000],
      onboardingEngineerMonths: [6, 12],
      rampEngineerMonthsPerYear: [1.2, 2.4],
      ciMinutesPerDay: 76.7,
    });
    expect(renderPortfolioMarkdown(page)).toContain(
      '| **Total, 2 Rust proposals** | **$75,000–$90,000** | **6–12** | **1.2–2.4** | **76.7** |',
    );
  });
});

describe('the page is data, and fits where it goes', () => {
  it('escapes proposal text and keeps Mermaid labels to safe characters', () => {
    const hostile = run({
      'proposals/x.yaml':
        'service: "@octocat <img src=x onerror=alert(1)> [click](https://evil.example)"\n' +
        'language: "go\\" : 1\\n    click"\nkind: http-api\nworkload:\n  bound: io\n',
    });
    const md = renderPortfolioMarkdown(buildPortfolio(hostile, { today: TODAY }));
    expect(md).not.toContain('@octocat');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('](https://evil');
    const pie = md.slice(md.indexOf('```mermaid'), md.indexOf('```', md.indexOf('```mermaid') + 3));
    for (const line of pie.split('\n').slice(2).filter(Boolean))
      expect(line).toMatch(/^ {4}"[A-Za-z0-9+#._ -]+" : \d+$/);
  });

  it('cuts rows, never the totals, to stay within a limit, and says where the rest is', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) {
      files[`proposals/r${i}.yaml`] = proposal(
        { language: 'rust' },
        `team:\n  size: 2\n  rust-experience: 2\nwaivers:\n${waiver('rust-hiring-premium', '2026-12-20')}`,
      );
    }
    const page = buildPortfolio(run(files), { today: TODAY });
    const md = renderPortfolioMarkdown(page, {
      maxLength: 20_000,
      fullPageHint: 'See the job summary.',
    });
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(md).toMatch(/rows? left out to stay within GitHub's limits\. See the job summary\./);
    expect(md).toContain('## Waivers (400: 400 expiring within 30 days, 0 expired)');
    expect(renderPortfolioMarkdown(page).length).toBeGreaterThan(20_000);
  });
});
