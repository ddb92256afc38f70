// Policy 1.1 (docs/policy.md, "What changed in 1.1"): the changed trigger, the new and
// changed rules, and the cases its review found, each judged as 1.1 says. Proposals that use the fields
// 1.1 adds (met, leak-checked, toolchain.rust) are judged through the rules and triggers
// directly; the rest go through the whole engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeCosts } from '../../src/core/costs.js';
import { RULES } from '../../src/core/rules/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import { findTriggers, type TriggerId } from '../../src/core/triggers.js';
import type { Proposal } from '../../src/core/types.js';
import { findingsOf, judge, only, ruleIds } from '../helpers.js';

interface Hit {
  rule: string;
  message: string;
}

/** Every per-proposal rule of the default set on a proposal, as the engine runs them. */
function rulesOn(p: Proposal, settings: Settings = DEFAULT_SETTINGS) {
  const triggers = findTriggers(p, settings);
  const hits: Hit[] = [];
  for (const rule of RULES) {
    if (!rule.check) continue;
    for (const h of rule.check({ proposal: p, settings, triggers })) {
      hits.push({ rule: rule.id, message: h.message });
    }
  }
  return {
    triggers: [...triggers.keys()],
    recommended: triggers.size > 0 ? 'rust' : 'go',
    rules: hits.map((h) => h.rule),
    hits,
  };
}

const yamlProposal = (text: string) => parse(text) as Proposal;

describe('measured-constraint (1.1)', () => {
  // Each cites evidence: since policy 1.2 a constraint without it does not count.
  const base = (c: string, language = 'go') =>
    yamlProposal(
      `service: s\nlanguage: ${language}\nconstraints:\n  - ${c}\n    evidence: https://e.example.com/x\n`,
    );

  it('holds for each of the six types from production or load-test, on Go or no runtime', () => {
    for (const type of ['memory', 'cpu', 'gc-pauses', 'tail-latency', 'throughput', 'cold-start']) {
      for (const source of ['production', 'load-test']) {
        for (const runtime of ['', '\n    runtime: go1.26']) {
          // Policy 1.2: with no runtime, a GC-sensitive limit counts on a Rust proposal only.
          const language = runtime === '' ? 'rust' : 'go';
          const c = `type: ${type}\n    source: ${source}${runtime}`;
          const t = rulesOn(base(c, language)).triggers;
          expect(t, `${type} ${source} ${runtime}`).toContain('measured-constraint');
        }
      }
    }
  });

  it('does not hold for a met limit, a non-Go runtime, or another source', () => {
    const cases = [
      'type: cpu\n    source: production\n    met: true',
      'type: memory\n    source: production\n    runtime: cpython3.11',
      'type: cpu\n    source: load-test\n    runtime: node22',
      'type: gc-pauses\n    source: load-test\n    runtime: jvm21',
      'type: cpu\n    source: benchmark',
      'type: cpu\n    source: estimate',
      'type: build-time\n    source: production',
    ];
    for (const c of cases) expect(rulesOn(base(c)).triggers, c).toEqual([]);
  });

  it('follows measuredSources', () => {
    const p = base('type: cpu\n    source: benchmark\n    runtime: go1.26');
    const settings = { ...DEFAULT_SETTINGS, measuredSources: ['benchmark' as const] };
    expect(rulesOn(p, settings).triggers).toEqual(['measured-constraint']);
  });

  it('leaves out growing memory on Go until leak-checked is true', () => {
    const growing = 'type: memory\n    source: production\n    runtime: go1.24\n    trend: growing';
    expect(rulesOn(base(growing)).triggers).toEqual([]);
    expect(rulesOn(base(`${growing}\n    leak-checked: true`)).triggers).toEqual([
      'measured-constraint',
    ]);
    // Policy 1.2: no runtime means Go, on a Rust proposal too: the growth needs the leak check.
    const noRuntime = 'type: memory\n    source: production\n    trend: growing';
    expect(rulesOn(base(noRuntime, 'rust')).triggers).toEqual([]);
    expect(rulesOn(base(`${noRuntime}\n    leak-checked: true`, 'rust')).triggers).toEqual([
      'measured-constraint',
    ]);
  });
});

describe('the shapes policy 1.1 was written for', () => {
  it('a Rust JSON API claiming bound: cpu with no measurement: rust-justification-unmeasured', () => {
    const report = judge(`service: quotes-api
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [parsing]
team:
  size: 4
  rust-experience: 0
`);
    expect(report.justifications).toEqual(['cpu-bound-hot-path']);
    const f = only(report, 'rust-justification-unmeasured');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('cpu-bound-hot-path');
    expect(f.message).toContain('at least a benchmark of the hot path');
    expect(f.line).toBe(2); // `language`
    expect(findingsOf(report, 'rust-without-measured-constraint')).toEqual([]);
    expect(report.verdict).toBe('approved-with-warnings');
  });

  it('a benchmark of the hot path backs the declaration', () => {
    const report = judge(`service: quotes-api
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [parsing]
constraints:
  - type: cpu
    source: benchmark
    evidence: https://ci.example.com/b/1
`);
    expect(findingsOf(report, 'rust-justification-unmeasured')).toEqual([]);
  });

  it('a Go service whose load test met its limit: no case for Rust, no finding', () => {
    const r = rulesOn(
      yamlProposal(`service: checkout
language: go
constraints:
  - type: tail-latency
    source: load-test
    evidence: https://grafana.example.com/d/x
    observed: "P99.9 74 ms at 20k rps"
    limit: "P99.9 <= 80 ms"
    met: true
    runtime: go1.26
`),
    );
    expect(r.triggers).toEqual([]);
    expect(r.recommended).toBe('go');
    expect(r.rules).toEqual([]);
  });

  it('a Rust rewrite justified by a memory limit measured on cpython3.11 does not count', () => {
    const report = judge(`service: report-renderer
language: rust
kind: worker
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/r
    observed: RSS 9 GB per worker
    runtime: cpython3.11
team:
  size: 3
  rust-experience: 0
`);
    expect(report.justifications).toEqual([]);
    expect(report.recommended).toBe('go');
    expect(only(report, 'rust-without-measured-constraint').severity).toBe('error');
    const notOnGo = only(report, 'constraint-not-on-go');
    expect(notOnGo.severity).toBe('notice');
    expect(notOnGo.message).toContain('"cpython3.11"');
    expect(notOnGo.line).toBe(11); // the runtime
    expect(report.verdict).toBe('changes-requested');
  });

  it('a Rust proposal whose only case is a GC-pause measurement on go1.22', () => {
    const report = judge(`service: pricing
language: rust
kind: http-api
workload:
  bound: io
constraints:
  - type: gc-pauses
    source: production
    evidence: https://grafana.example.com/d/p
    runtime: go1.22
team:
  size: 4
  rust-experience: 0
`);
    expect(report.justifications).toEqual(['measured-constraint']);
    const f = only(report, 'rust-on-unconfirmed-measurement');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('go1.22');
    expect(f.message).toContain('10–40%');
    expect(only(report, 'gc-remeasure-on-go-1-26').message).toContain('go1.22');
    expect(report.verdict).toBe('approved-with-warnings');
  });

  it('rust-on-unconfirmed-measurement stays quiet when one measurement is on 1.26 or has another case', () => {
    const on126 = judge(`service: pricing
language: rust
kind: http-api
workload:
  bound: io
constraints:
  - type: gc-pauses
    source: production
    evidence: https://grafana.example.com/d/p
    runtime: go1.22
  - type: cpu
    source: production
    evidence: https://grafana.example.com/d/q
    runtime: go1.26
`);
    expect(findingsOf(on126, 'rust-on-unconfirmed-measurement')).toEqual([]);
    const memory = judge(`service: pricing
language: rust
kind: http-api
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/p
    runtime: go1.22
`);
    expect(findingsOf(memory, 'rust-on-unconfirmed-measurement')).toEqual([]);
  });

  it('a Go service with a measured throughput limit: go-despite-measured-constraint', () => {
    const report = judge(`service: ingest
language: go
kind: worker
workload:
  bound: io
constraints:
  - type: throughput
    source: load-test
    evidence: https://ci.example.com/load/7
    observed: saturates at 12k msgs/s
    runtime: go1.26
`);
    expect(report.recommended).toBe('rust');
    const f = only(report, 'go-despite-measured-constraint');
    expect(f.message).toContain('measured throughput constraint');
    expect(f.message).toContain('"saturates at 12k msgs/s"');
    expect(findingsOf(report, 'gc-remeasure-on-go-1-26')).toEqual([]); // already on 1.26
    expect(report.verdict).toBe('approved-with-warnings');
  });

  it('a Go service with growing memory and no leak-checked: leak check, no case for Rust', () => {
    const report = judge(`service: notifier
language: go
kind: worker
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/n
    runtime: go1.24
    trend: growing
`);
    expect(report.justifications).toEqual([]);
    expect(report.recommended).toBe('go');
    expect(findingsOf(report, 'go-despite-measured-constraint')).toEqual([]);
    const f = only(report, 'goroutine-leak-check');
    expect(f.message).toContain('one way goroutine leaks show up');
    expect(f.message).toContain('GOEXPERIMENT=goroutineleakprofile');
    expect(f.message).toContain('until then the growth does not count as a measured constraint');
    expect(f.message).toContain('Set leak-checked: true once the profile is clean');
    // With leak-checked: true the notice goes and the growth counts.
    const checked = rulesOn(
      yamlProposal(`service: notifier
language: go
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/n
    runtime: go1.24
    trend: growing
    leak-checked: true
`),
    );
    expect(checked.rules).not.toContain('goroutine-leak-check');
    expect(checked.rules).toContain('go-despite-measured-constraint');
  });

  it('a team of 10 who all know Rust, 20% attrition, 4 planned hires: the cost figures', () => {
    const text = `service: ledger-core
language: rust
kind: database
workload:
  bound: cpu
team:
  size: 10
  rust-experience: 10
  annual-attrition: 0.2
  planned-hires: 4
`;
    const report = judge(text);
    const m = only(report, 'rust-onboarding-cost').message;
    expect(m).toContain('All 10 engineers have shipped Rust');
    // Policy 1.2: attrition counts the planned hires too.
    expect(m).toContain(
      '(10 engineers + 4 planned hires) × 20% annual attrition ≈ 2.8 engineers a year start the 3–6-month ramp: 8.4–16.8 engineer-months a year',
    );
    expect(m).toContain('The 4 planned hires start it too: another 12–24 engineer-months');
    expect(only(report, 'rust-hiring-premium').message).toContain(
      'for 10 engineers and 4 planned hires (14) that is $350,000–$420,000 a year',
    );
    expect(report.costs).toEqual({
      premiumPerYear: [350000, 420000],
      onboardingEngineerMonths: [12, 24],
      rampEngineerMonthsPerYear: [8.4, 16.8],
      ciMinutesPerDay: null,
    });
  });

  it('rust-onboarding-cost is quiet only when everyone knows Rust and nobody joins', () => {
    const quiet = judge(`service: s
language: rust
kind: database
workload:
  bound: cpu
team:
  size: 4
  rust-experience: 4
  annual-attrition: 0
  planned-hires: 0
`);
    expect(findingsOf(quiet, 'rust-onboarding-cost')).toEqual([]);
  });
});

describe('costs', () => {
  const rust = (extra: string) => yamlProposal(`service: s\nlanguage: rust\n${extra}`);

  it('matches the example of the spec', () => {
    const p = rust(
      'team:\n  size: 6\n  rust-experience: 0\n  annual-attrition: 0.2\ndelivery:\n  merges-per-day: 40\n',
    );
    expect(computeCosts(p, DEFAULT_SETTINGS)).toEqual({
      premiumPerYear: [150000, 180000],
      onboardingEngineerMonths: [18, 36],
      rampEngineerMonthsPerYear: [3.6, 7.2],
      // Policy 1.2: cut to one decimal, not rounded (76.666…).
      ciMinutesPerDay: 76.6,
    });
  });

  it('is null for another language or when nothing can be computed; members null without inputs', () => {
    expect(
      computeCosts(yamlProposal('service: s\nlanguage: go\nteam:\n  size: 4\n'), DEFAULT_SETTINGS),
    ).toBeNull();
    expect(computeCosts(rust(''), DEFAULT_SETTINGS)).toBeNull();
    expect(computeCosts(rust('delivery:\n  merges-per-day: 12\n'), DEFAULT_SETTINGS)).toEqual({
      premiumPerYear: null,
      onboardingEngineerMonths: null,
      rampEngineerMonthsPerYear: null,
      ciMinutesPerDay: 23,
    });
  });

  it('follows the settings the rules use', () => {
    const settings = { ...DEFAULT_SETTINGS, rustPremiumUsd: [10, 20] as [number, number] };
    expect(computeCosts(rust('team:\n  size: 3\n'), settings)?.premiumPerYear).toEqual([30, 60]);
  });
});

// Each trigger, on a Go proposal, and the rule that says why Rust is recommended.
const SAYS_WHY: Record<TriggerId, string> = {
  'measured-constraint': 'go-despite-measured-constraint',
  'cpu-bound-hot-path': 'go-cpu-bound-hot-path',
  'deterministic-tail-latency': 'go-deterministic-tail-latency',
  'systems-software': 'go-systems-software',
  'cli-cold-start': 'go-cli-cold-start',
  'ffi-embedding': 'go-ffi-embedding',
  'custom-protocol': 'go-custom-protocol',
  'team-knows-rust': 'go-team-knows-rust',
};

const constraintArb = fc.record(
  {
    type: fc.constantFrom(
      'memory',
      'cpu',
      'gc-pauses',
      'tail-latency',
      'throughput',
      'cold-start',
      'build-time',
    ),
    source: fc.constantFrom('production', 'load-test', 'benchmark', 'estimate'),
    runtime: fc.constantFrom('go1.22', 'go1.26', 'go 1.24', 'cpython3.11', 'node22', 'rustc 1.85'),
    trend: fc.constantFrom('steady', 'growing', 'spiky'),
    met: fc.boolean(),
    'leak-checked': fc.boolean(),
  },
  { requiredKeys: ['type', 'source'] },
);

const goProposalArb = fc.record(
  {
    service: fc.constant('svc'),
    language: fc.constant('go'),
    kind: fc.constantFrom('http-api', 'worker', 'cli', 'database', 'network-proxy', 'library'),
    workload: fc.record(
      {
        bound: fc.constantFrom('io', 'cpu', 'mixed'),
        'hot-path': fc.subarray(['compression', 'parsing', 'in-memory-cache', 'ml-inference']),
        protocol: fc.constantFrom('http', 'grpc', 'custom-binary'),
        latency: fc.record({ 'deterministic-tail': fc.boolean() }, { requiredKeys: [] }),
        'cold-start-ms': fc.integer({ min: 0, max: 500 }),
        ffi: fc.constantFrom('none', 'c', 'cpp'),
      },
      { requiredKeys: ['bound'] },
    ),
    constraints: fc.array(constraintArb, { maxLength: 4 }),
    team: fc.integer({ min: 1, max: 12 }).chain((size) =>
      fc.record({
        size: fc.constant(size),
        'rust-experience': fc.integer({ min: 0, max: size }),
      }),
    ),
  },
  { requiredKeys: ['service', 'language'] },
) as fc.Arbitrary<Proposal>;

describe('a Go proposal whose recommendation is rust always says why', () => {
  it('has, for every trigger that holds, a finding of the rule that explains it', () => {
    fc.assert(
      fc.property(goProposalArb, (p) => {
        const r = rulesOn(p);
        if (r.recommended !== 'rust') return;
        expect(r.hits.length).toBeGreaterThan(0);
        for (const t of r.triggers as TriggerId[]) expect(r.rules, t).toContain(SAYS_WHY[t]);
      }),
      { numRuns: 500 },
    );
  });

  it('go-despite-measured-constraint reports every constraint for which the trigger holds', () => {
    const p = yamlProposal(`service: s
language: go
constraints:
  - {type: cold-start, source: production, evidence: bench/start.json}
  - {type: memory, source: production, met: true, evidence: bench/rss.json}
  - {type: cpu, source: load-test, runtime: node22, evidence: bench/cpu.json}
  - {type: gc-pauses, source: production, runtime: go1.24, evidence: bench/gc.txt}
  - {type: memory, source: production, runtime: go1.26, evidence: bench/rss2.json}
`);
    const hits = RULES.find((x) => x.id === 'go-despite-measured-constraint')!.check!({
      proposal: p,
      settings: DEFAULT_SETTINGS,
      triggers: findTriggers(p, DEFAULT_SETTINGS),
    });
    // Policy 1.2: the gc-pauses limit on go1.24 is unconfirmed and holds for no trigger on Go.
    expect(hits.map((h) => h.path)).toEqual([
      ['constraints', 0],
      ['constraints', 4],
    ]);
  });
});

describe('gc-remeasure-on-go-1-26', () => {
  it('never asks to re-measure a runtime of 1.26 or later', () => {
    for (const runtime of ['go1.26', 'go1.26.2', 'go 1.27', 'go2.0']) {
      for (const type of ['gc-pauses', 'tail-latency', 'cpu', 'throughput']) {
        const p = yamlProposal(
          `service: s\nlanguage: rust\nconstraints:\n  - {type: ${type}, source: production, runtime: "${runtime}"}\n`,
        );
        expect(rulesOn(p).rules, `${type} ${runtime}`).not.toContain('gc-remeasure-on-go-1-26');
      }
    }
  });
});

describe('toolchain-outdated', () => {
  const tc = (t: string) => yamlProposal(`service: s\nlanguage: rust\ntoolchain:\n${t}`);
  const messages = (t: string) =>
    rulesOn(tc(t))
      .hits.filter((h) => h.rule === 'toolchain-outdated')
      .map((h) => h.message);

  it('fires on toolchain.rust older than 1.85 and says async closures come with rustc 1.85', () => {
    const [m] = messages('  rust: "1.80"\n');
    expect(m).toContain('toolchain.rust is "1.80", older than 1.85');
    // Policy 1.2 corrects 1.1's "in every edition".
    expect(m).toContain('async closures are stable from that release in editions 2018 and later');
    expect(messages('  rust: "1.85"\n')).toEqual([]);
    expect(messages('  rust: "1.90.1"\n')).toEqual([]);
  });

  it('never ties async closures to the edition', () => {
    const [m] = messages('  rust-edition: "2021"\n');
    expect(m).toContain('older than 2024');
    expect(m).not.toMatch(/async/i);
  });
});

describe('post-quantum-tls', () => {
  it('states the facts of 1.1 for Go and asks Rust only to configure and test', () => {
    const go = rulesOn(
      yamlProposal(
        'service: s\nlanguage: go\ntoolchain:\n  go: "1.25"\ncompliance: [nist-post-quantum]\n',
      ),
    ).hits.find((h) => h.rule === 'post-quantum-tls')!.message;
    // As corrected by policy 1.2: the hybrids follow go.mod's go line, not the toolchain alone.
    expect(go).toContain('Go enables X25519MLKEM768 from 1.24');
    expect(go).toContain('SecP256r1MLKEM768 and SecP384r1MLKEM1024');
    expect(go).toContain('come only with Go 1.26');
    const rust = rulesOn(
      yamlProposal('service: s\nlanguage: rust\ncompliance: [nist-post-quantum]\n'),
    ).hits.find((h) => h.rule === 'post-quantum-tls')!.message;
    expect(rust).toContain('rustls offers X25519MLKEM768 with its aws-lc-rs provider');
    expect(rust).toContain('test the handshake');
    expect(rust).not.toMatch(/\bGo\b|NIST-bound/);
  });
});

describe('go-team-knows-rust', () => {
  it('notes a team that knows Rust and chose Go; the recommendation stays go', () => {
    const report = judge(
      'service: s\nlanguage: go\nkind: http-api\nworkload:\n  bound: io\nteam:\n  size: 4\n  rust-experience: 2\n',
    );
    expect(report.justifications).toEqual([]);
    expect(report.recommended).toBe('go');
    expect(only(report, 'go-team-knows-rust').message).toContain('2 of 4 engineers');
    expect(ruleIds(report)).toEqual(['go-team-knows-rust']);
  });
});
