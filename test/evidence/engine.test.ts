// The engine holds each constraint against the artefact its evidence names, as the shell read
// it, and the rules judge the constraint as the artefact left it (docs/evidence.md).
import { describe, expect, it } from 'vitest';
import type { ArtefactRead } from '../../src/core/evidence/index.js';
import {
  buildReport,
  defaultEngineOptions,
  judgeFile,
  type EngineOptions,
} from '../../src/core/engine.js';
import type { ProposalReport } from '../../src/core/types.js';
import validateReport from '../../src/generated/report-validator.js';
import { findingsOf, judge, only, ruleIds } from '../helpers.js';
import { example } from './helpers.js';

const K6 = example('k6-summary-export.json'); // http_req_duration p99.9 95.2 ms, 1,200,000 requests
const BENCH = example('go-bench.txt'); // go1.26.0, BenchmarkQuote 1049 ns/op

function text(t: string, added = false): ArtefactRead {
  return added ? { kind: 'text', text: t, added } : { kind: 'text', text: t };
}

function options(files: Record<string, ArtefactRead>): EngineOptions {
  return { ...defaultEngineOptions(), artefacts: new Map(Object.entries(files)) };
}

/** A Rust proposal resting on one tail-latency load test. */
function rust(constraint: Record<string, string | boolean>): string {
  const lines = Object.entries(constraint).map(([k, v]) => `    ${k}: ${String(v)}`);
  return [
    'service: checkout-api',
    'language: rust',
    'kind: http-api',
    'workload:',
    '  bound: mixed',
    'constraints:',
    '  - type: tail-latency',
    '    source: load-test',
    ...lines,
    '',
  ].join('\n');
}

const CLAIM = {
  evidence: 'bench/k6.json',
  observed: 'p99.9 95 ms at 2k rps',
  limit: 'p99.9 <= 40 ms',
  met: false,
  runtime: 'go1.26',
};

function withK6(claim: Record<string, string | boolean>, read: ArtefactRead = text(K6)) {
  return judge(rust(claim), 'proposals/checkout.yaml', options({ 'bench/k6.json': read }));
}

describe('a constraint its artefact verifies', () => {
  const report = withK6(CLAIM);

  it('justifies Rust on a verified basis, and says what the file showed', () => {
    expect(report.justifications).toEqual(['measured-constraint']);
    expect(report.justificationBasis).toEqual({ 'measured-constraint': 'verified' });
    expect(report.evidence).toEqual([
      {
        constraint: 0,
        path: 'bench/k6.json',
        format: 'k6-summary-export',
        tool: 'k6',
        metric: 'http_req_duration',
        stat: 'p99.9',
        value: 95.2,
        unit: 'ms',
        limit: { stat: 'p99.9', op: '<=', value: 40, unit: 'ms' },
        met: false,
        runtime: 'go1.26',
        identity: [
          { key: 'scenarios', value: 'checkout' },
          { key: 'requests', value: 1200000 },
          { key: 'duration', value: 600 },
        ],
        status: 'verified',
        added: false,
        fewSamples: false,
      },
    ]);
  });

  it('reports nothing about the evidence', () => {
    expect(ruleIds(report).filter((r) => r.startsWith('evidence-'))).toEqual([]);
    expect(report.verdict).not.toBe('changes-requested');
  });

  it('says when the artefact is new in the pull request', () => {
    expect(withK6(CLAIM, text(K6, true)).evidence![0]!.added).toBe(true);
  });
});

describe('a constraint its artefact contradicts', () => {
  it('met: true against a file that shows the limit broken: an error, and it does not count', () => {
    const report = withK6({ ...CLAIM, met: true });
    const f = only(report, 'evidence-contradicts-claim');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('bench/k6.json');
    expect(f.message).toContain('p99.9 95.2 ms against p99.9 <= 40 ms, not met');
    expect(f.message).toContain('met: true');
    expect(report.evidence![0]!.status).toBe('contradicts');
    expect(report.verdict).toBe('changes-requested');
    // It no longer justifies anything: the Rust choice stands on nothing measured.
    expect(report.justifications).toEqual([]);
    expect(findingsOf(report, 'rust-without-measured-constraint').length).toBe(1);
  });

  it('an observed figure more than 10% from the file: the message gives file, figure, limit and claim', () => {
    const report = withK6({ ...CLAIM, observed: 'p99.9 80 ms at 2k rps' });
    const f = only(report, 'evidence-contradicts-claim');
    expect(f.message).toContain('observed p99.9 80 ms');
    expect(f.message).toContain('p99.9 95.2 ms, more than 10% away');
    expect(f.message).toContain('against p99.9 <= 40 ms');
  });

  it('an observed figure within 10% (boundary included) agrees', () => {
    // 95.2 × 0.9 = 85.68: 85.68 ms is within, 85.6 ms is not.
    expect(withK6({ ...CLAIM, observed: 'p99.9 85.68 ms' }).evidence![0]!.status).toBe('verified');
    expect(withK6({ ...CLAIM, observed: 'p99.9 85.6 ms' }).evidence![0]!.status).toBe(
      'contradicts',
    );
  });

  it('a runtime that is not the Go version of the benchmark output', () => {
    const report = judge(
      [
        'service: quote-engine',
        'language: rust',
        'kind: http-api',
        'workload:',
        '  bound: cpu',
        'constraints:',
        '  - type: cpu',
        '    source: production',
        '    evidence: bench/quote.txt',
        '    metric: BenchmarkQuote',
        '    limit: <= 500 ns/op',
        '    runtime: go1.25',
        '',
      ].join('\n'),
      'proposals/q.yaml',
      options({ 'bench/quote.txt': text(BENCH) }),
    );
    const f = only(report, 'evidence-contradicts-claim');
    expect(f.message).toContain('runtime "go1.25"');
    expect(f.message).toContain('go: go1.26.0');
    expect(report.justifications).toEqual([]);
  });
});

describe('an artefact that cannot be used', () => {
  it('missing at the commit: a warning, and the constraint cites nothing', () => {
    const report = withK6(CLAIM, { kind: 'missing' });
    const f = only(report, 'evidence-unreadable');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('names nothing that can be read');
    expect(report.justifications).toEqual([]);
    expect(report.evidence![0]).toMatchObject({ status: 'unreadable', unreadable: 'nothing' });
  });

  it('refused (a link into .git): the same, with the reason', () => {
    const report = withK6(CLAIM, { kind: 'refused', reason: 'the file is a link into .git' });
    expect(only(report, 'evidence-unreadable').message).toContain('link into .git');
    expect(report.justifications).toEqual([]);
  });

  it('a path that leads out of the repository is refused without being looked up', () => {
    const report = withK6({ ...CLAIM, evidence: '../../../etc/k6.json' });
    expect(only(report, 'evidence-unreadable').message).toContain('outside the repository');
    expect(report.justifications).toEqual([]);
  });

  it('too large, of no known format, or without the figure: it counts as a link would', () => {
    const cases: [ArtefactRead, RegExp][] = [
      [{ kind: 'too-large', bytes: 20_000_000, cap: 16_777_216 }, /over the 16777216-byte cap/],
      [text('%PDF-1.7 load test report'), /no recognised format/],
      [text(K6), /has .*p99\b.*; the limit asks p99\.99/],
    ];
    for (const [read, reason] of cases) {
      const claim =
        read.kind === 'text' && read.text === K6 ? { ...CLAIM, limit: 'p99.99 <= 40 ms' } : CLAIM;
      const report = withK6(claim, read);
      expect(only(report, 'evidence-unreadable').message).toMatch(reason);
      expect(report.justifications).toEqual(['measured-constraint']);
      expect(report.justificationBasis).toEqual({ 'measured-constraint': 'measured' });
      expect(report.evidence![0]).toMatchObject({ status: 'unreadable', unreadable: 'unusable' });
      // It counts, but nobody checked it.
      expect(findingsOf(report, 'evidence-unverified').length).toBe(1);
    }
  });
});

describe('evidence-unverified', () => {
  it('names a counting constraint that cites a link', () => {
    const report = judge(
      rust({ ...CLAIM, evidence: 'https://grafana.example.com/d/checkout' }),
      'proposals/checkout.yaml',
      options({}),
    );
    const f = only(report, 'evidence-unverified');
    expect(f.severity).toBe('notice');
    expect(f.message).toContain('cites a link');
    expect(report.evidence![0]!.status).toBe('url');
  });

  it('names a file read but not compared (no limit): status unchecked', () => {
    const report = withK6({ ...CLAIM, limit: 'fast enough' });
    expect(report.evidence![0]!.status).toBe('unchecked');
    expect(only(report, 'evidence-unverified').message).toContain('no figure was compared');
  });

  it('can be made an error by configuration, failing a URL-only case for Rust', () => {
    const base = defaultEngineOptions();
    const strict: EngineOptions = {
      ...base,
      rules: base.rules.map((r) =>
        r.rule.id === 'evidence-unverified' ? { ...r, severity: 'error' as const } : r,
      ),
      artefacts: new Map(),
    };
    const url = judge(
      rust({ ...CLAIM, evidence: 'https://grafana.example.com/d/checkout' }),
      'proposals/checkout.yaml',
      strict,
    );
    expect(url.verdict).toBe('changes-requested');
    const verified = judge(rust(CLAIM), 'proposals/checkout.yaml', {
      ...strict,
      artefacts: new Map([['bench/k6.json', text(K6)]]),
    });
    expect(findingsOf(verified, 'evidence-unverified')).toEqual([]);
  });
});

describe('what the artefact shows decides', () => {
  it('a file that shows the limit met makes the constraint met: it answers a declared need', () => {
    const go = [
      'service: checkout-api',
      'language: go',
      'kind: http-api',
      'workload:',
      '  bound: mixed',
      '  latency:',
      '    deterministic-tail: true',
      'constraints:',
      '  - type: tail-latency',
      '    source: load-test',
      '    evidence: bench/k6.json',
      '    limit: p99.9 <= 100 ms',
      '    runtime: go1.26',
      '',
    ].join('\n');
    const report = judge(go, 'proposals/checkout.yaml', options({ 'bench/k6.json': text(K6) }));
    expect(report.evidence![0]).toMatchObject({ status: 'verified', met: true });
    expect(report.answeredBy).toEqual({ 'deterministic-tail-latency': [1] });
    expect(report.justifications).toEqual([]);
  });

  it("a verified constraint with no runtime takes the artefact's Go version", () => {
    const go = (evidence: string) =>
      [
        'service: quote-engine',
        'language: go',
        'kind: http-api',
        'workload:',
        '  bound: cpu',
        'constraints:',
        '  - type: cpu',
        '    source: production',
        `    evidence: ${evidence}`,
        '    metric: BenchmarkQuote',
        '    limit: <= 500 ns/op',
        '',
      ].join('\n');
    // With no runtime a GC-sensitive measurement is of Go of unknown version: unconfirmed.
    const url = judge(go('https://ci.example.com/b/1'), 'proposals/q.yaml', options({}));
    expect(url.justifications).toEqual([]);
    const file = judge(
      go('bench/quote.txt'),
      'proposals/q.yaml',
      options({ 'bench/quote.txt': text(BENCH) }),
    );
    expect(file.evidence![0]).toMatchObject({ status: 'verified', runtime: 'go1.26' });
    expect(file.justifications).toEqual(['measured-constraint']);
    expect(file.justificationBasis).toEqual({ 'measured-constraint': 'verified' });
  });
});

describe('without artefacts the engine judges as before', () => {
  it('no evidence list and no evidence rule', () => {
    const report = judge(rust({ ...CLAIM, met: true }), 'proposals/checkout.yaml');
    expect(report).not.toHaveProperty('evidence');
    expect(ruleIds(report).filter((r) => r.startsWith('evidence-'))).toEqual([]);
  });

  it('a path the shell did not read counts as cited, unchecked', () => {
    const report = judge(rust(CLAIM), 'proposals/checkout.yaml', options({}));
    expect(report.evidence![0]).toMatchObject({
      status: 'unchecked',
      reason: 'not read in this run',
    });
    expect(report.justificationBasis).toEqual({ 'measured-constraint': 'measured' });
  });
});

describe('each artefact is read once per run', () => {
  it('however many constraints and proposals cite it', () => {
    let reads = 0;
    const counted: ArtefactRead = {
      kind: 'text',
      get text() {
        reads += 1;
        return K6;
      },
    };
    const engine = options({ 'bench/k6.json': counted });
    const two = `${rust(CLAIM)}  - type: throughput\n    source: load-test\n    evidence: /bench/k6.json\n    limit: '>= 1000 rps'\n`;
    const results = ['a', 'b', 'c'].map((n) => judgeFile(`proposals/${n}.yaml`, two, engine));
    const report = buildReport(results, 'error', engine);
    const statuses = report.proposals.flatMap((p: ProposalReport) =>
      p.evidence!.map((e) => e.status),
    );
    expect(statuses).toEqual(Array(6).fill('verified'));
    expect(reads).toBe(1);
  });
});

describe('the JSON report', () => {
  it('with every status of evidence, is valid against schema/report.schema.json', () => {
    const reads: [Record<string, string | boolean>, ArtefactRead][] = [
      [CLAIM, text(K6, true)],
      [{ ...CLAIM, met: true }, text(K6)],
      [{ ...CLAIM, limit: 'fast' }, text(K6)],
      [CLAIM, { kind: 'missing' }],
      [CLAIM, { kind: 'too-large', bytes: 2, cap: 1 }],
      [{ ...CLAIM, evidence: 'https://example.com/x' }, text(K6)],
    ];
    const engine = options({});
    const results = reads.map(([claim, read], i) =>
      judgeFile(`proposals/${i}.yaml`, rust(claim), {
        ...engine,
        artefacts: new Map([['bench/k6.json', read]]),
      }),
    );
    const report = JSON.parse(JSON.stringify(buildReport(results, 'error', engine)));
    const statuses = report.proposals.map((p: ProposalReport) => p.evidence![0]!.status);
    expect(statuses).toEqual([
      'verified',
      'contradicts',
      'unchecked',
      'unreadable',
      'unreadable',
      'url',
    ]);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });
});

describe("a link to this repository's .git", () => {
  const link = 'https://github.com/acme/shop/blob/main/.git/config';
  const opts = (): EngineOptions => ({
    ...options({}),
    repository: 'acme/shop',
  });

  it('cites nothing that counts: never a URL that makes the case for Rust', () => {
    const report = judge(rust({ ...CLAIM, evidence: link }), 'proposals/checkout.yaml', opts());
    expect(report.justifications).toEqual([]);
    expect(report.evidence?.[0]?.status).not.toBe('url');
  });

  it('is named to the shell as a path it must refuse, and refused it does not count', () => {
    const first = judgeFile('proposals/checkout.yaml', rust({ ...CLAIM, evidence: link }), opts());
    const refused = judge(rust({ ...CLAIM, evidence: link }), 'proposals/checkout.yaml', {
      ...opts(),
      artefacts: new Map([
        ['.git/config', { kind: 'refused', reason: 'the path leads into .git' }],
      ]),
    });
    expect(first.kind === 'proposal' && first.evidence?.[0]?.key).toBe('path:.git/config');
    expect(only(refused, 'evidence-unreadable').message).toContain('.git');
    expect(refused.justifications).toEqual([]);
  });
});
