import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import { findTriggers } from '../../src/core/triggers.js';
import type { Proposal } from '../../src/core/types.js';
import type { Rule } from '../../src/core/rules/rule.js';
import constraintBenchmarkOnly from '../../src/core/rules/constraint-benchmark-only.js';
import constraintNotMeasured from '../../src/core/rules/constraint-not-measured.js';
import constraintWithoutEvidence from '../../src/core/rules/constraint-without-evidence.js';
import gcRemeasure from '../../src/core/rules/gc-remeasure-on-go-1-26.js';
import goCliColdStart from '../../src/core/rules/go-cli-cold-start.js';
import goCpuBoundHotPath from '../../src/core/rules/go-cpu-bound-hot-path.js';
import goCustomProtocol from '../../src/core/rules/go-custom-protocol.js';
import goDespiteMeasured from '../../src/core/rules/go-despite-measured-constraint.js';
import goDeterministicTail from '../../src/core/rules/go-deterministic-tail-latency.js';
import goFfiEmbedding from '../../src/core/rules/go-ffi-embedding.js';
import goSystemsSoftware from '../../src/core/rules/go-systems-software.js';
import goroutineLeakCheck from '../../src/core/rules/goroutine-leak-check.js';

const RULES: [string, Rule, string][] = [
  ['go-despite-measured-constraint', goDespiteMeasured, 'warning'],
  ['go-cpu-bound-hot-path', goCpuBoundHotPath, 'warning'],
  ['go-deterministic-tail-latency', goDeterministicTail, 'warning'],
  ['go-systems-software', goSystemsSoftware, 'warning'],
  ['go-ffi-embedding', goFfiEmbedding, 'warning'],
  ['go-custom-protocol', goCustomProtocol, 'notice'],
  ['go-cli-cold-start', goCliColdStart, 'notice'],
  ['gc-remeasure-on-go-1-26', gcRemeasure, 'notice'],
  ['goroutine-leak-check', goroutineLeakCheck, 'notice'],
  ['constraint-not-measured', constraintNotMeasured, 'warning'],
  ['constraint-benchmark-only', constraintBenchmarkOnly, 'notice'],
  ['constraint-without-evidence', constraintWithoutEvidence, 'warning'],
];

function run(rule: Rule, proposal: Proposal, settings: Settings = DEFAULT_SETTINGS) {
  return rule.check!({ proposal, settings, triggers: findTriggers(proposal, settings) });
}

function runYaml(rule: Rule, yaml: string, settings: Settings = DEFAULT_SETTINGS) {
  return run(rule, parse(yaml) as Proposal, settings);
}

interface Over {
  language?: string;
  kind?: string;
  workload?: Proposal['workload'];
  constraints?: Proposal['constraints'];
}

/** A minimal valid proposal, with overrides. */
function proposal(over: Over = {}): Proposal {
  return {
    service: 'svc',
    language: over.language ?? 'go',
    kind: over.kind ?? 'http-api',
    workload: over.workload ?? { bound: 'io' },
    ...(over.constraints ? { constraints: over.constraints } : {}),
  };
}

const withSettings = (s: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...s });

describe('rule definitions', () => {
  it.each(RULES)('%s has id, severity, description and docs', (id, rule, severity) => {
    expect(rule.id).toBe(id);
    expect(rule.severity).toBe(severity);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.description).not.toContain('\n');
    expect(rule.docs.why.length).toBeGreaterThan(50);
    expect(rule.docs.fix.length).toBeGreaterThan(20);
  });

  it.each(RULES)('%s fires on docs.fires and not on docs.passes', (_id, rule) => {
    for (const doc of [rule.docs.fires, rule.docs.passes]) {
      const p = parse(doc) as Proposal;
      expect(typeof p.service).toBe('string');
      expect(typeof p.language).toBe('string');
      expect(typeof p.kind).toBe('string');
      expect(typeof p.workload?.bound).toBe('string');
    }
    expect(runYaml(rule, rule.docs.fires).length).toBeGreaterThan(0);
    expect(runYaml(rule, rule.docs.passes)).toEqual([]);
  });
});

describe('go-despite-measured-constraint', () => {
  const rule = goDespiteMeasured;

  it('fires for each type in the set with a measured source', () => {
    for (const type of ['memory', 'cpu', 'gc-pauses', 'tail-latency'] as const) {
      for (const source of ['production', 'load-test'] as const) {
        const c = { type, source, evidence: 'https://e.example.com/x', runtime: 'go1.26' };
        const hits = run(rule, proposal({ constraints: [c] }));
        expect(hits).toHaveLength(1);
        expect(hits[0]!.path).toEqual(['constraints', 0]);
        expect(hits[0]!.message).toContain(`measured ${type} constraint`);
        expect(hits[0]!.message).toContain(source);
      }
    }
  });

  // Policy 1.1: all six measured types count (1.0 left out throughput and cold-start).
  it('fires for throughput and cold-start too, never for build-time', () => {
    for (const type of ['throughput', 'cold-start'] as const) {
      const c = {
        type,
        source: 'production' as const,
        evidence: 'bench/x.json',
        runtime: 'go1.26',
      };
      const hits = run(rule, proposal({ constraints: [c] }));
      expect(hits, type).toHaveLength(1);
      expect(hits[0]!.message).toContain(`measured ${type} constraint`);
    }
    expect(
      run(rule, proposal({ constraints: [{ type: 'build-time', source: 'production' }] })),
    ).toEqual([]);
  });

  it('does not fire for unmeasured sources by default', () => {
    for (const source of ['benchmark', 'estimate'] as const) {
      expect(run(rule, proposal({ constraints: [{ type: 'memory', source }] }))).toEqual([]);
    }
  });

  it('follows measuredSources when benchmark is added', () => {
    const p = proposal({
      constraints: [{ type: 'cpu', source: 'benchmark', evidence: 'b.txt', runtime: 'go1.26' }],
    });
    const settings = withSettings({ measuredSources: ['production', 'load-test', 'benchmark'] });
    const hits = run(rule, p, settings);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain('production or load-test or benchmark');
    expect(run(rule, p)).toEqual([]);
  });

  it('does not fire when the language is not go', () => {
    for (const language of ['rust', 'python']) {
      const p = proposal({ language, constraints: [{ type: 'memory', source: 'production' }] });
      expect(run(rule, p)).toEqual([]);
    }
  });

  it('gives one hit per matching constraint, at its index', () => {
    const hits = run(
      rule,
      proposal({
        constraints: [
          { type: 'throughput', source: 'production', evidence: 'a.json', runtime: 'go1.26' },
          { type: 'memory', source: 'production', observed: 'RSS 14 GB', evidence: 'b.json' },
          { type: 'cpu', source: 'estimate' },
          { type: 'tail-latency', source: 'load-test', runtime: 'go1.26.1', evidence: 'c.json' },
          // Unconfirmed (policy 1.2): on Go 1.25, a tail-latency limit turns no language around.
          { type: 'tail-latency', source: 'load-test', runtime: 'go1.25', evidence: 'd.json' },
        ],
      }),
    );
    expect(hits.map((h) => h.path)).toEqual([
      ['constraints', 0],
      ['constraints', 1],
      ['constraints', 3],
    ]);
    expect(hits[1]!.message).toContain('"RSS 14 GB"');
    expect(hits[1]!.message).toContain('#2');
    expect(hits[1]!.message).toContain('infrastructure');
    expect(hits[2]!.message).toContain('"go1.26.1"');
    expect(hits[2]!.message).toContain('#4');
    expect(hits[2]!.message).toMatch(/Choose Rust/);
  });

  it('quotes observed text as data', () => {
    const hits = run(
      rule,
      proposal({
        constraints: [
          { type: 'memory', source: 'production', observed: 'say "hi"\nnow', evidence: 'a.json' },
        ],
      }),
    );
    expect(hits[0]!.message).toContain('"say \\"hi\\"\\nnow"');
  });

  it('does not fire without constraints', () => {
    expect(run(rule, proposal())).toEqual([]);
  });
});

describe('go-cpu-bound-hot-path', () => {
  const rule = goCpuBoundHotPath;

  it('fires for go, bound cpu and a compute hot path, at the trigger path', () => {
    const p = proposal({
      workload: { bound: 'cpu', 'hot-path': ['in-memory-cache', 'compression', 'parsing'] },
    });
    const hits = run(rule, p);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['workload', 'hot-path', 1]);
    expect(hits[0]!.message).toContain('compression, parsing');
    expect(hits[0]!.message).not.toContain('in-memory-cache');
  });

  it('does not fire for a cache-only hot path, another bound, no hot path, or rust', () => {
    const cases: Proposal[] = [
      proposal({ workload: { bound: 'cpu', 'hot-path': ['in-memory-cache'] } }),
      proposal({ workload: { bound: 'mixed', 'hot-path': ['compression'] } }),
      proposal({ workload: { bound: 'io', 'hot-path': ['compression'] } }),
      proposal({ workload: { bound: 'cpu' } }),
      proposal({ language: 'rust', workload: { bound: 'cpu', 'hot-path': ['compression'] } }),
    ];
    for (const p of cases) expect(run(rule, p)).toEqual([]);
  });
});

describe('go-deterministic-tail-latency', () => {
  const rule = goDeterministicTail;

  it('fires with the targets in the message', () => {
    const p = proposal({
      workload: {
        bound: 'mixed',
        latency: { 'p99-ms': 2, 'p999-ms': 7.25, 'deterministic-tail': true },
      },
    });
    const hits = run(rule, p);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['workload', 'latency', 'deterministic-tail']);
    expect(hits[0]!.message).toContain('P99 2 ms');
    expect(hits[0]!.message).toContain('P99.9 7.3 ms');
    expect(hits[0]!.message).toContain('10–40%');
  });

  it('fires without targets', () => {
    const p = proposal({ workload: { bound: 'io', latency: { 'deterministic-tail': true } } });
    expect(run(rule, p)[0]!.message).not.toContain('(targets:');
  });

  it('does not fire when false, absent, or for rust', () => {
    const cases: Proposal[] = [
      proposal({ workload: { bound: 'io', latency: { 'deterministic-tail': false } } }),
      proposal({ workload: { bound: 'io', latency: { 'p999-ms': 5 } } }),
      proposal({ workload: { bound: 'io' } }),
      proposal({
        language: 'rust',
        workload: { bound: 'io', latency: { 'deterministic-tail': true } },
      }),
    ];
    for (const p of cases) expect(run(rule, p)).toEqual([]);
  });
});

describe('go-systems-software', () => {
  const rule = goSystemsSoftware;

  it('fires for every systems kind', () => {
    for (const kind of ['database', 'message-broker', 'network-proxy', 'runtime', 'compiler']) {
      const hits = run(rule, proposal({ kind }));
      expect(hits).toHaveLength(1);
      expect(hits[0]!.path).toEqual(['kind']);
      expect(hits[0]!.message).toContain(`the kind is ${kind}`);
    }
  });

  it('does not fire for other kinds or for rust', () => {
    for (const kind of ['http-api', 'grpc-service', 'crud-service', 'worker', 'cli', 'library']) {
      expect(run(rule, proposal({ kind }))).toEqual([]);
    }
    expect(run(rule, proposal({ language: 'rust', kind: 'database' }))).toEqual([]);
  });
});

describe('go-ffi-embedding', () => {
  const rule = goFfiEmbedding;

  it('fires for c and cpp', () => {
    const c = run(rule, proposal({ workload: { bound: 'io', ffi: 'c' } }));
    expect(c).toHaveLength(1);
    expect(c[0]!.path).toEqual(['workload', 'ffi']);
    expect(c[0]!.message).toContain('a C codebase');
    const cpp = run(rule, proposal({ workload: { bound: 'io', ffi: 'cpp' } }));
    expect(cpp[0]!.message).toContain('a C++ codebase');
    expect(cpp[0]!.message).toContain('ffi is cpp');
  });

  it('does not fire for none, absent, or rust', () => {
    expect(run(rule, proposal({ workload: { bound: 'io', ffi: 'none' } }))).toEqual([]);
    expect(run(rule, proposal())).toEqual([]);
    expect(run(rule, proposal({ language: 'rust', workload: { bound: 'io', ffi: 'c' } }))).toEqual(
      [],
    );
  });
});

describe('go-custom-protocol', () => {
  const rule = goCustomProtocol;

  it('fires for custom-binary', () => {
    const hits = run(
      rule,
      proposal({ kind: 'worker', workload: { bound: 'mixed', protocol: 'custom-binary' } }),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['workload', 'protocol']);
    expect(hits[0]!.message).toContain('worker, mixed-bound');
  });

  it('does not fire for http, grpc, absent, or rust', () => {
    expect(run(rule, proposal({ workload: { bound: 'io', protocol: 'http' } }))).toEqual([]);
    expect(run(rule, proposal({ workload: { bound: 'io', protocol: 'grpc' } }))).toEqual([]);
    expect(run(rule, proposal())).toEqual([]);
    expect(
      run(
        rule,
        proposal({ language: 'rust', workload: { bound: 'io', protocol: 'custom-binary' } }),
      ),
    ).toEqual([]);
  });
});

describe('go-cli-cold-start', () => {
  const rule = goCliColdStart;
  const cli = (ms: number | undefined, language = 'go') =>
    proposal({
      language,
      kind: 'cli',
      workload: ms === undefined ? { bound: 'io' } : { bound: 'io', 'cold-start-ms': ms },
    });

  it('fires at and under the bound', () => {
    for (const ms of [10, 3]) {
      const hits = run(rule, cli(ms));
      expect(hits).toHaveLength(1);
      expect(hits[0]!.path).toEqual(['workload', 'cold-start-ms']);
      expect(hits[0]!.message).toContain(`within ${ms} ms`);
      expect(hits[0]!.message).toContain('cli-cold-start-ms setting of 10 ms');
    }
  });

  it('does not fire just above the bound, without a target, for other kinds, or rust', () => {
    expect(run(rule, cli(11))).toEqual([]);
    expect(run(rule, cli(undefined))).toEqual([]);
    expect(run(rule, proposal({ workload: { bound: 'io', 'cold-start-ms': 5 } }))).toEqual([]);
    expect(run(rule, cli(5, 'rust'))).toEqual([]);
  });

  it('follows the cliColdStartMs setting', () => {
    const settings = withSettings({ cliColdStartMs: 50 });
    const hits = run(rule, cli(40), settings);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain('setting of 50 ms');
    expect(hits[0]!.message).toContain('above 50 ms');
    expect(run(rule, cli(40))).toEqual([]);
  });
});

describe('gc-remeasure-on-go-1-26', () => {
  const rule = gcRemeasure;
  const one = (runtime: string | undefined, over: Record<string, unknown> = {}, language = 'go') =>
    proposal({
      language,
      constraints: [
        {
          type: 'gc-pauses',
          source: 'production',
          ...(runtime === undefined ? {} : { runtime }),
          ...over,
        } as NonNullable<Proposal['constraints']>[number],
      ],
    });

  it('fires for go1.25 and compares versions as numbers (go1.9 < go1.26)', () => {
    for (const [runtime, shown] of [
      ['go1.25', 'go1.25'],
      ['go1.9', 'go1.9'],
      ['go1.25.7', 'go1.25.7'],
      ['go 1.22', 'go1.22'],
    ]) {
      const hits = run(rule, one(runtime));
      expect(hits, runtime).toHaveLength(1);
      expect(hits[0]!.path).toEqual(['constraints', 0]);
      expect(hits[0]!.message).toContain(`measured on ${shown}, older than Go 1.26`);
      expect(hits[0]!.message).toContain('10–40%');
      expect(hits[0]!.message).toContain('Re-measure on Go 1.26');
    }
  });

  it('does not fire for go1.26, go1.26.1, go1.27, go1.30 or a non-Go runtime', () => {
    for (const runtime of ['go1.26', 'go1.26.1', 'go1.26rc1', 'go1.27', 'go1.30', 'rustc 1.85']) {
      expect(run(rule, one(runtime)), runtime).toEqual([]);
    }
  });

  // Policy 1.2: no runtime means Go of unknown version, older than 1.26 for this check.
  it('fires without a runtime, and asks for one', () => {
    const hits = run(rule, one(undefined));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain('with no runtime given (Go of unknown version)');
    expect(hits[0]!.message).toContain('Set runtime to the Go release it ran on');
  });

  it('does not fire without a runtime on a limit that was met', () => {
    expect(run(rule, one(undefined, { met: true }))).toEqual([]);
    expect(run(rule, one(undefined, { observed: '3 ms', limit: '<= 10 ms' }))).toEqual([]);
    expect(run(rule, one('go1.24', { met: true }))).toHaveLength(1);
  });

  it('fires for any language', () => {
    expect(run(rule, one('go1.24', {}, 'rust'))).toHaveLength(1);
    expect(run(rule, one('go1.24', {}, 'python'))).toHaveLength(1);
  });

  // Policy 1.1 adds throughput.
  it('covers gc-pauses, tail-latency, cpu and throughput only', () => {
    for (const type of ['gc-pauses', 'tail-latency', 'cpu', 'throughput']) {
      expect(run(rule, one('go1.24', { type })), type).toHaveLength(1);
    }
    for (const type of ['memory', 'cold-start', 'build-time']) {
      expect(run(rule, one('go1.24', { type })), type).toEqual([]);
    }
  });

  it('covers every source except estimate', () => {
    for (const source of ['production', 'load-test', 'benchmark']) {
      const hits = run(rule, one('go1.24', { source }));
      expect(hits, source).toHaveLength(1);
      expect(hits[0]!.message).toContain(source);
    }
    expect(run(rule, one('go1.24', { source: 'estimate' }))).toEqual([]);
  });

  it('points at the right constraint when several are listed', () => {
    const hits = run(
      rule,
      proposal({
        constraints: [
          { type: 'cpu', source: 'production', runtime: 'go1.26' },
          { type: 'tail-latency', source: 'load-test', runtime: 'go1.23' },
          { type: 'memory', source: 'production', runtime: 'go1.20' },
          { type: 'cpu', source: 'benchmark', runtime: 'go1.21.4' },
        ],
      }),
    );
    expect(hits.map((h) => h.path)).toEqual([
      ['constraints', 1],
      ['constraints', 3],
    ]);
    expect(hits[0]!.message).toContain('tail-latency constraint (#2, load-test)');
    expect(hits[1]!.message).toContain('go1.21.4');
  });
});

describe('goroutine-leak-check', () => {
  const rule = goroutineLeakCheck;
  const mem = (over: Record<string, unknown>, language = 'go') =>
    proposal({
      language,
      constraints: [
        { type: 'memory', source: 'production', trend: 'growing', ...over } as NonNullable<
          Proposal['constraints']
        >[number],
      ],
    });

  it('fires for a growing memory constraint on a Go runtime, in any language', () => {
    for (const language of ['go', 'rust']) {
      const hits = run(rule, mem({ runtime: 'go1.24', observed: '+300 MB/day' }, language));
      expect(hits).toHaveLength(1);
      expect(hits[0]!.path).toEqual(['constraints', 0]);
      expect(hits[0]!.message).toContain('"go1.24"');
      expect(hits[0]!.message).toContain('"+300 MB/day"');
      expect(hits[0]!.message).toContain('goroutineleak');
      expect(hits[0]!.message).toContain('GOEXPERIMENT=goroutineleakprofile');
      expect(hits[0]!.message).toContain('does not count as a measured constraint');
      expect(hits[0]!.message).toContain('Set leak-checked: true once the profile is clean');
    }
  });

  // Policy 1.2: no runtime means Go, whatever the proposal's language.
  it('fires without a runtime, in any language', () => {
    for (const language of ['go', 'rust']) {
      const hits = run(rule, mem({}, language));
      expect(hits, language).toHaveLength(1);
      expect(hits[0]!.message).toContain('with no runtime given, which counts as Go');
    }
  });

  it('does not fire on a non-Go runtime', () => {
    expect(run(rule, mem({ runtime: 'rustc 1.85' }, 'go'))).toEqual([]);
    expect(run(rule, mem({ runtime: 'rustc 1.85' }, 'rust'))).toEqual([]);
  });

  it('does not fire for other trends or types', () => {
    for (const trend of ['steady', 'spiky', undefined]) {
      expect(run(rule, mem({ runtime: 'go1.24', trend }))).toEqual([]);
    }
    for (const type of ['cpu', 'gc-pauses', 'tail-latency', 'throughput']) {
      expect(run(rule, mem({ runtime: 'go1.24', type }))).toEqual([]);
    }
  });

  it('points at the right constraint', () => {
    const hits = run(
      rule,
      proposal({
        constraints: [
          { type: 'memory', source: 'production', trend: 'steady', runtime: 'go1.24' },
          { type: 'cpu', source: 'production', trend: 'growing', runtime: 'go1.24' },
          { type: 'memory', source: 'estimate', trend: 'growing' },
        ],
      }),
    );
    expect(hits.map((h) => h.path)).toEqual([['constraints', 2]]);
    expect(hits[0]!.message).toContain('#3, estimate');
  });
});

describe('constraint-not-measured', () => {
  const rule = constraintNotMeasured;

  it('fires for each estimate, at its index, with measured sources from settings', () => {
    const hits = run(
      rule,
      proposal({
        constraints: [
          { type: 'throughput', source: 'estimate', observed: 'maybe 50k rps' },
          { type: 'memory', source: 'production' },
          { type: 'cpu', source: 'estimate' },
        ],
      }),
    );
    expect(hits.map((h) => h.path)).toEqual([
      ['constraints', 0],
      ['constraints', 2],
    ]);
    expect(hits[0]!.message).toContain(
      'throughput constraint (#1) is an estimate ("maybe 50k rps")',
    );
    expect(hits[1]!.message).toContain('cpu constraint (#3)');
    expect(hits[1]!.message).toContain('production or load-test');
  });

  it('does not fire for measured sources', () => {
    for (const source of ['production', 'load-test', 'benchmark'] as const) {
      expect(run(rule, proposal({ constraints: [{ type: 'cpu', source }] }))).toEqual([]);
    }
    expect(run(rule, proposal())).toEqual([]);
  });
});

describe('constraint-benchmark-only', () => {
  const rule = constraintBenchmarkOnly;

  it('fires for each benchmark, at its index', () => {
    const hits = run(
      rule,
      proposal({
        constraints: [
          { type: 'memory', source: 'production' },
          { type: 'cpu', source: 'benchmark' },
        ],
      }),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['constraints', 1]);
    expect(hits[0]!.message).toContain('cpu constraint (#2)');
    expect(hits[0]!.message).toContain('production or load-test');
  });

  it('still fires when benchmark counts as measured', () => {
    const settings = withSettings({ measuredSources: ['production', 'load-test', 'benchmark'] });
    const hits = run(
      rule,
      proposal({ constraints: [{ type: 'cpu', source: 'benchmark' }] }),
      settings,
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain('Confirm it in production or load-test');
  });

  it('does not fire for other sources', () => {
    for (const source of ['production', 'load-test', 'estimate'] as const) {
      expect(run(rule, proposal({ constraints: [{ type: 'cpu', source }] }))).toEqual([]);
    }
  });
});

describe('constraint-without-evidence', () => {
  const rule = constraintWithoutEvidence;

  it('fires for production, load-test and benchmark without evidence', () => {
    for (const source of ['production', 'load-test', 'benchmark'] as const) {
      const hits = run(rule, proposal({ constraints: [{ type: 'memory', source }] }));
      expect(hits).toHaveLength(1);
      expect(hits[0]!.path).toEqual(['constraints', 0]);
      expect(hits[0]!.message).toContain(`measured in ${source}`);
    }
  });

  it('treats blank evidence as missing', () => {
    const p = proposal({ constraints: [{ type: 'memory', source: 'production', evidence: ' ' }] });
    expect(run(rule, p)).toHaveLength(1);
  });

  it('does not fire with evidence or for estimates', () => {
    expect(
      run(
        rule,
        proposal({ constraints: [{ type: 'cpu', source: 'production', evidence: 'https://x' }] }),
      ),
    ).toEqual([]);
    expect(run(rule, proposal({ constraints: [{ type: 'cpu', source: 'estimate' }] }))).toEqual([]);
  });

  it('points at the right constraint', () => {
    const hits = run(
      rule,
      proposal({
        constraints: [
          { type: 'cpu', source: 'production', evidence: 'https://x' },
          { type: 'memory', source: 'estimate' },
          { type: 'gc-pauses', source: 'load-test' },
        ],
      }),
    );
    expect(hits.map((h) => h.path)).toEqual([['constraints', 2]]);
    expect(hits[0]!.message).toContain('gc-pauses constraint (#3)');
  });
});
