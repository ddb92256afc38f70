import { describe, expect, it } from 'vitest';
import {
  buildReport,
  defaultEngineOptions,
  judgeFile,
  unreadableFile,
  type EngineOptions,
  type FileResult,
} from '../../src/core/engine.js';
import { DOCS_TODAY, judgeExample } from '../../src/core/render/rule-doc.js';
import { RULES } from '../../src/core/rules/index.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { findTriggers, TRIGGER_IDS } from '../../src/core/triggers.js';
import type { FailOn, Proposal, ProposalReport, ProposalVerdict } from '../../src/core/types.js';
import { gatePasses } from '../../src/core/verdict.js';
import { findingsOf, judge, only, proposal, ruleIds } from '../helpers.js';

const result = (report: ProposalReport): FileResult => ({ kind: 'proposal', report });

function justifications(text: string, options?: EngineOptions): string[] {
  const report = judge(text, 'p.yaml', options);
  expect(findingsOf(report, 'proposal-invalid')).toEqual([]);
  return report.justifications;
}

// Measured on Go 1.26: on a Go proposal, a GC-sensitive limit from an older or unknown Go is
// unconfirmed and makes no trigger hold (policy 1.2, test/policy/policy-1-2.test.ts).
function constraint(type: string, source: string): string {
  return `constraints:\n  - type: ${type}\n    source: ${source}\n    evidence: https://grafana.example.com/d/1\n    runtime: go1.26\n`;
}

describe('Rust justifications (triggers)', () => {
  describe('measured-constraint', () => {
    it.each(['memory', 'cpu', 'gc-pauses', 'tail-latency', 'throughput', 'cold-start'])(
      'holds for a %s constraint measured in production',
      (type) => {
        expect(justifications(proposal({}, constraint(type, 'production')))).toEqual([
          'measured-constraint',
        ]);
      },
    );

    it('holds for a load-test', () => {
      expect(justifications(proposal({}, constraint('memory', 'load-test')))).toEqual([
        'measured-constraint',
      ]);
    });

    it.each(['benchmark', 'estimate'])('does not hold for a %s', (source) => {
      expect(justifications(proposal({}, constraint('memory', source)))).toEqual([]);
    });

    it('does not hold for a build-time constraint, however measured', () => {
      expect(justifications(proposal({}, constraint('build-time', 'production')))).toEqual([]);
    });

    it('follows the measured-sources setting', () => {
      const options = defaultEngineOptions();
      options.settings = {
        ...DEFAULT_SETTINGS,
        measuredSources: ['production', 'load-test', 'benchmark'],
      };
      expect(justifications(proposal({}, constraint('memory', 'benchmark')), options)).toEqual([
        'measured-constraint',
      ]);
    });
  });

  describe('cpu-bound-hot-path', () => {
    it('holds for bound cpu with a computing hot path', () => {
      expect(justifications(proposal({ bound: 'cpu' }, '  hot-path: [parsing]\n'))).toEqual([
        'cpu-bound-hot-path',
      ]);
    });

    it('holds when in-memory-cache is listed next to a computing entry', () => {
      const text = proposal({ bound: 'cpu' }, '  hot-path: [in-memory-cache, compression]\n');
      expect(justifications(text)).toEqual(['cpu-bound-hot-path']);
    });

    it('does not hold when the only hot path is in-memory-cache', () => {
      expect(justifications(proposal({ bound: 'cpu' }, '  hot-path: [in-memory-cache]\n'))).toEqual(
        [],
      );
    });

    it.each(['io', 'mixed'])('does not hold for bound %s', (bound) => {
      expect(justifications(proposal({ bound }, '  hot-path: [video-encoding]\n'))).toEqual([]);
    });

    it('does not hold for bound cpu without a hot path', () => {
      expect(justifications(proposal({ bound: 'cpu' }))).toEqual([]);
    });
  });

  describe('deterministic-tail-latency', () => {
    it('holds for deterministic-tail: true', () => {
      const text = proposal({}, '  latency:\n    deterministic-tail: true\n');
      expect(justifications(text)).toEqual(['deterministic-tail-latency']);
    });

    it('does not hold for false or a P99.9 target alone', () => {
      expect(justifications(proposal({}, '  latency:\n    deterministic-tail: false\n'))).toEqual(
        [],
      );
      expect(justifications(proposal({}, '  latency:\n    p999-ms: 1\n'))).toEqual([]);
    });
  });

  describe('systems-software', () => {
    it.each(['database', 'message-broker', 'network-proxy', 'runtime', 'compiler'])(
      'holds for %s',
      (kind) => {
        expect(justifications(proposal({ kind }))).toEqual(['systems-software']);
      },
    );

    it.each([
      'http-api',
      'grpc-service',
      'crud-service',
      'worker',
      'cli',
      'data-pipeline',
      'library',
    ])('does not hold for %s', (kind) => {
      expect(justifications(proposal({ kind }))).toEqual([]);
    });
  });

  describe('cli-cold-start', () => {
    it('holds for a CLI that must start in 10 ms', () => {
      expect(justifications(proposal({ kind: 'cli' }, '  cold-start-ms: 10\n'))).toEqual([
        'cli-cold-start',
      ]);
    });

    it('does not hold at 11 ms', () => {
      expect(justifications(proposal({ kind: 'cli' }, '  cold-start-ms: 11\n'))).toEqual([]);
    });

    it('does not hold for a CLI with no cold-start target, or for a worker with one', () => {
      expect(justifications(proposal({ kind: 'cli' }))).toEqual([]);
      expect(justifications(proposal({ kind: 'worker' }, '  cold-start-ms: 1\n'))).toEqual([]);
    });

    it('follows the cold-start setting', () => {
      const options = defaultEngineOptions();
      options.settings = { ...DEFAULT_SETTINGS, cliColdStartMs: 20 };
      expect(justifications(proposal({ kind: 'cli' }, '  cold-start-ms: 20\n'), options)).toEqual([
        'cli-cold-start',
      ]);
    });
  });

  describe('ffi-embedding', () => {
    it.each(['c', 'cpp'])('holds for ffi %s', (ffi) => {
      expect(justifications(proposal({}, `  ffi: ${ffi}\n`))).toEqual(['ffi-embedding']);
    });

    it('does not hold for ffi none', () => {
      expect(justifications(proposal({}, '  ffi: none\n'))).toEqual([]);
    });
  });

  describe('custom-protocol', () => {
    it('holds for custom-binary', () => {
      expect(justifications(proposal({}, '  protocol: custom-binary\n'))).toEqual([
        'custom-protocol',
      ]);
    });

    it.each(['http', 'grpc'])('does not hold for %s', (protocol) => {
      expect(justifications(proposal({}, `  protocol: ${protocol}\n`))).toEqual([]);
    });
  });

  describe('team-knows-rust', () => {
    // Only a Rust proposal's team counts: a team choosing Go does not want to work in Rust.
    const team = (size: number, rust: number) =>
      proposal({ language: 'rust' }, `team:\n  size: ${size}\n  rust-experience: ${rust}\n`);

    it('holds at exactly half the team', () => {
      expect(justifications(team(6, 3))).toEqual(['team-knows-rust']);
      expect(justifications(team(2, 1))).toEqual(['team-knows-rust']);
    });

    it('does not hold just below half', () => {
      expect(justifications(team(6, 2))).toEqual([]);
      expect(justifications(team(5, 2))).toEqual([]);
    });

    it('needs at least one engineer who has shipped Rust', () => {
      expect(justifications(team(1, 0))).toEqual([]);
      const zero = {
        team: { size: 0, 'rust-experience': 0 },
        workload: { bound: 'io' },
        kind: 'cli',
      } as Proposal;
      expect(findTriggers(zero, DEFAULT_SETTINGS).has('team-knows-rust')).toBe(false);
    });

    it('needs both numbers', () => {
      expect(justifications(proposal({}, 'team:\n  rust-experience: 3\n'))).toEqual([]);
      expect(justifications(proposal({}, 'team:\n  size: 3\n'))).toEqual([]);
    });

    it('follows the team-share setting', () => {
      const options = defaultEngineOptions();
      options.settings = { ...DEFAULT_SETTINGS, rustTeamShare: 0.75 };
      expect(justifications(team(4, 2), options)).toEqual([]);
      expect(justifications(team(4, 3), options)).toEqual(['team-knows-rust']);
    });
  });

  it('lists every trigger that holds, in the spec order', () => {
    const text = [
      'service: everything',
      'language: rust',
      'kind: database',
      'workload:',
      '  bound: cpu',
      '  hot-path: [search-indexing]',
      '  latency:',
      '    deterministic-tail: true',
      '  ffi: cpp',
      '  protocol: custom-binary',
      'team:',
      '  size: 2',
      '  rust-experience: 2',
      constraint('tail-latency', 'production'),
    ].join('\n');
    expect(justifications(text)).toEqual(TRIGGER_IDS.filter((id) => id !== 'cli-cold-start'));
  });
});

describe('rule thresholds on both sides, through the engine', () => {
  const rust = (extra: string) =>
    proposal(
      { language: 'rust', kind: 'database' },
      `team:\n  size: 2\n  rust-experience: 2\n${extra}`,
    );
  const fires = (text: string, rule: string) => findingsOf(judge(text), rule).length > 0;

  it('rust-ci-build-cost: 32 merges a day × 115 s fires, 31 does not', () => {
    expect(fires(rust('delivery:\n  merges-per-day: 32\n'), 'rust-ci-build-cost')).toBe(true);
    expect(fires(rust('delivery:\n  merges-per-day: 31\n'), 'rust-ci-build-cost')).toBe(false);
  });

  it('rust-onboarding-cost: fires below full Rust experience, not at it', () => {
    const team = (rust: number) =>
      proposal(
        { language: 'rust', kind: 'database' },
        `team:\n  size: 4\n  rust-experience: ${rust}\n`,
      );
    expect(fires(team(3), 'rust-onboarding-cost')).toBe(true);
    expect(fires(team(4), 'rust-onboarding-cost')).toBe(false);
  });

  it("toolchain-outdated: go '1.25' and edition '2021' fire, '1.26' and '2024' do not", () => {
    expect(fires(proposal({}, "toolchain:\n  go: '1.25'\n"), 'toolchain-outdated')).toBe(true);
    expect(fires(proposal({}, "toolchain:\n  go: '1.26'\n"), 'toolchain-outdated')).toBe(false);
    expect(fires(rust("toolchain:\n  rust-edition: '2021'\n"), 'toolchain-outdated')).toBe(true);
    expect(fires(rust("toolchain:\n  rust-edition: '2024'\n"), 'toolchain-outdated')).toBe(false);
  });

  it('gc-remeasure-on-go-1-26: a measurement on go1.25 fires, on go1.26 it does not', () => {
    const measured = (runtime: string) =>
      proposal(
        {},
        `constraints:\n  - type: gc-pauses\n    source: production\n    evidence: https://x.example/d\n    runtime: ${runtime}\n`,
      );
    expect(fires(measured('go1.25'), 'gc-remeasure-on-go-1-26')).toBe(true);
    expect(fires(measured('go1.26'), 'gc-remeasure-on-go-1-26')).toBe(false);
  });
});

describe('recommendation', () => {
  it('is rust when a trigger holds, whatever the language', () => {
    expect(judge(proposal({ kind: 'database' })).recommended).toBe('rust');
    expect(judge(proposal({ language: 'rust', kind: 'database' })).recommended).toBe('rust');
  });

  it('is go when none holds', () => {
    expect(judge(proposal({ language: 'rust' })).recommended).toBe('go');
    expect(judge(proposal({ language: 'python' })).recommended).toBe('go');
  });

  it('is null for an invalid proposal', () => {
    const report = judge(proposal({ kind: 'database', bound: 'CPU' }));
    expect(report.recommended).toBeNull();
    expect(report.justifications).toEqual([]);
  });
});

describe('proposal verdicts', () => {
  it('approves a proposal with no findings or only notices', () => {
    expect(judge(proposal()).verdict).toBe('approved');
    const notice = judge(proposal({}, "toolchain:\n  go: '1.25'\n"));
    expect(ruleIds(notice)).toEqual(['toolchain-outdated']);
    expect(notice.verdict).toBe('approved');
  });

  it('approves with warnings when a warning is open', () => {
    const report = judge(proposal({ kind: 'database' }));
    expect(only(report, 'go-systems-software').severity).toBe('warning');
    expect(report.verdict).toBe('approved-with-warnings');
  });

  it('requests changes when an error is open', () => {
    const report = judge(
      proposal({ language: 'rust' }, 'team:\n  size: 1\n  rust-experience: 0\n'),
    );
    expect(only(report, 'rust-without-measured-constraint').severity).toBe('error');
    expect(report.verdict).toBe('changes-requested');
  });

  it('reports the proposal fields and a default status', () => {
    const report = judge(proposal({ language: 'rust' }), 'proposals/svc.yaml');
    expect(report).toMatchObject({
      file: 'proposals/svc.yaml',
      service: 'svc',
      language: 'rust',
      status: 'proposed',
    });
  });

  it('reports what it could read of an invalid proposal', () => {
    const report = judge('service: half\nlanguage: rust\nstatus: draft\nkind: nope\n');
    expect(report).toMatchObject({
      service: 'half',
      language: 'rust',
      status: 'draft',
      recommended: null,
    });
    expect(report.verdict).toBe('changes-requested');
  });

  it('sorts findings: errors, warnings, notices, then waived', () => {
    const text = proposal(
      { language: 'rust' },
      "team:\n  size: 3\n  rust-experience: 1\ntoolchain:\n  rust-edition: '2021'\nwaivers:\n  - rule: rust-hiring-premium\n    reason: Budgeted.\n",
    );
    const report = judge(text);
    expect(report.findings.map((f) => [f.waived ? 'waived' : f.severity, f.rule])).toEqual([
      ['error', 'rust-without-measured-constraint'],
      ['warning', 'rust-onboarding-cost'],
      ['notice', 'toolchain-outdated'],
      ['waived', 'rust-hiring-premium'],
    ]);
  });
});

describe('waivers', () => {
  const rust = (waivers = '') =>
    proposal(
      { language: 'rust', kind: 'database' },
      `team:\n  size: 4\n  rust-experience: 2\n${waivers ? `waivers:\n${waivers}` : ''}`,
    );

  it('marks the findings of a waived rule as waived, with the reason, and improves the verdict', () => {
    const before = judge(rust());
    expect(before.verdict).toBe('approved-with-warnings');
    expect(only(before, 'rust-onboarding-cost').waived).toBe(false);

    const after = judge(
      rust(
        '  - rule: rust-onboarding-cost\n    reason: Two Rust engineers pair with the others.\n',
      ),
    );
    expect(only(after, 'rust-onboarding-cost')).toMatchObject({
      waived: true,
      waiverReason: 'Two Rust engineers pair with the others.',
      severity: 'warning',
    });
    expect(after.verdict).toBe('approved');
    expect(findingsOf(after, 'waiver-invalid')).toEqual([]);
  });

  it('does not count waived findings, but counts them as waived', () => {
    const report = judge(rust('  - rule: rust-onboarding-cost\n    reason: Budgeted.\n'));
    expect(buildReport([result(report)], 'warning').counts).toEqual({
      proposals: 1,
      errors: 0,
      warnings: 0,
      notices: 1,
      waived: 1,
    });
    expect(buildReport([result(report)], 'warning').gate.passed).toBe(true);
  });

  it('can waive an error', () => {
    const report = judge(
      proposal(
        { language: 'rust' },
        'waivers:\n  - rule: rust-without-measured-constraint\n    reason: Pilot.\n',
      ),
    );
    expect(only(report, 'rust-without-measured-constraint').waived).toBe(true);
    expect(report.verdict).toBe('approved-with-warnings');
  });

  it('a waiver for a rule that did not fire waives nothing and is not invalid', () => {
    const report = judge(
      proposal({}, 'waivers:\n  - rule: team-missing\n    reason: Not needed.\n'),
    );
    expect(report.findings.filter((f) => f.waived)).toEqual([]);
    expect(findingsOf(report, 'waiver-invalid')).toEqual([]);
    expect(findingsOf(report, 'team-missing')).toEqual([]);
    expect(report.verdict).toBe('approved');
  });

  it('only waives the named rule', () => {
    const report = judge(rust('  - rule: rust-hiring-premium\n    reason: Budgeted.\n'));
    expect(only(report, 'rust-hiring-premium').waived).toBe(true);
    expect(only(report, 'rust-onboarding-cost').waived).toBe(false);
    expect(report.verdict).toBe('approved-with-warnings');
  });

  it('accepts a waiver for a rule that is turned off', () => {
    const options = defaultEngineOptions();
    options.rules = options.rules.filter((r) => r.rule.id !== 'rust-onboarding-cost');
    const report = judge(
      rust('  - rule: rust-onboarding-cost\n    reason: Budgeted.\n'),
      'p.yaml',
      options,
    );
    expect(findingsOf(report, 'rust-onboarding-cost')).toEqual([]);
    expect(findingsOf(report, 'waiver-invalid')).toEqual([]);
  });

  it('refuses a waiver for a rule the configuration makes unwaivable', () => {
    const options: EngineOptions = {
      ...defaultEngineOptions(),
      unwaivable: ['rust-onboarding-cost'],
    };
    const report = judge(
      rust('  - rule: rust-onboarding-cost\n    reason: Budgeted.\n'),
      'p.yaml',
      options,
    );
    expect(only(report, 'waiver-invalid').message).toContain(
      '`rust-onboarding-cost` cannot be waived',
    );
    expect(only(report, 'rust-onboarding-cost').waived).toBe(false);
    expect(report.verdict).toBe('changes-requested');
  });
});

describe('drafts', () => {
  const draft = proposal({ language: 'rust' }, 'status: draft\n');

  it('are judged and reported like any other proposal', () => {
    const report = judge(draft);
    expect(report.status).toBe('draft');
    expect(ruleIds(report)).toEqual(['rust-without-measured-constraint', 'team-missing']);
    expect(report.verdict).toBe('changes-requested');
  });

  it('never fail the gate, even with fail-on warning, but set the run verdict', () => {
    for (const failOn of ['error', 'warning'] as const) {
      const run = buildReport([result(judge(draft))], failOn);
      expect(run.verdict).toBe('changes-requested');
      expect(run.counts.errors).toBe(1);
      expect(run.gate).toEqual({ failOn, passed: true });
    }
  });

  // Policy 1.1: proposal-invalid fails the gate on a draft too (1.0 let it pass).
  it('an invalid draft fails the gate', () => {
    const run = buildReport([result(judge('status: draft\nservice: wip\n'))], 'error');
    expect(run.verdict).toBe('changes-requested');
    expect(run.gate.passed).toBe(false);
  });

  it('do not hide a failing proposal next to them', () => {
    const failing = judge(
      proposal({ language: 'rust' }).replace('service: svc', 'service: other'),
      'b.yaml',
    );
    expect(buildReport([result(judge(draft)), result(failing)], 'error').gate.passed).toBe(false);
  });
});

describe('run verdict and gate', () => {
  // Three services: one service named in two files would be a duplicate-service error.
  const named = (text: string, service: string) =>
    text.replace('service: svc', `service: ${service}`);
  const approved = judge(named(proposal(), 'a'), 'a.yaml');
  const warned = judge(named(proposal({ kind: 'database' }), 'b'), 'b.yaml');
  const failed = judge(named(proposal({ language: 'rust' }), 'c'), 'c.yaml');

  it('is the worst verdict of the proposals', () => {
    expect(buildReport([result(approved)], 'error').verdict).toBe('approved');
    expect(buildReport([result(approved), result(warned)], 'error').verdict).toBe(
      'approved-with-warnings',
    );
    expect(buildReport([result(failed), result(approved), result(warned)], 'error').verdict).toBe(
      'changes-requested',
    );
  });

  it('is no-proposals when nothing was judged, and the gate passes', () => {
    const skipped = judgeFile('proposals/README.md', '# Proposals\n', defaultEngineOptions());
    const run = buildReport([skipped], 'warning');
    expect(run.verdict).toBe('no-proposals');
    expect(run.proposals).toEqual([]);
    expect(run.skipped).toEqual([
      { file: 'proposals/README.md', reason: 'Markdown file with no YAML front matter' },
    ]);
    expect(run.counts).toEqual({ proposals: 0, errors: 0, warnings: 0, notices: 0, waived: 0 });
    expect(run.gate.passed).toBe(true);
    expect(buildReport([], 'error').verdict).toBe('no-proposals');
  });

  const table: [ProposalVerdict, FailOn, boolean][] = [
    ['approved', 'error', true],
    ['approved', 'warning', true],
    ['approved', 'never', true],
    ['approved-with-warnings', 'error', true],
    ['approved-with-warnings', 'warning', false],
    ['approved-with-warnings', 'never', true],
    ['changes-requested', 'error', false],
    ['changes-requested', 'warning', false],
    ['changes-requested', 'never', true],
  ];
  it.each(table)('%s with fail-on %s: gate passes = %s', (verdict, failOn, passes) => {
    const report = { approved, 'approved-with-warnings': warned, 'changes-requested': failed }[
      verdict
    ];
    expect(report.verdict).toBe(verdict);
    expect(buildReport([result(report)], failOn).gate).toEqual({ failOn, passed: passes });
    expect(gatePasses([report], failOn)).toBe(passes);
  });

  it('counts every open finding by severity, per run', () => {
    const run = buildReport([result(approved), result(warned), result(failed)], 'error');
    expect(run.counts).toEqual({ proposals: 3, errors: 1, warnings: 2, notices: 0, waived: 0 });
    expect(ruleIds(failed)).toEqual(['rust-without-measured-constraint', 'team-missing']);
  });

  it('reports a file that could not be read as an invalid proposal', () => {
    const report = unreadableFile('big.yaml', 'the file is too big', defaultEngineOptions());
    expect(report).toMatchObject({
      file: 'big.yaml',
      service: null,
      recommended: null,
      verdict: 'changes-requested',
    });
    expect(report.findings).toMatchObject([
      {
        rule: 'proposal-invalid',
        severity: 'error',
        message: 'the file is too big',
        line: 1,
        column: 1,
      },
    ]);
    expect(buildReport([result(report)], 'error').gate.passed).toBe(false);
  });
});

describe('configuration of the engine', () => {
  it('uses the configured severity of a rule', () => {
    const options = defaultEngineOptions();
    options.rules = options.rules.map((r) =>
      r.rule.id === 'go-systems-software' ? { ...r, severity: 'error' } : r,
    );
    const report = judge(proposal({ kind: 'database' }), 'p.yaml', options);
    expect(only(report, 'go-systems-software').severity).toBe('error');
    expect(report.verdict).toBe('changes-requested');
  });

  it('links each finding to its rule documentation', () => {
    const report = judge(
      proposal({ kind: 'database' }),
      'p.yaml',
      defaultEngineOptions('https://docs.example/r/'),
    );
    expect(only(report, 'go-systems-software').docs).toBe(
      'https://docs.example/r/go-systems-software.md',
    );
    const bad = judge(
      proposal({ kind: 'x' }),
      'p.yaml',
      defaultEngineOptions('https://docs.example/r/'),
    );
    expect(only(bad, 'proposal-invalid').docs).toBe('https://docs.example/r/proposal-invalid.md');
  });

  it('leaves the link out when there is none', () => {
    const options: EngineOptions = { ...defaultEngineOptions(), docsUrl: () => undefined };
    expect(
      only(judge(proposal({ kind: 'database' }), 'p.yaml', options), 'go-systems-software'),
    ).not.toHaveProperty('docs');
  });
});

describe('every rule fires on its documented example and not on its counter-example', () => {
  const checked = RULES.filter((r) => r.check || r.checkRun);
  const fromEngine = RULES.filter((r) => !r.check && !r.checkRun);

  it('covers the rule set', () => {
    expect(checked.length).toBeGreaterThanOrEqual(21);
    expect(fromEngine.map((r) => r.id)).toEqual(
      expect.arrayContaining(['proposal-invalid', 'waiver-invalid']),
    );
  });

  describe.each(checked.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    it('fires on docs.fires, a valid proposal, with its severity', () => {
      const report = judgeExample(rule, rule.docs.fires, defaultEngineOptions());
      expect(findingsOf(report, 'proposal-invalid')).toEqual([]);
      expect(findingsOf(report, 'waiver-invalid')).toEqual([]);
      const hits = findingsOf(report, rule.id);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.severity).toBe(rule.severity);
        expect(hit.waived).toBe(false);
        expect(hit.line).toBeGreaterThanOrEqual(1);
        expect(hit.column).toBeGreaterThanOrEqual(1);
        expect(hit.message.length).toBeGreaterThan(20);
      }
    });

    it('does not fire on docs.passes, a valid proposal', () => {
      const report = judgeExample(rule, rule.docs.passes, defaultEngineOptions());
      expect(findingsOf(report, 'proposal-invalid')).toEqual([]);
      expect(findingsOf(report, 'waiver-invalid')).toEqual([]);
      expect(findingsOf(report, rule.id)).toEqual([]);
    });
  });

  // Their findings come from validation and the engine, not from a check of their own.
  describe.each(fromEngine.map((rule) => [rule.id, rule] as const))(
    '%s (from the engine)',
    (id, rule) => {
      // Dated examples (waiver-expiring, waiver-expired) hold on the day their pages show.
      const onDocsDay = { ...defaultEngineOptions(), today: DOCS_TODAY };
      it('fires on docs.fires, with its severity', () => {
        const hits = findingsOf(judgeExample(rule, rule.docs.fires, onDocsDay), id);
        expect(hits.length).toBeGreaterThan(0);
        expect(hits.every((f) => f.severity === rule.severity && !f.waived)).toBe(true);
      });

      it('does not fire on docs.passes, which is valid', () => {
        const report = judgeExample(rule, rule.docs.passes, onDocsDay);
        expect(findingsOf(report, id)).toEqual([]);
        expect(findingsOf(report, 'proposal-invalid')).toEqual([]);
        expect(findingsOf(report, 'waiver-invalid')).toEqual([]);
      });

      it('cannot be waived', () => {
        expect(rule.unwaivable).toBe(true);
      });
    },
  );

  it.each(['proposal-invalid', 'waiver-invalid'])('%s is an error that requests changes', (id) => {
    const rule = RULES.find((r) => r.id === id)!;
    expect(rule.severity).toBe('error');
    expect(judge(rule.docs.fires).verdict).toBe('changes-requested');
  });
});
