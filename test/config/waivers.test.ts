import { describe, expect, it } from 'vitest';
import {
  defaultEngineOptions,
  isCalendarDate,
  judgeFile,
  utcToday,
} from '../../src/core/engine.js';
import { RULES } from '../../src/core/rules/index.js';
import waiverExpired from '../../src/core/rules/waiver-expired.js';
import waiverExpiring from '../../src/core/rules/waiver-expiring.js';
import waiverUnused from '../../src/core/rules/waiver-unused.js';
import type { ProposalReport } from '../../src/core/types.js';
import { ids, judge, proposal, TODAY } from './helpers.js';

/** A Rust proposal on which rust-onboarding-cost (warning) fires, with the given waivers. */
function onboarding(waivers: string): string {
  return proposal(
    'rust',
    `constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/1
team:
  size: 4
  rust-experience: 1
waivers:
${waivers}`,
  );
}

const finding = (r: ProposalReport, rule: string) => r.findings.find((f) => f.rule === rule);

describe('waiver states', () => {
  it('valid: waives the finding and carries its governance fields', () => {
    const report = judge(
      '',
      onboarding(
        '  - rule: rust-onboarding-cost\n    reason: Two Rust engineers join in April.\n    expires: 2026-06-30\n    approved-by: "@acme/architecture"\n',
      ),
    );
    expect(finding(report, 'rust-onboarding-cost')).toMatchObject({
      waived: true,
      waiverReason: 'Two Rust engineers join in April.',
      waiverExpires: '2026-06-30',
      waiverApprovedBy: '@acme/architecture',
    });
    expect(ids(report)).not.toContain('waiver-expired');
    expect(ids(report)).not.toContain('waiver-unused');
    expect(report.verdict).toBe('approved');
  });

  it('valid without expires or approved-by, as before', () => {
    const report = judge('', onboarding('  - rule: rust-onboarding-cost\n    reason: Accepted.\n'));
    const f = finding(report, 'rust-onboarding-cost')!;
    expect(f.waived).toBe(true);
    expect(f).not.toHaveProperty('waiverExpires');
    expect(f).not.toHaveProperty('waiverApprovedBy');
  });

  it('in force on its expires date, expired the day after', () => {
    const text = onboarding(
      '  - rule: rust-onboarding-cost\n    reason: Accepted.\n    expires: "2026-03-01"\n',
    );
    expect(finding(judge('', text, '2026-03-01'), 'rust-onboarding-cost')!.waived).toBe(true);
    expect(finding(judge('', text, '2026-03-02'), 'rust-onboarding-cost')!.waived).toBe(false);
  });

  it('expired: stops waiving and raises waiver-expired at the date', () => {
    const report = judge(
      '',
      onboarding(
        '  - rule: rust-onboarding-cost\n    reason: Accepted.\n    expires: 2026-01-31\n    approved-by: "@acme/architecture"\n',
      ),
    );
    expect(finding(report, 'rust-onboarding-cost')!.waived).toBe(false);
    expect(finding(report, 'waiver-expired')).toMatchObject({
      severity: 'warning',
      waived: false,
      line: 16,
      column: 14,
      message:
        'The waiver of `rust-onboarding-cost` (approved by "@acme/architecture") expired on 2026-01-31, 29 days ago, so the findings it waived count again. Fix what the rule reports, or renew the waiver with a later `expires`.',
      docs: expect.stringMatching(/waiver-expired\.md$/),
    });
    expect(report.verdict).toBe('approved-with-warnings');
  });

  it('unused: raises waiver-unused at the rule', () => {
    const report = judge(
      '',
      proposal('go', 'waivers:\n  - rule: go-systems-software\n    reason: Reviewed.\n'),
    );
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'waiver-unused',
        severity: 'notice',
        line: 7,
        column: 11,
        message: expect.stringContaining('the rule reports nothing on this proposal'),
      }),
    ]);
    expect(report.verdict).toBe('approved');
  });

  it('unused when the configuration turns the rule off', () => {
    const report = judge(
      'rules:\n  rust-onboarding-cost: off',
      onboarding('  - rule: rust-onboarding-cost\n    reason: Accepted.\n'),
    );
    expect(finding(report, 'waiver-unused')!.message).toContain('turned off in the configuration');
  });

  it('expired and unused: reported as unused, since deleting it is the fix', () => {
    const report = judge(
      '',
      proposal(
        'go',
        'waivers:\n  - rule: go-systems-software\n    reason: Reviewed.\n    expires: 2025-12-31\n',
      ),
    );
    expect(ids(report)).toEqual(['waiver-unused']);
  });

  it('unwaivable by nature or by configuration: waiver-invalid', () => {
    const nature = judge(
      '',
      proposal('go', 'waivers:\n  - rule: waiver-unused\n    reason: Noise.\n'),
    );
    expect(finding(nature, 'waiver-invalid')!.message).toBe(
      '`waiver-unused` cannot be waived; fix what it reports instead',
    );
    const text = onboarding('  - rule: rust-onboarding-cost\n    reason: Accepted.\n');
    const byConfig = judge('unwaivable: [rust-onboarding-cost]', text);
    expect(finding(byConfig, 'rust-onboarding-cost')!.waived).toBe(false);
    expect(ids(byConfig)).toContain('waiver-invalid');
    expect(ids(byConfig)).not.toContain('waiver-unused');
  });

  it('a bad expires is waiver-invalid, and the waiver waives nothing', () => {
    for (const [expires, message] of [
      ['2026-02-30', '`waivers[0].expires` is not a date: there is no "2026-02-30"'],
      [
        '31/12/2026',
        '`waivers[0].expires` must be a date written YYYY-MM-DD, such as 2026-12-31; found the string "31/12/2026".',
      ],
    ] as const) {
      const report = judge(
        '',
        onboarding(
          `  - rule: rust-onboarding-cost\n    reason: Accepted.\n    expires: ${expires}\n`,
        ),
      );
      expect(finding(report, 'waiver-invalid')!.message).toBe(message);
      expect(finding(report, 'rust-onboarding-cost')!.waived).toBe(false);
    }
  });

  it('an empty approved-by is waiver-invalid', () => {
    const report = judge(
      '',
      onboarding('  - rule: rust-onboarding-cost\n    reason: Accepted.\n    approved-by: ""\n'),
    );
    expect(finding(report, 'waiver-invalid')!.message).toBe(
      '`waivers[0].approved-by` must not be empty',
    );
  });

  it('the governance rules can be set or turned off like any other', () => {
    const text = onboarding(
      '  - rule: rust-onboarding-cost\n    reason: Accepted.\n    expires: 2026-01-31\n',
    );
    expect(
      finding(judge('rules:\n  waiver-expired: error', text), 'waiver-expired')!.severity,
    ).toBe('error');
    const off = judge('rules:\n  waiver-expired: off', text);
    expect(ids(off)).not.toContain('waiver-expired');
    expect(finding(off, 'rust-onboarding-cost')!.waived).toBe(false); // still expired
    expect(
      ids(
        judge(
          'extends: none',
          proposal('go', 'waivers:\n  - rule: go-systems-software\n    reason: R.\n'),
        ),
      ),
    ).toEqual([]);
  });
});

describe('today', () => {
  it('defaults to the UTC date', () => {
    expect(utcToday(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
    expect(utcToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('checks calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });

  it('is injectable through EngineOptions', () => {
    const text = onboarding(
      '  - rule: rust-onboarding-cost\n    reason: Accepted.\n    expires: 2027-01-01\n',
    );
    const at = (today: string) => {
      const r = judgeFile('p.yaml', text, { ...defaultEngineOptions(), today });
      return r.kind === 'proposal' ? ids(r.report) : [];
    };
    expect(at('2026-12-31')).not.toContain('waiver-expired');
    expect(at('2027-01-02')).toContain('waiver-expired');
  });
});

describe.each([waiverExpired, waiverUnused])('$id', (rule) => {
  it('is registered, unwaivable, with docs', () => {
    expect(RULES).toContain(rule);
    expect(rule.unwaivable).toBe(true);
    expect(rule.check).toBeUndefined();
    expect(rule.description.length).toBeGreaterThan(20);
  });

  it('fires on docs.fires and not on docs.passes', () => {
    const run = (text: string) => {
      const r = judgeFile('p.yaml', text, { ...defaultEngineOptions(), today: TODAY });
      if (r.kind !== 'proposal') throw new Error('skipped');
      return ids(r.report);
    };
    expect(run(rule.docs.fires)).toContain(rule.id);
    expect(run(rule.docs.passes)).not.toContain(rule.id);
    expect(run(rule.docs.passes)).not.toContain('waiver-invalid');
  });
});

it('the severities of the new rules', () => {
  expect(waiverExpired.severity).toBe('warning');
  expect(waiverUnused.severity).toBe('notice');
});

describe('waiver-expiring', () => {
  const text = (expires: string) =>
    onboarding(
      `  - rule: rust-onboarding-cost\n    reason: Accepted.\n    expires: "${expires}"\n`,
    );

  it('is registered, unwaivable, a notice', () => {
    expect(RULES).toContain(waiverExpiring);
    expect(waiverExpiring.unwaivable).toBe(true);
    expect(waiverExpiring.severity).toBe('notice');
  });

  it('fires within 30 days of expires, at the date, while the waiver still waives', () => {
    const report = judge('', text('2026-03-31'));
    expect(finding(report, 'rust-onboarding-cost')!.waived).toBe(true);
    expect(finding(report, 'waiver-expiring')).toMatchObject({
      severity: 'notice',
      waived: false,
      line: 16,
      column: 14,
      message:
        'The waiver of `rust-onboarding-cost` expires on 2026-03-31 (in 30 days); after that the findings it waives count again. Fix what the rule reports, or renew the waiver with a later `expires` before then.',
    });
    expect(report.verdict).toBe('approved');
  });

  it('says so on the last day; is silent 31 days out and once expired', () => {
    expect(finding(judge('', text(TODAY)), 'waiver-expiring')!.message).toContain(
      '(today, its last day in force)',
    );
    expect(ids(judge('', text('2026-04-01')))).not.toContain('waiver-expiring');
    const expired = ids(judge('', text('2026-02-28')));
    expect(expired).toContain('waiver-expired');
    expect(expired).not.toContain('waiver-expiring');
  });

  it('follows settings.waiver-warning-days', () => {
    const days = (n: number, expires: string) =>
      ids(judge(`settings:\n  waiver-warning-days: ${n}`, text(expires)));
    expect(days(7, '2026-03-08')).toContain('waiver-expiring');
    expect(days(7, '2026-03-09')).not.toContain('waiver-expiring');
    expect(days(0, TODAY)).toContain('waiver-expiring');
    expect(days(0, '2026-03-02')).not.toContain('waiver-expiring');
  });

  it('does not fire on a waiver without expires, on an unused one, or when turned off', () => {
    expect(
      ids(judge('', onboarding('  - rule: rust-onboarding-cost\n    reason: A.\n'))),
    ).not.toContain('waiver-expiring');
    const unused = ids(
      judge(
        '',
        proposal(
          'go',
          'waivers:\n  - rule: go-systems-software\n    reason: R.\n    expires: "2026-03-05"\n',
        ),
      ),
    );
    expect(unused).toEqual(['waiver-unused']);
    expect(ids(judge('rules:\n  waiver-expiring: off', text('2026-03-05')))).not.toContain(
      'waiver-expiring',
    );
  });

  it('refuses a negative or fractional waiver-warning-days', () => {
    expect(() => judge('settings:\n  waiver-warning-days: -1', text('2026-03-05'))).toThrow(
      /waiver-warning-days/,
    );
    expect(() => judge('settings:\n  waiver-warning-days: 1.5', text('2026-03-05'))).toThrow(
      /waiver-warning-days/,
    );
  });
});
