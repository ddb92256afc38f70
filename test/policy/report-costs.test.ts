// Policy 1.1's report additions: `costs` per proposal and `policy`, and the text output's
// cost line, checked against the JSON report of the same run.
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/action/from-report.js';
import { runCli } from '../../src/cli/main.js';
import { POLICY_VERSION } from '../../src/core/policy.js';
import { costLine } from '../../src/core/render/cost-line.js';
import type { Report } from '../../src/core/types.js';
import { fakeIo, tempTree } from '../helpers.js';

const FILES = {
  'proposals/ledger.yaml': `service: ledger
language: rust
kind: database
workload:
  bound: cpu
team:
  size: 6
  rust-experience: 0
  annual-attrition: 0.2
delivery:
  merges-per-day: 40
`,
  'proposals/cli.yaml': `service: cli
language: rust
kind: cli
workload:
  bound: io
  cold-start-ms: 5
`,
  'proposals/api.yaml': `service: api
language: go
kind: http-api
workload:
  bound: io
team:
  size: 3
`,
};

async function check(format: string): Promise<string> {
  const t = fakeIo(tempTree(FILES));
  await runCli(['check', '--format', format], t.io);
  return t.stdout();
}

describe('costs and policy in the JSON report', () => {
  it('has costs on every proposal: figures for Rust, null otherwise; and the policy version', async () => {
    const report = JSON.parse(await check('json')) as Report;
    expect(report.policy).toBe(POLICY_VERSION);
    const byService = Object.fromEntries(report.proposals.map((p) => [p.service, p.costs]));
    expect(byService).toEqual({
      ledger: {
        premiumPerYear: [150000, 180000],
        onboardingEngineerMonths: [18, 36],
        rampEngineerMonthsPerYear: [3.6, 7.2],
        ciMinutesPerDay: 76.6,
      },
      cli: null,
      api: null,
    });
    for (const p of report.proposals) expect(Object.hasOwn(p, 'costs')).toBe(true);
    expect(() => validateReport(report)).not.toThrow();
  });
});

describe('the text output', () => {
  it('shows one cost line per Rust proposal, the same as the JSON report of the run says', async () => {
    const [json, text] = await Promise.all([check('json'), check('text')]);
    const report = JSON.parse(json) as Report;
    const blocks = text.split('\n\n');
    for (const p of report.proposals) {
      const block = blocks.find((b) => b.startsWith(`${p.file} `))!;
      const line = costLine(p.costs);
      const shown = block.split('\n').filter((l) => l.trim().startsWith('Cost of Rust:'));
      if (line === undefined) expect(shown, p.file).toEqual([]);
      else expect(shown, p.file).toEqual([`  ${line}`]);
    }
    expect(text).toContain(
      '  Cost of Rust: pay premium $150,000–$180,000 a year · onboarding 18–36 engineer-months · ramp from attrition 3.6–7.2 engineer-months a year · CI 76.6 more build minutes a day',
    );
  });
});
