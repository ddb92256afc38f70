// A waiver of an error counts only once a configured approver has approved the pull
// request. Every way round that gate is a test here.
import { describe, expect, it } from 'vitest';
import {
  approvingLogins,
  waiverKey,
  type ApprovalContext,
  type Review,
} from '../../src/core/approvals.js';
import { engineOptionsFromConfig } from '../../src/config/index.js';
import { buildReport, judgeFile } from '../../src/core/engine.js';
import { renderJson } from '../../src/core/render/json.js';
import validateReport from '../../src/generated/report-validator.js';
import type { Finding, ProposalReport, Report } from '../../src/core/types.js';
import { config, problem, problems, proposal, TODAY } from './helpers.js';

const APPROVERS = 'approvers: [alice, "@acme/architecture"]\n';
const SELF_WAIVED = proposal(
  'rust',
  'waivers:\n  - rule: rust-without-measured-constraint\n    reason: we like rust\n    approved-by: "@alice"\n',
);
const AUTHOR = 'mallory';

function run(configText: string, text: string, approvals?: ApprovalContext): Report {
  const options = engineOptionsFromConfig(config(configText), {
    today: TODAY,
    ...(approvals ? { approvals } : {}),
  });
  return buildReport([judgeFile('proposals/p.yaml', text, options)], 'error');
}

function onPr(reviews: Review[], members: Record<string, string[]> = {}): ApprovalContext {
  return {
    kind: 'pull-request',
    author: AUTHOR,
    approving: approvingLogins(reviews, AUTHOR),
    members: new Map(Object.entries(members)),
  };
}

const proposalOf = (r: Report): ProposalReport => r.proposals[0]!;
const finding = (r: Report, rule: string): Finding =>
  proposalOf(r).findings.find((f) => f.rule === rule)!;
const core = (r: Report) => finding(r, 'rust-without-measured-constraint');

describe('the approval gate', () => {
  it('without approvers a self-waived error awaits approval, and says how to name approvers', () => {
    const r = run('', SELF_WAIVED, onPr([]));
    expect(core(r)).toMatchObject({
      waived: false,
      waiverApproval: { status: 'pending', by: [] },
    });
    expect(core(r).message).toContain(
      'Its waiver is pending: a waived error needs an approval, and no approvers are named. List who may approve under `approvers:` in `.github/stack-verdict.yml`',
    );
    expect(r.gate.passed).toBe(false);
    // approval-required: [] is the team's way to need none.
    expect(run('approval-required: []\n', SELF_WAIVED, onPr([])).gate.passed).toBe(true);
    // Locally, --assume-approved.
    expect(run('', SELF_WAIVED, { kind: 'assumed' }).gate.passed).toBe(true);
  });

  it('without approvers a waived warning needs no approval', () => {
    const r = run('rules:\n  rust-without-measured-constraint: warning\n', SELF_WAIVED, onPr([]));
    expect(core(r).waived).toBe(true);
    expect(core(r)).not.toHaveProperty('waiverApproval');
    expect(
      run('rules:\n  rust-without-measured-constraint: warning\n', SELF_WAIVED, onPr([])).gate
        .passed,
    ).toBe(true);
  });

  it('a self-waived error with approvers configured keeps the gate red', () => {
    const r = run(APPROVERS, SELF_WAIVED, onPr([]));
    expect(core(r)).toMatchObject({
      severity: 'error',
      waived: false,
      waiverReason: 'we like rust',
      waiverApproval: { status: 'pending', by: ['alice', 'acme/architecture'] },
    });
    expect(core(r).message).toContain(
      'Its waiver is pending: it counts once one of `alice`, `acme/architecture` approves the pull request.',
    );
    expect(r.counts.errors).toBeGreaterThanOrEqual(1);
    expect(r.counts.waived).toBe(0);
    expect(proposalOf(r).verdict).toBe('changes-requested');
    expect(r.gate.passed).toBe(false);
    // A pending waiver is used: it is not reported as waiving nothing.
    expect(proposalOf(r).findings.map((f) => f.rule)).not.toContain('waiver-unused');
  });

  it("the author's own approval does not count", () => {
    const r = run(
      `approvers: [${AUTHOR}, alice]`,
      SELF_WAIVED,
      onPr([{ login: AUTHOR, state: 'APPROVED' }]),
    );
    expect(core(r).waiverApproval?.status).toBe('pending');
    expect(r.gate.passed).toBe(false);
  });

  it('an approval by a user who is not listed does not count', () => {
    const r = run(APPROVERS, SELF_WAIVED, onPr([{ login: 'bob', state: 'APPROVED' }]));
    expect(core(r).waiverApproval?.status).toBe('pending');
    expect(r.gate.passed).toBe(false);
  });

  it('a dismissed approval does not count', () => {
    const reviews = [
      { login: 'alice', state: 'APPROVED', submittedAt: '2026-03-01T10:00:00Z' },
      { login: 'alice', state: 'DISMISSED', submittedAt: '2026-03-01T11:00:00Z' },
    ];
    expect(run(APPROVERS, SELF_WAIVED, onPr(reviews)).gate.passed).toBe(false);
    expect(
      run(APPROVERS, SELF_WAIVED, onPr([{ login: 'alice', state: 'DISMISSED' }])).gate.passed,
    ).toBe(false);
  });

  it('changes requested after an approval take it back', () => {
    const reviews = [
      { login: 'alice', state: 'APPROVED', submittedAt: '2026-03-01T10:00:00Z' },
      { login: 'alice', state: 'CHANGES_REQUESTED', submittedAt: '2026-03-01T11:00:00Z' },
    ];
    expect(run(APPROVERS, SELF_WAIVED, onPr(reviews)).gate.passed).toBe(false);
  });

  it('`approved-by` free text naming a listed approver does not count', () => {
    // SELF_WAIVED says approved-by: "@alice"; alice has not reviewed.
    const r = run(APPROVERS, SELF_WAIVED, onPr([]));
    expect(core(r).waiverApprovedBy).toBe('@alice');
    expect(r.gate.passed).toBe(false);
  });

  it('the CLI, which cannot see reviews, reports the waiver as pending', () => {
    const r = run(APPROVERS, SELF_WAIVED);
    expect(core(r).waiverApproval?.status).toBe('pending');
    expect(r.gate.passed).toBe(false);
  });

  it.each(['alice', 'Alice', 'ALICE'])(
    'an approval by the listed login (as %s) counts',
    (login) => {
      const r = run(APPROVERS, SELF_WAIVED, onPr([{ login, state: 'APPROVED' }]));
      expect(core(r)).toMatchObject({
        waived: true,
        waiverApproval: { status: 'approved', by: ['alice'] },
      });
      expect(core(r).message).not.toContain('pending');
      expect(r.counts.waived).toBe(1);
      expect(r.gate.passed).toBe(true);
    },
  );

  it('an approval by a member of a listed team counts', () => {
    const r = run(
      APPROVERS,
      SELF_WAIVED,
      onPr([{ login: 'Dave', state: 'APPROVED' }], { 'acme/architecture': ['dave'] }),
    );
    expect(core(r).waiverApproval).toEqual({
      status: 'approved',
      by: ['dave (acme/architecture)'],
    });
    expect(r.gate.passed).toBe(true);
  });

  it('--assume-approved takes the approval as given', () => {
    const r = run(APPROVERS, SELF_WAIVED, { kind: 'assumed' });
    expect(core(r).waiverApproval).toEqual({ status: 'approved', by: [] });
    expect(r.gate.passed).toBe(true);
  });

  it('a waiver of a warning needs no approval when approval-required is [error]', () => {
    const text = proposal(
      'rust',
      `constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/1
team:
  size: 4
  rust-experience: 1
waivers:
  - rule: rust-onboarding-cost
    reason: Two Rust engineers join in April.
`,
    );
    const r = run(APPROVERS, text, onPr([]));
    expect(finding(r, 'rust-onboarding-cost')).toMatchObject({
      severity: 'warning',
      waived: true,
      waiverApproval: { status: 'not-required', by: [] },
    });
    // With approval-required: [error, warning] the same waiver waits.
    const strict = run(`${APPROVERS}approval-required: [error, warning]\n`, text, onPr([]));
    expect(finding(strict, 'rust-onboarding-cost')).toMatchObject({
      waived: false,
      waiverApproval: { status: 'pending' },
    });
  });

  it('names at most five approvers in the message, all of them in the JSON', () => {
    const names = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'];
    const r = run(`approvers: [${names.join(', ')}]\n`, SELF_WAIVED, onPr([]));
    expect(core(r).message).toContain(
      'Its waiver is pending: it counts once one of `a1`, `a2`, `a3`, `a4`, `a5` (or 2 other approvers) approves the pull request.',
    );
    expect(core(r).waiverApproval!.by).toEqual(names);
  });

  it('the severity that counts is the configured one', () => {
    const r = run(
      `${APPROVERS}rules:\n  rust-without-measured-constraint: warning\n`,
      SELF_WAIVED,
      onPr([]),
    );
    expect(core(r)).toMatchObject({ waived: true, waiverApproval: { status: 'not-required' } });
  });

  it('the JSON report carries waiverApproval and still fits report.schema.json', () => {
    for (const r of [
      run(APPROVERS, SELF_WAIVED, onPr([])),
      run(APPROVERS, SELF_WAIVED, onPr([{ login: 'alice', state: 'APPROVED' }])),
    ]) {
      const json = JSON.parse(renderJson(r)) as Report;
      expect(validateReport(json), JSON.stringify(validateReport.errors)).toBe(true);
      const f = json.proposals[0]!.findings.find(
        (x) => x.rule === 'rust-without-measured-constraint',
      )!;
      expect(f.waiverApproval).toEqual(core(r).waiverApproval);
      expect(f.waived).toBe(f.waiverApproval!.status === 'approved');
    }
  });
});

describe('a stale approval', () => {
  it('does not count for the waiver it predates, and the message says so', () => {
    const key = waiverKey('proposals/p.yaml', {
      rule: 'rust-without-measured-constraint',
      reason: 'we like rust',
      approvedBy: '@alice',
    });
    const context: ApprovalContext = {
      ...onPr([{ login: 'alice', state: 'APPROVED' }]),
      stale: new Map([[key, ['alice']]]),
    } as ApprovalContext;
    const r = run(APPROVERS, SELF_WAIVED, context);
    expect(core(r).waiverApproval?.status).toBe('pending');
    expect(core(r).message).toContain('The approval by `alice` is stale');
    // Another waiver text (the reason changed after the review) is another key.
    const other = new Map([[key.replace('we like rust', 'other'), ['alice']]]);
    const fresh = run(APPROVERS, SELF_WAIVED, { ...context, stale: other } as ApprovalContext);
    expect(core(fresh).waiverApproval?.status).toBe('approved');
  });
});

describe('approvers in the configuration', () => {
  it('reads logins and teams; approval-required defaults to [error]', () => {
    const c = config('approvers: ["@Alice", acme/architecture]');
    expect(c.approvers.map((a) => a.kind)).toEqual(['login', 'team']);
    expect(c.approvalRequired).toEqual(['error']);
    expect(config('').approvalRequired).toEqual(['error']);
    expect(config('approvers: [a]\napproval-required: []').approvalRequired).toEqual([]);
  });

  it.each([
    ['alice smith', 'approvers:\n  - alice smith\n', '2:5'],
    ['-alice', 'approvers: [ok, -alice]\n', '1:17'],
    ['acme/', 'approvers:\n  - acme/\n', '2:5'],
    ['a/b/c', 'approvers:\n  - a/b/c\n', '2:5'],
  ])('refuses %j at its line and column', (_entry, text, where) => {
    const p = problem(text);
    expect(p.startsWith(`${where} `)).toBe(true);
    expect(p).toContain('a GitHub login such as alice');
  });

  it('refuses the same approver twice, ignoring case and @', () => {
    expect(problem('approvers:\n  - alice\n  - "@ALICE"\n')).toBe(
      '3:5 `approvers[1]` repeats `approvers[0]` (GitHub ignores case and the @); remove one',
    );
  });

  it('accepts approval-required without approvers (the waivers then wait); refuses unknown severities', () => {
    expect(config('approval-required: [error, warning]\n').approvalRequired).toEqual([
      'error',
      'warning',
    ]);
    expect(problems('approvers: [a]\napproval-required: [fatal]\n')[0]).toMatchObject({ line: 2 });
  });

  it('refuses an empty or non-list approvers', () => {
    expect(problems('approvers: []\n')).toHaveLength(1);
    expect(problems('approvers: alice\n')).toHaveLength(1);
  });
});
