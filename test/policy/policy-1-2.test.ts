// Policy 1.2, "Judgements that follow the source" and "A measurement that says what it is"
// (docs/policy.md): each judgement in both languages, each measurement that is only words
// failing the gate, the two new rules, and the declared/measured mark shown as the JSON says.
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  defaultEngineOptions,
  judgeFile,
  type EngineOptions,
} from '../../src/core/engine.js';
import { evidenceForm, evidenceKey, otherRuntimeNamed } from '../../src/core/measurement.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderText } from '../../src/core/render/text.js';
import type { ProposalReport, Report } from '../../src/core/types.js';
import { findingsOf, judge, only, ruleIds } from '../helpers.js';

/** A proposal with the given language, workload lines and constraint entries. */
function doc(
  language: string,
  { kind = 'http-api', workload = '  bound: mixed', constraints = [] as string[], extra = '' } = {},
): string {
  const list = constraints.length
    ? `constraints:\n${constraints.map((c) => `  - ${c.trim().replace(/\n/g, '\n    ')}`).join('\n')}\n`
    : '';
  return `service: svc\nlanguage: ${language}\nkind: ${kind}\nworkload:\n${workload}\n${list}${extra}`;
}

/** One run over the given files; the report of each. */
function run(files: Record<string, string>, options: EngineOptions = defaultEngineOptions()) {
  const results = Object.entries(files).map(([file, text]) => judgeFile(file, text, options));
  return buildReport(results, 'error', options);
}

const gateFails = (text: string) => !run({ 'proposals/p.yaml': text }).gate.passed;

const TAIL_ON_125 = `type: tail-latency
source: load-test
evidence: https://grafana.example.com/d/tail
observed: P99.9 95 ms at 20k rps
limit: P99.9 <= 40 ms
runtime: go1.25`;

describe('an unconfirmed measurement never turns the language around', () => {
  it('Go: tail latency measured on Go 1.25 keeps the recommendation go and asks to re-measure', () => {
    const r = judge(doc('go', { constraints: [TAIL_ON_125] }));
    expect(r.recommended).toBe('go');
    expect(r.justifications).toEqual([]);
    expect(findingsOf(r, 'go-despite-measured-constraint')).toEqual([]);
    const f = only(r, 'gc-remeasure-on-go-1-26');
    expect(f.severity).toBe('notice');
    expect(f.message).toContain('Re-measure on Go 1.26');
    expect(f.message).toContain('if the limit is still broken on 1.26, Rust is justified');
  });

  it('Go: the same constraint with no runtime is unconfirmed too, and the message asks for runtime', () => {
    const r = judge(doc('go', { constraints: [TAIL_ON_125.replace('\nruntime: go1.25', '')] }));
    expect(r.recommended).toBe('go');
    expect(findingsOf(r, 'go-despite-measured-constraint')).toEqual([]);
    expect(only(r, 'gc-remeasure-on-go-1-26').message).toContain('Set runtime to the Go release');
  });

  it('Go: measured on Go 1.26 it is confirmed: the recommendation is rust, and a warning says why', () => {
    const r = judge(doc('go', { constraints: [TAIL_ON_125.replace('go1.25', 'go1.26')] }));
    expect(r.recommended).toBe('rust');
    expect(r.justificationBasis).toEqual({ 'measured-constraint': 'measured' });
    expect(only(r, 'go-despite-measured-constraint').severity).toBe('warning');
  });

  it('Rust: the measurement on Go 1.25 still answers the error, with the unconfirmed warning', () => {
    const r = judge(doc('rust', { constraints: [TAIL_ON_125] }));
    expect(r.justifications).toEqual(['measured-constraint']);
    expect(findingsOf(r, 'rust-without-measured-constraint')).toEqual([]);
    expect(only(r, 'rust-on-unconfirmed-measurement').message).toContain('on go1.25');
  });

  it('Rust: with no runtime the warning asks for one', () => {
    const r = judge(doc('rust', { constraints: [TAIL_ON_125.replace('\nruntime: go1.25', '')] }));
    expect(r.justifications).toEqual(['measured-constraint']);
    const f = only(r, 'rust-on-unconfirmed-measurement');
    expect(f.message).toContain('no runtime given');
    expect(f.message).toContain('Set runtime');
  });

  it('property: a GC-sensitive limit on Go older than 1.26 or of unknown version keeps a Go proposal on go', () => {
    const type = fc.constantFrom('gc-pauses', 'tail-latency', 'cpu', 'throughput');
    const source = fc.constantFrom('production', 'load-test');
    const runtime = fc.oneof(
      fc.constant(''),
      fc.integer({ min: 0, max: 25 }).map((minor) => `\nruntime: go1.${minor}`),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(type, source, runtime), { minLength: 1, maxLength: 4 }),
        (cs) => {
          const constraints = cs.map(
            ([t, s, rt]) => `type: ${t}\nsource: ${s}\nevidence: https://e.example.com/${t}${rt}`,
          );
          const r = judge(doc('go', { constraints }));
          expect(r.recommended).toBe('go');
          expect(findingsOf(r, 'go-despite-measured-constraint')).toEqual([]);
          // And on a Rust proposal the same measurements keep it on rust.
          expect(judge(doc('rust', { constraints })).recommended).toBe('rust');
        },
      ),
      { numRuns: 60 },
    );
  });
});

const START = (observed: string, extra = '') => `type: cold-start
source: benchmark
evidence: bench/release-notes/hyperfine.json
observed: hyperfine mean ${observed}
limit: <= 8 ms
runtime: go1.26${extra}`;
const CLI = { kind: 'cli', workload: '  bound: io\n  cold-start-ms: 8' };

describe('measured and met on Go answers a declared need', () => {
  it('Go: a CLI that starts in 2.1 ms against an 8 ms need is recommended go, answered by #1', () => {
    const text = doc('go', { ...CLI, constraints: [START('2.1 ms')] });
    const r = judge(text);
    expect(r.recommended).toBe('go');
    expect(r.justifications).toEqual([]);
    expect(r.answeredBy).toEqual({ 'cli-cold-start': [1] });
    expect(findingsOf(r, 'go-cli-cold-start')).toEqual([]);
    const report = run({ 'proposals/p.yaml': text });
    expect(renderText(report, { color: false })).toContain(
      'cli-cold-start answered by measurement #1',
    );
    expect(htmlText(renderMarkdown(report))).toContain('cli-cold-start answered by measurement #1');
  });

  it('Go: a start of 14 ms against the need backs it: recommended rust, the go-* notice fires', () => {
    const r = judge(doc('go', { ...CLI, constraints: [START('14 ms')] }));
    expect(r.recommended).toBe('rust');
    expect(r.justificationBasis).toEqual({ 'cli-cold-start': 'measured' });
    expect(ruleIds(r)).toContain('go-cli-cold-start');
  });

  it('Rust: a Go start within the need leaves Rust with no case: the error says it is answered', () => {
    const r = judge(doc('rust', { ...CLI, constraints: [START('2.1 ms')] }));
    expect(r.recommended).toBe('go');
    const f = only(r, 'rust-without-measured-constraint');
    expect(f.message).toContain('cli-cold-start is answered by measurement #1');
  });

  it('Rust: an explicit met: true answers it as the figures do; one unmet constraint of the type backs it', () => {
    const met = judge(doc('rust', { ...CLI, constraints: [START('2.1 ms', '\nmet: true')] }));
    expect(met.answeredBy).toEqual({ 'cli-cold-start': [1] });
    const mixed = judge(doc('rust', { ...CLI, constraints: [START('2.1 ms'), START('14 ms')] }));
    expect(mixed.justifications).toEqual(['cli-cold-start']);
    expect(mixed.justificationBasis).toEqual({ 'cli-cold-start': 'measured' });
    expect(findingsOf(mixed, 'rust-justification-unmeasured')).toEqual([]);
  });

  it('Rust: a declared cold start with no measurement asks for a Go prototype measured with hyperfine', () => {
    const r = judge(doc('rust', CLI));
    expect(r.justificationBasis).toEqual({ 'cli-cold-start': 'declared' });
    const f = only(r, 'rust-justification-unmeasured');
    expect(f.message).toContain('cli-cold-start');
    expect(f.message).toContain('hyperfine');
  });

  it('each declared trigger is answered by its matching types only', () => {
    const cases: [string, string, string][] = [
      ['cpu-bound-hot-path', '  bound: cpu\n  hot-path: [parsing]', 'throughput'],
      [
        'deterministic-tail-latency',
        '  bound: io\n  latency:\n    deterministic-tail: true',
        'gc-pauses',
      ],
      ['custom-protocol', '  bound: io\n  protocol: custom-binary', 'tail-latency'],
    ];
    for (const [trigger, workload, type] of cases) {
      const c = `type: ${type}\nsource: load-test\nevidence: https://e.example.com/x\nobserved: 5 ms\nlimit: <= 10 ms\nruntime: go1.26`;
      const rate = `type: ${type}\nsource: load-test\nevidence: https://e.example.com/x\nobserved: 50000 rps\nlimit: throughput >= 20000 rps\nruntime: go1.26`;
      const met = type === 'throughput' ? rate : c;
      expect(judge(doc('go', { workload, constraints: [met] })).answeredBy, trigger).toEqual({
        [trigger]: [1],
      });
      // A met memory limit answers none of them.
      const memory =
        'type: memory\nsource: load-test\nevidence: https://e.example.com/m\nmet: true\nruntime: go1.26';
      expect(judge(doc('go', { workload, constraints: [memory] })).justifications, trigger).toEqual(
        [trigger],
      );
    }
  });

  it('property: a constraint measured and met on Go never makes Rust recommended', () => {
    const trigger = fc.constantFrom(
      ['cpu-bound-hot-path', '  bound: cpu\n  hot-path: [compression]', 'cpu'],
      [
        'deterministic-tail-latency',
        '  bound: io\n  latency:\n    deterministic-tail: true',
        'tail-latency',
      ],
      ['cli-cold-start', '  bound: io\n  cold-start-ms: 5', 'cold-start'],
      ['custom-protocol', '  bound: io\n  protocol: custom-binary', 'tail-latency'],
    );
    const source = fc.constantFrom('production', 'load-test', 'benchmark');
    const figures = fc
      .integer({ min: 1, max: 1000 })
      .chain((limit) => fc.integer({ min: 0, max: limit }).map((seen) => [seen, limit] as const));
    const explicit = fc.constantFrom('', '\nmet: true');
    fc.assert(
      fc.property(
        trigger,
        source,
        figures,
        explicit,
        fc.constantFrom('go', 'rust'),
        (t, s, f, m, language) => {
          const [, workload, type] = t;
          const c = `type: ${type}\nsource: ${s}\nevidence: bench/x.json\nobserved: ${f[0]} ms\nlimit: <= ${f[1]} ms\nruntime: go1.26${m}`;
          const kind = type === 'cold-start' ? 'cli' : 'worker';
          const r = judge(doc(language, { kind, workload, constraints: [c] }));
          expect(r.recommended).toBe('go');
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('engineers who already know Rust and want to work in it', () => {
  const team = (size: number, rust: number, hires = 0) =>
    `team:\n  size: ${size}\n  rust-experience: ${rust}\n  planned-hires: ${hires}\n`;

  it('Go: a CRUD team that knows Rust is recommended go, with a notice at most', () => {
    const r = judge(
      doc('go', { kind: 'crud-service', workload: '  bound: io', extra: team(4, 3) }),
    );
    expect(r.recommended).toBe('go');
    expect(r.justifications).toEqual([]);
    expect(r.findings.every((f) => f.severity === 'notice')).toBe(true);
    expect(only(r, 'go-team-knows-rust').message).toContain('the recommendation stays Go');
  });

  it('Rust: the same team makes the case, declared', () => {
    const r = judge(
      doc('rust', { kind: 'crud-service', workload: '  bound: io', extra: team(4, 3) }),
    );
    expect(r.justifications).toEqual(['team-knows-rust']);
    expect(r.justificationBasis).toEqual({ 'team-knows-rust': 'declared' });
  });

  it('Rust: planned hires count: 3 of 4 engineers and 2 hires hold at half; 4 hires do not', () => {
    const io = { kind: 'crud-service', workload: '  bound: io' };
    expect(judge(doc('rust', { ...io, extra: team(4, 3, 2) })).justifications).toEqual([
      'team-knows-rust',
    ]);
    expect(judge(doc('rust', { ...io, extra: team(4, 3, 4) })).justifications).toEqual([]);
  });
});

describe('absent runtime means Go of unknown version', () => {
  it('Rust: growing memory with no runtime gets the leak check, and does not count until it is done', () => {
    const growing =
      'type: memory\nsource: production\nevidence: https://e.example.com/m\nobserved: RSS grows 300 MB a day\ntrend: growing';
    const r = judge(doc('rust', { constraints: [growing] }));
    expect(only(r, 'goroutine-leak-check').message).toContain(
      'no runtime given, which counts as Go',
    );
    expect(r.justifications).toEqual([]);
    const checked = judge(doc('rust', { constraints: [`${growing}\nleak-checked: true`] }));
    expect(checked.justifications).toEqual(['measured-constraint']);
  });
});

describe('measurements that are only words fail the gate with rust-without-measured-constraint', () => {
  const words: [string, string, string, string | undefined][] = [
    [
      'evidence "n/a"',
      doc('rust', {
        constraints: [
          'type: memory\nsource: production\nevidence: n/a\nobserved: RSS 14 GB\nruntime: go1.26',
        ],
      }),
      'evidence "n/a" is neither a link nor a repository path',
      'constraint-without-evidence',
    ],
    [
      'a runtime of go1.26 on an observation of the JVM',
      doc('rust', {
        constraints: [
          'type: gc-pauses\nsource: production\nevidence: https://e.example.com/gc\nobserved: G1 pauses of 200 ms on the JVM\nruntime: go1.26',
        ],
      }),
      'observed names "JVM" under a Go runtime',
      'constraint-contradicts-itself',
    ],
    [
      'observed 12 ms against a limit of 40 ms marked met: false',
      doc('rust', {
        constraints: [
          'type: tail-latency\nsource: load-test\nevidence: https://e.example.com/t\nobserved: P99 12 ms\nlimit: P99 <= 40 ms\nmet: false\nruntime: go1.26',
        ],
      }),
      'met: false although observed 12 ms meets the limit p99 <= 40 ms',
      'constraint-contradicts-itself',
    ],
    [
      'growing memory on a Rust proposal with no runtime',
      doc('rust', {
        constraints: [
          'type: memory\nsource: production\nevidence: https://e.example.com/m\nobserved: RSS grows 300 MB a day\ntrend: growing',
        ],
      }),
      'growing memory on Go (no runtime means Go) not yet leak-checked',
      'goroutine-leak-check',
    ],
    [
      'a team of 2 with one Rust engineer and six hires',
      doc('rust', {
        kind: 'crud-service',
        workload: '  bound: io',
        extra: 'team:\n  size: 2\n  rust-experience: 1\n  planned-hires: 6\n',
      }),
      'with 6 planned hires that is 1 of 8, under the 50% share that counts as knowing Rust',
      undefined,
    ],
  ];

  it.each(words)('%s', (_name, text, why, companion) => {
    const r = judge(text);
    expect(r.recommended).toBe('go');
    const f = only(r, 'rust-without-measured-constraint');
    expect(f.severity).toBe('error');
    expect(f.message).toContain(why);
    if (companion) expect(ruleIds(r)).toContain(companion);
    expect(gateFails(text)).toBe(true);
  });
});

describe('constraint-contradicts-itself', () => {
  it('points at observed when it names another runtime, quoting at most 12 characters', () => {
    const r = judge(
      doc('go', {
        constraints: [
          'type: cpu\nsource: production\nevidence: https://e.example.com/c\nobserved: CPU 95% on CPython workers\nruntime: go1.26',
        ],
      }),
    );
    const f = only(r, 'constraint-contradicts-itself');
    expect(f.severity).toBe('warning');
    expect(f.line).toBe(10); // observed
    expect(f.message).toContain('observed names "CPython"');
    expect(r.recommended).toBe('go');
  });

  it('names rust and rustc only when the runtime is Go; an observation that names Go is taken at its word', () => {
    const c = (observed: string, runtime?: string) => ({
      type: 'cpu' as const,
      source: 'production' as const,
      observed,
      ...(runtime ? { runtime } : {}),
    });
    expect(otherRuntimeNamed(c('rustc prototype at 40% CPU', 'go1.26'))).toBe('rustc');
    expect(otherRuntimeNamed(c('Rust prototype at 40% CPU'))).toBe('Rust');
    expect(otherRuntimeNamed(c('Go prototype beside the JVM service', 'go1.26'))).toBeUndefined();
    expect(otherRuntimeNamed(c('go1.26 at 40%; java baseline'))).toBeUndefined();
    expect(otherRuntimeNamed(c('javascript bundle size'))).toBeUndefined();
    expect(otherRuntimeNamed(c('runs on .NET 8'))).toBe('.NET');
    expect(otherRuntimeNamed(c('Node.js heap', 'go1.26'))).toBe('Node.js');
    expect(otherRuntimeNamed(c('JVM heap', 'jvm21'))).toBeUndefined();
  });

  it('points at met when the figures contradict it, either way; an absent met takes the figures', () => {
    const c = (observed: string, met: string) =>
      doc('go', {
        constraints: [
          `type: tail-latency\nsource: load-test\nevidence: https://e.example.com/t\nobserved: ${observed}\nlimit: p99 <= 40 ms\nruntime: go1.26${met}`,
        ],
      });
    const said = only(judge(c('p99 95 ms', '\nmet: true')), 'constraint-contradicts-itself');
    expect(said.message).toContain(
      'says met: true, but observed 95 ms breaks its limit p99 <= 40 ms',
    );
    expect(said.line).toBe(13);
    expect(judge(c('p99 95 ms', '\nmet: true')).recommended).toBe('go');
    expect(judge(c('p99 95 ms', '')).recommended).toBe('rust');
    expect(judge(c('p99 12 ms', '')).recommended).toBe('go');
    expect(ruleIds(judge(c('p99 12 ms', '\nmet: true')))).not.toContain(
      'constraint-contradicts-itself',
    );
    // Figures of another kind are not compared: the authors' met stands.
    expect(judge(c('p50 95 ms', '\nmet: true')).recommended).toBe('go');
    expect(ruleIds(judge(c('p50 95 ms', '\nmet: true')))).not.toContain(
      'constraint-contradicts-itself',
    );
  });
});

describe('evidence', () => {
  it.each([
    ['https://grafana.example.com/d/x', 'url'],
    ['bench/checkout/k6.json', 'path'],
    ['./bench/gctrace.log', 'path'],
    ['/bench/out.txt', 'path'],
    ['n/a', 'none'],
    ['TBD', 'none'],
    ['see wiki', 'none'],
    ['', 'none'],
    ['ftp://example.com/x.json', 'none'],
    // Where it leads depends on the proposal's folder: the key says (below).
    ['../../../../etc/passwd.txt', 'path'],
    ['.git/config.json', 'none'],
    ['bench/', 'none'],
  ])('%j is %s', (evidence, form) => {
    expect(evidenceForm(evidence)).toBe(form);
  });

  it('compares URLs without fragment, query order and trailing slash, and paths from the root', () => {
    const a = evidenceKey('https://ci.example.com/run/41/?b=2&a=1#top', 'proposals/a.yaml');
    expect(a).toBe(evidenceKey('https://ci.example.com/run/41?a=1&b=2', 'proposals/b.yaml'));
    expect(evidenceKey('./bench/k6.json', 'proposals/a.yaml')).toBe(
      evidenceKey('proposals/bench/k6.json', 'other/b.yaml'),
    );
    expect(evidenceKey('../bench/k6.json', 'proposals/x/a.yaml')).toBe(
      evidenceKey('/proposals/bench/k6.json', 'b.yaml'),
    );
    expect(evidenceKey('../../../../etc/passwd.txt', 'proposals/a.yaml')).toBeUndefined();
    const blob = 'https://github.com/Acme/Shop/blob/main/bench/k6.json';
    expect(evidenceKey(blob, 'p/a.yaml', 'acme/shop')).toBe(
      evidenceKey('bench/k6.json', 'p/b.yaml'),
    );
    expect(evidenceKey(blob, 'p/a.yaml', 'acme/other')).not.toBe(
      evidenceKey('bench/k6.json', 'p/b.yaml'),
    );
  });
});

describe('evidence-reused', () => {
  const cite = (service: string, evidence: string, metric = '') =>
    `service: ${service}\nlanguage: go\nkind: http-api\nworkload:\n  bound: io\nconstraints:\n  - type: throughput\n    source: load-test\n    evidence: ${evidence}\n    observed: 12k rps${metric ? `\n    metric: ${metric}` : ''}\n`;

  it('fires on each of two services citing one run, each pointing at the other', () => {
    const report = run({
      'proposals/a.yaml': cite('checkout', 'https://ci.example.com/run/41#summary'),
      'proposals/b.yaml': cite('cart', 'https://ci.example.com/run/41/'),
      'proposals/c.yaml': cite('search', 'https://ci.example.com/run/42'),
    });
    const [a, b, c] = report.proposals as [ProposalReport, ProposalReport, ProposalReport];
    const fa = only(a, 'evidence-reused');
    expect(fa.severity).toBe('warning');
    expect(fa.line).toBe(9);
    expect(fa.message).toContain('"cart" in "proposals/b.yaml" (constraint #1)');
    expect(only(b, 'evidence-reused').message).toContain('"checkout" in "proposals/a.yaml"');
    expect(findingsOf(c, 'evidence-reused')).toEqual([]);
  });

  it('does not fire when the metrics differ, but does when only one names its metric', () => {
    const differ = run({
      'proposals/a.yaml': cite('checkout', 'bench/k6.json', 'http_req_duration{scenario:checkout}'),
      'proposals/b.yaml': cite('cart', './../bench/k6.json', 'http_req_duration{scenario:cart}'),
    });
    expect(differ.proposals.flatMap((p) => findingsOf(p, 'evidence-reused'))).toEqual([]);
    const one = run({
      'proposals/a.yaml': cite('checkout', 'bench/k6.json', 'http_req_duration{scenario:checkout}'),
      'proposals/b.yaml': cite('cart', './../bench/k6.json'),
    });
    expect(one.proposals.flatMap((p) => findingsOf(p, 'evidence-reused'))).toHaveLength(2);
  });

  it('a waiver in the proposal waives it', () => {
    const waiver =
      'waivers:\n  - rule: evidence-reused\n    reason: One shared staging run covers both.\n';
    const report = run({
      'proposals/a.yaml': cite('checkout', 'bench/k6.json') + waiver,
      'proposals/b.yaml': cite('cart', 'bench/k6.json'),
    });
    const a = report.proposals[0]!;
    expect(only(a, 'evidence-reused').waived).toBe(true);
    expect(a.waivers?.[0]?.state).toBe('active');
    expect(ruleIds(a)).not.toContain('waiver-unused');
    expect(only(report.proposals[1]!, 'evidence-reused').waived).toBe(false);
  });

  it('quotes service and file names as data', () => {
    const report = run({
      'proposals/a.yaml': cite('"`@admin`"', 'bench/k6.json'),
      'proposals/b.yaml': cite('cart', 'bench/k6.json'),
    });
    const m = only(report.proposals[1]!, 'evidence-reused').message;
    expect(m).toContain('"\\u0060@admin\\u0060" in "proposals/a.yaml"');
  });
});

/** The text a reader sees: the Markdown rendered as GitHub does (GFM), tags and entities gone. */
function htmlText(markdown: string): string {
  const html = marked.parse(markdown, { gfm: true, async: false });
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#8203;|\u200b/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The justifications line as the JSON says it should read. */
function expectedLine(p: ProposalReport): string {
  const why = p.justifications.length
    ? p.justifications.map((j) => `${j} (${p.justificationBasis![j]})`).join(', ')
    : 'none';
  return `Rust justifications: ${why}`;
}

describe('the declared / measured mark, shown as the JSON says', () => {
  const report: Report = run({
    'proposals/declared.yaml': doc('rust', {
      workload: '  bound: cpu\n  hot-path: [parsing]',
      extra: 'team:\n  size: 2\n  rust-experience: 2\n',
    }),
    'proposals/measured.yaml': doc('rust', {
      workload: '  bound: cpu\n  hot-path: [parsing]',
      constraints: [
        'type: cpu\nsource: benchmark\nevidence: bench/parse.txt\nobserved: 900 ns/op\nlimit: <= 400 ns/op\nruntime: go1.26',
        'type: memory\nsource: production\nevidence: https://e.example.com/m\nobserved: RSS 14 GB\nruntime: go1.26',
      ],
    }).replace('service: svc', 'service: other'),
    'proposals/none.yaml': doc('go', { workload: '  bound: io' }).replace(
      'service: svc',
      'service: third',
    ),
  });

  it('gives each justification its basis in the JSON', () => {
    const [declared, measured, none] = report.proposals;
    expect(declared!.justificationBasis).toEqual({
      'cpu-bound-hot-path': 'declared',
      'team-knows-rust': 'declared',
    });
    expect(measured!.justificationBasis).toEqual({
      'measured-constraint': 'measured',
      'cpu-bound-hot-path': 'measured',
    });
    expect(none!.justificationBasis).toEqual({});
  });

  it('the comment, rendered, shows each proposal exactly as its JSON says', () => {
    const text = htmlText(renderMarkdown(report));
    const sections = text.split(/(?=proposals\/\w+\.yaml)/);
    for (const p of report.proposals) {
      const section = sections.find((s) => s.startsWith(p.file))!;
      expect(section, p.file).toContain(expectedLine(p));
    }
  });

  it('the text output shows each proposal exactly as its JSON says', () => {
    const text = renderText(report, { color: false });
    for (const p of report.proposals) {
      const block = text.slice(text.indexOf(p.file));
      expect(block.split('\n')[1], p.file).toContain(expectedLine(p));
    }
  });

  it('a report from elsewhere shows only the bases the schema allows', () => {
    const forged = structuredClone(report);
    const p = forged.proposals[0]!;
    p.justificationBasis = {
      'cpu-bound-hot-path': '<img src=x>' as never,
      'not-a-trigger': 'measured',
    };
    const md = renderMarkdown(forged);
    expect(md).not.toContain('<img');
    expect(htmlText(md)).toContain('Rust justifications: cpu-bound-hot-path, team-knows-rust');
  });
});
