// Policy 1.1, "Drafts" and `duplicate-service`: every way a draft or a duplicated service
// could pass the gate where the policy says it fails, on every path that builds a report.
import { describe, expect, it } from 'vitest';
import { trustedView, validateReport } from '../../src/action/from-report.js';
import { runWorker, type WorkerInput } from '../../src/cli/parallel.js';
import { runCli } from '../../src/cli/main.js';
import { ConfigError, engineOptionsFromConfig, parseConfig } from '../../src/config/index.js';
import {
  buildReport,
  defaultEngineOptions,
  judgeFile,
  type EngineOptions,
  type FileResult,
} from '../../src/core/engine.js';
import { renderJson } from '../../src/core/render/json.js';
import type { FailOn, Report } from '../../src/core/types.js';
import { runScenario, HEAD } from '../action/fake-github.js';
import { fakeIo, findingsOf, tempTree } from '../helpers.js';

const named = (service: string, extra = '', language = 'go') =>
  `service: ${service}\nlanguage: ${language}\nkind: http-api\nworkload:\n  bound: io\n${extra}`;
/** A draft with an error of policy: Rust without a measured constraint. */
const DRAFT_POLICY_ERROR = named('wip', 'status: draft\n', 'rust');

function run(
  files: Record<string, string>,
  failOn: FailOn = 'error',
  options: EngineOptions = defaultEngineOptions(),
): Report {
  const results: FileResult[] = Object.entries(files).map(([f, t]) => judgeFile(f, t, options));
  return buildReport(results, failOn, options);
}

function configured(yaml: string): EngineOptions {
  return engineOptionsFromConfig(parseConfig('.github/stack-verdict.yml', yaml));
}

describe('drafts (advisory, the default)', () => {
  it('a policy error on a draft does not fail the gate, with fail-on error or warning', () => {
    for (const failOn of ['error', 'warning'] as const) {
      const report = run({ 'p/wip.yaml': DRAFT_POLICY_ERROR }, failOn);
      expect(report.counts.errors).toBe(1);
      expect(report.gate.passed).toBe(true);
    }
  });

  it('proposal-invalid fails it', () => {
    const report = run({ 'p/wip.yaml': 'service: wip\nstatus: draft\nlanguage: go\nkind: nope\n' });
    expect(findingsOf(report.proposals[0]!, 'proposal-invalid').length).toBeGreaterThan(0);
    expect(report.gate.passed).toBe(false);
  });

  it('waiver-invalid fails it', () => {
    const report = run({
      'p/wip.yaml': named(
        'wip',
        'status: draft\nwaivers:\n  - rule: no-such-rule\n    reason: x\n',
      ),
    });
    expect(findingsOf(report.proposals[0]!, 'waiver-invalid')).toHaveLength(1);
    expect(report.gate.passed).toBe(false);
  });

  it('duplicate-service fails it, when both files are drafts too', () => {
    const report = run({
      'p/a.yaml': named('orders', 'status: draft\n'),
      'p/b.yaml': named('orders', 'status: draft\n'),
    });
    expect(report.proposals.map((p) => findingsOf(p, 'duplicate-service').length)).toEqual([1, 1]);
    expect(report.gate.passed).toBe(false);
  });

  it('a rule the configuration lists in unwaivable fails it', () => {
    const options = configured('unwaivable: [rust-without-measured-constraint]\n');
    expect(run({ 'p/wip.yaml': DRAFT_POLICY_ERROR }, 'error', options).gate.passed).toBe(false);
    // A warning-severity unwaivable rule gates a draft with fail-on: warning.
    const warn = configured('unwaivable: [team-missing]\n');
    const draftWarning = named(
      'wip',
      'status: draft\nconstraints:\n  - type: memory\n    source: production\n    evidence: https://x.example/1\n',
      'rust',
    );
    expect(run({ 'p/wip.yaml': draftWarning }, 'warning', warn).gate.passed).toBe(false);
    expect(run({ 'p/wip.yaml': draftWarning }, 'warning').gate.passed).toBe(true);
  });
});

describe('drafts: gate', () => {
  it('makes a draft gate like any other proposal', () => {
    const options = configured('drafts: gate\n');
    expect(run({ 'p/wip.yaml': DRAFT_POLICY_ERROR }, 'error', options).gate.passed).toBe(false);
    expect(run({ 'p/wip.yaml': DRAFT_POLICY_ERROR }, 'never', options).gate.passed).toBe(true);
  });

  it('is read from the configuration, advisory by default, and nothing else is accepted', () => {
    expect(parseConfig('c.yml', 'drafts: gate\n').drafts).toBe('gate');
    expect(parseConfig('c.yml', '').drafts).toBe('advisory');
    expect(() => parseConfig('c.yml', 'drafts: yes\n')).toThrow(ConfigError);
  });

  it('the CLI applies it', async () => {
    const root = tempTree({
      'proposals/wip.yaml': DRAFT_POLICY_ERROR,
      '.github/stack-verdict.yml': 'drafts: gate\n',
    });
    const gated = fakeIo(root);
    expect(await runCli(['check'], gated.io)).toBe(1);
    const advisory = fakeIo(tempTree({ 'proposals/wip.yaml': DRAFT_POLICY_ERROR }));
    expect(await runCli(['check'], advisory.io)).toBe(0);
  });
});

describe('the fork-safe path (from-report) gates drafts the same way', () => {
  const options = defaultEngineOptions();
  const fromFile = (report: Report) => validateReport(JSON.parse(renderJson(report)));

  it('an invalid draft fails the recomputed gate, even if the file says it passed', () => {
    const report = run(
      { 'p/wip.yaml': 'service: wip\nstatus: draft\nlanguage: golang\n' },
      'never',
    );
    expect(report.gate.passed).toBe(true);
    expect(trustedView(fromFile(report), 'error', options).gate.passed).toBe(false);
  });

  it('a duplicated draft fails it; a draft with a policy error alone passes', () => {
    const dup = run({
      'p/a.yaml': named('orders', 'status: draft\n'),
      'p/b.yaml': named('orders', 'status: draft\n'),
    });
    expect(trustedView(fromFile(dup), 'error', options).gate.passed).toBe(false);
    const policy = run({ 'p/wip.yaml': DRAFT_POLICY_ERROR });
    expect(trustedView(fromFile(policy), 'error', options).gate.passed).toBe(true);
  });

  it('follows the engine it is given: unwaivable rules and drafts: gate', () => {
    const policy = fromFile(run({ 'p/wip.yaml': DRAFT_POLICY_ERROR }));
    expect(trustedView(policy, 'error', configured('drafts: gate\n')).gate.passed).toBe(false);
    const unwaivable = configured('unwaivable: [rust-without-measured-constraint]\n');
    expect(trustedView(policy, 'error', unwaivable).gate.passed).toBe(false);
  });

  it('keeps costs and policy, and reads a 1.0 report without them', () => {
    const report = fromFile(run({ 'p/a.yaml': named('a', 'team:\n  size: 2\n', 'rust') }));
    expect(report.policy).toBe('1.2');
    expect(report.proposals[0]!.costs?.premiumPerYear).toEqual([50000, 60000]);
    const old = JSON.parse(renderJson(report)) as Record<string, unknown> & Report;
    delete old.policy;
    for (const p of old.proposals) delete (p as Partial<typeof p>).costs;
    expect(trustedView(validateReport(old), 'error', options).proposals[0]!.costs).toBeNull();
  });
});

describe('duplicate-service', () => {
  it('reports each file, pointing at the other, at its service line; counts and verdicts include it', () => {
    const report = run({
      'proposals/a.yaml': `# first\n${named('orders')}`,
      'proposals/b.yaml': named('orders'),
      'proposals/c.yaml': named('billing'),
    });
    const [a, b, c] = report.proposals;
    const fa = findingsOf(a!, 'duplicate-service');
    const fb = findingsOf(b!, 'duplicate-service');
    expect(fa).toHaveLength(1);
    expect(fa[0]).toMatchObject({ severity: 'error', line: 2, column: 10, waived: false });
    expect(fa[0]!.message).toContain('"proposals/b.yaml"');
    expect(fb[0]!.message).toContain('"proposals/a.yaml"');
    expect(fb[0]!.line).toBe(1);
    expect(findingsOf(c!, 'duplicate-service')).toEqual([]);
    expect(a!.verdict).toBe('changes-requested');
    expect(report.counts.errors).toBe(2);
    expect(report.verdict).toBe('changes-requested');
    expect(report.gate.passed).toBe(false);
  });

  it('names up to three other files and counts the rest', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`p/${i}.yaml`] = named('same');
    const report = run(files);
    const m = findingsOf(report.proposals[0]!, 'duplicate-service')[0]!.message;
    expect(m).toContain('"p/1.yaml", "p/2.yaml", "p/3.yaml" and 2 more');
    expect(report.counts.errors).toBe(6);
  });

  it('follows the configured severity, can be turned off, and cannot be waived', () => {
    const files = { 'p/a.yaml': named('x'), 'p/b.yaml': named('x') };
    const warning = run(files, 'error', configured('rules:\n  duplicate-service: warning\n'));
    expect(warning.counts).toMatchObject({ errors: 0, warnings: 2 });
    expect(
      run(files, 'error', configured('rules:\n  duplicate-service: off\n')).counts.errors,
    ).toBe(0);
    const waived = run({
      'p/a.yaml': named('x', 'waivers:\n  - rule: duplicate-service\n    reason: fine\n'),
      'p/b.yaml': named('x'),
    });
    expect(findingsOf(waived.proposals[0]!, 'waiver-invalid')).toHaveLength(1);
    expect(findingsOf(waived.proposals[0]!, 'duplicate-service')[0]!.waived).toBe(false);
  });

  it('the CLI reports it in JSON and fails', async () => {
    const t = fakeIo(tempTree({ 'proposals/a.yaml': named('x'), 'proposals/b.yaml': named('x') }));
    expect(await runCli(['check', '--format', 'json'], t.io)).toBe(1);
    const report = JSON.parse(t.stdout()) as Report;
    expect(report.counts.errors).toBe(2);
    expect(report.proposals.map((p) => p.findings.map((f) => f.rule))).toEqual([
      ['duplicate-service'],
      ['duplicate-service'],
    ]);
  });

  it("a worker thread's results carry what buildReport needs to find it", async () => {
    const root = tempTree({
      'proposals/a.yaml': `# x\n${named('x')}`,
      'proposals/b.yaml': named('x'),
    });
    const files = [`${root}/proposals/a.yaml`, `${root}/proposals/b.yaml`];
    const input: WorkerInput = {
      mark: 'stack-verdict/check-worker',
      cwd: root,
      configPath: undefined,
      today: '2026-11-29',
      maxBytes: undefined,
      files,
      shared: new Int32Array(new SharedArrayBuffer(8)),
      index: 0,
    };
    let posted: { results: [number, FileResult][] } | undefined;
    await runWorker(input, (out) => (posted = structuredClone(out)));
    const results = posted!.results.sort((x, y) => x[0] - y[0]).map(([, r]) => r);
    const report = buildReport(results, 'error', defaultEngineOptions());
    const f = findingsOf(report.proposals[0]!, 'duplicate-service');
    expect(f).toHaveLength(1);
    expect(f[0]!.line).toBe(2);
    expect(report.gate.passed).toBe(false);
  });

  it('the Action reports it, counts it and fails the gate', async () => {
    const { result, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      workspaceFiles: { 'proposals/a.yaml': named('x'), 'proposals/b.yaml': named('x') },
    });
    expect(result?.report.counts.errors).toBe(2);
    expect(
      result?.report.proposals.every((p) => findingsOf(p, 'duplicate-service').length === 1),
    ).toBe(true);
    expect(result?.report.gate.passed).toBe(false);
    expect(sink.failed).toHaveLength(1);
  });
});
