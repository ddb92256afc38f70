// The portfolio's data: the inventory of every proposal, past decisions apart, the costs'
// exclusions named, and pages of several repositories or jobs merged into one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions } from '../../src/core/engine.js';
import validate from '../../src/generated/portfolio-validator.js';
import { buildPortfolio, mergePortfolios, unreadableRepository } from '../../src/core/portfolio.js';
import type { ProposalReport, Report } from '../../src/core/types.js';
import { judge } from '../helpers.js';

const TODAY = '2026-11-29';
const options = { ...defaultEngineOptions(), today: TODAY };

/** A proposal of its own service (the service names differ, so no rule across files fires). */
function doc(service: string, lines: Record<string, string> = {}, extra = ''): string {
  const fields = { language: 'go', kind: 'http-api', ...lines };
  return [
    `service: ${service}`,
    ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`),
    'workload:\n  bound: io',
    extra,
  ].join('\n');
}

const FILES: Record<string, string> = {
  'proposals/orders.yaml': doc('orders', { owner: 'team-orders' }),
  'proposals/proxy.yaml': doc(
    'proxy',
    { language: 'rust', kind: 'network-proxy', owner: 'edge' },
    'team:\n  size: 4\n  rust-experience: 1\ndelivery:\n  merges-per-day: 20\n' +
      'waivers:\n  - rule: rust-hiring-premium\n    reason: budgeted\n    expires: "2026-12-05"\n',
  ),
  // Rust with no team and no delivery data: its costs cannot be summed.
  'proposals/stream.yaml': doc(
    'stream',
    { language: 'rust' },
    'constraints:\n  - type: memory\n    source: production\n    evidence: https://example.com/m\n    observed: 3x budget\n',
  ),
  // Rust with a team but no delivery data: summed in part.
  'proposals/parser.yaml': doc('parser', { language: 'rust', kind: 'cli' }, 'team:\n  size: 2\n'),
  'proposals/old-ledger.yaml': doc(
    'old-ledger',
    { language: 'rust', status: 'Superseded by ADR-0012' },
    'team:\n  size: 9\n',
  ),
  'proposals/gone.yaml': doc('gone', { language: 'java', status: 'rejected' }),
  'proposals/py.yaml': doc('py', { language: 'python' }),
};

const judged = new Map<string, ProposalReport>(
  Object.entries(FILES).map(([file, text]) => [file, judge(text, file, options)]),
);

function run(files: readonly string[]): Report {
  return buildReport(
    files.map((file) => ({ kind: 'proposal' as const, report: judged.get(file)! })),
    'error',
    options,
  );
}

const ALL = Object.keys(FILES);

describe('the inventory', () => {
  const report = run(ALL);
  const page = buildPortfolio(report, { today: TODAY });

  it('lists every proposal of the report, with its owner, status, verdict and justifications', () => {
    expect(page.proposals.map((p) => p.file).sort()).toEqual(
      report.proposals.map((p) => p.file).sort(),
    );
    for (const r of report.proposals) {
      const entry = page.proposals.find((p) => p.file === r.file)!;
      expect(entry).toMatchObject({
        service: r.service,
        language: r.language,
        recommended: r.recommended,
        verdict: r.verdict,
        status: r.status,
      });
      expect(entry.justifications).toEqual(
        r.justifications.map((id) => ({ id, basis: r.justificationBasis![id] })),
      );
      expect(entry.waivers.map((w) => w.rule)).toEqual((r.waivers ?? []).map((w) => w.rule));
    }
    expect(page.proposals.find((p) => p.file === 'proposals/orders.yaml')!.owner).toBe(
      'team-orders',
    );
    expect(page.proposals.find((p) => p.file === 'proposals/py.yaml')!.owner).toBeNull();
    const stream = page.proposals.find((p) => p.file === 'proposals/stream.yaml')!;
    expect(stream.justifications).toContainEqual({ id: 'measured-constraint', basis: 'measured' });
    expect(page.proposals.find((p) => p.file === 'proposals/proxy.yaml')!.waivers).toEqual([
      { rule: 'rust-hiring-premium', expires: '2026-12-05', state: 'expiring' },
    ]);
    expect(validate(JSON.parse(JSON.stringify(page)))).toBe(true);
  });

  it('keeps past decisions apart, with what superseded them, out of every count and sum', () => {
    const past = page.proposals.filter((p) => p.past);
    expect(past.map((p) => [p.file, p.status, p.supersededBy])).toEqual([
      ['proposals/gone.yaml', 'rejected', null],
      ['proposals/old-ledger.yaml', 'superseded by ADR-0012', 'ADR-0012'],
    ]);
    expect(page.counts).toEqual({ proposals: 7, current: 5, past: 2 });
    expect(page.byLanguage.map((r) => r.language)).not.toContain('java');
    expect(page.byLanguage.reduce((s, r) => s + r.proposals, 0)).toBe(5);
    expect(page.byVerdict.reduce((s, t) => s + t.proposals, 0)).toBe(5);
    expect(page.costs.map((c) => c.file)).not.toContain('proposals/old-ledger.yaml');
    expect(page.costExclusions.map((c) => c.file)).not.toContain('proposals/old-ledger.yaml');
    // The statuses still show every proposal: that is where a past decision is counted.
    expect(page.byStatus.reduce((s, t) => s + t.proposals, 0)).toBe(7);
  });

  it('names the Rust proposals the cost sums leave out, and why', () => {
    expect(page.costExclusions).toEqual([
      { file: 'proposals/parser.yaml', service: 'parser', gaps: ['no delivery data'] },
      {
        file: 'proposals/stream.yaml',
        service: 'stream',
        gaps: ['no team data', 'no delivery data'],
      },
    ]);
    expect(page.costs.map((c) => c.file)).toEqual([
      'proposals/parser.yaml',
      'proposals/proxy.yaml',
    ]);
  });

  it('marks every row with its repository when it has one', () => {
    const named = buildPortfolio(report, {
      today: TODAY,
      repository: { name: 'acme/shop', ref: 'main' },
    });
    expect(named.repositories).toEqual([{ name: 'acme/shop', ref: 'main', proposals: 7 }]);
    for (const list of [
      named.proposals,
      named.waivers,
      named.costs,
      named.costExclusions,
      named.mismatches,
    ])
      for (const row of list) expect(row.repository).toBe('acme/shop');
    expect(page.repositories).toEqual([]);
    expect(page.proposals.every((p) => !('repository' in p))).toBe(true);
  });
});

describe('merging portfolios', () => {
  it('of any split of the proposals gives the portfolio of them all', () => {
    const whole = buildPortfolio(run(ALL), { today: TODAY });
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: ALL.length, maxLength: ALL.length }),
        (side) => {
          const a = ALL.filter((_, i) => side[i]);
          const b = ALL.filter((_, i) => !side[i]);
          const merged = mergePortfolios([
            buildPortfolio(run(b), { today: TODAY }),
            buildPortfolio(run(a), { today: TODAY }),
          ]);
          expect(merged).toEqual(whole);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps each repository, a repository that could not be read too, and counts each', () => {
    const shop = buildPortfolio(run(ALL.slice(0, 3)), {
      today: TODAY,
      repository: { name: 'acme/shop' },
    });
    const edge = buildPortfolio(run(ALL.slice(3)), {
      today: TODAY,
      repository: { name: 'acme/edge', ref: 'v2' },
    });
    const secret = unreadableRepository(
      {
        name: 'acme/secret',
        error: { status: 404, reason: 'not found, or the token cannot read it' },
      },
      { today: TODAY },
    );
    const merged = mergePortfolios([shop, secret, edge]);
    expect(merged.repositories).toEqual([
      { name: 'acme/shop', proposals: 3 },
      {
        name: 'acme/secret',
        proposals: 0,
        error: { status: 404, reason: 'not found, or the token cannot read it' },
      },
      { name: 'acme/edge', ref: 'v2', proposals: 4 },
    ]);
    expect(merged.counts.proposals).toBe(7);
    expect(merged.proposals.map((p) => p.repository)).toEqual([
      ...Array<string>(4).fill('acme/edge'),
      ...Array<string>(3).fill('acme/shop'),
    ]);
    expect(merged.costTotals.proposals).toBe(shop.costTotals.proposals + edge.costTotals.proposals);
    expect(merged.costTotals.premiumPerYear[0]).toBe(
      shop.costTotals.premiumPerYear[0] + edge.costTotals.premiumPerYear[0],
    );
    expect(validate(JSON.parse(JSON.stringify(merged)))).toBe(true);
  });

  it('counts waivers’ days from the merged page’s date', () => {
    const early = buildPortfolio(run(['proposals/proxy.yaml']), { today: '2026-10-01' });
    const late = buildPortfolio(run(['proposals/orders.yaml']), { today: TODAY });
    expect(early.waivers[0]).toMatchObject({ state: 'active', daysLeft: 65 });
    const merged = mergePortfolios([early, late]);
    expect(merged.date).toBe(TODAY);
    expect(merged.waivers[0]).toMatchObject({ state: 'expiring', daysLeft: 6 });
    expect(merged.proposals.find((p) => p.file === 'proposals/proxy.yaml')!.waivers[0]!.state).toBe(
      'expiring',
    );
  });

  it('of nothing is an empty page', () => {
    const empty = mergePortfolios([], { today: TODAY });
    expect(empty).toMatchObject({
      verdict: 'no-proposals',
      counts: { proposals: 0 },
      proposals: [],
    });
  });
});
