// Waivers that must not let an unmeasured Rust proposal pass.
import { describe, expect, it } from 'vitest';
import { judge, ruleIds } from '../helpers.js';
import { RUST_UNMEASURED } from './rust-base.js';

function withWaiver(rule: string, reason: string, expires?: string): string {
  return [
    RUST_UNMEASURED,
    'waivers:',
    `  - rule: ${rule}`,
    `    reason: ${reason}`,
    ...(expires ? [`    expires: ${expires}`] : []),
    '',
  ].join('\n');
}

describe('a waiver that records no decision does not waive', () => {
  // Failed before the fix: a blank reason waived the error and the proposal was approved.
  it.each([['" "'], ['"\\t\\n"'], ['"   "']])('reason %s is waiver-invalid', (reason) => {
    const report = judge(withWaiver('rust-without-measured-constraint', reason));
    expect(report.verdict).toBe('changes-requested');
    const invalid = report.findings.find((f) => f.rule === 'waiver-invalid');
    expect(invalid?.message).toContain('waivers[0].reason');
    expect(invalid?.waived).toBe(false);
    const rust = report.findings.find((f) => f.rule === 'rust-without-measured-constraint');
    expect(rust?.waived).toBe(false);
  });
});

describe('waivers already defended', () => {
  it.each([
    ['misspelt rule id', 'rust-without-measured-constrain', 'we budgeted it', undefined],
    ['rule id in another case', 'Rust-Without-Measured-Constraint', 'we budgeted it', undefined],
    ['rule id with a trailing space', '"rust-without-measured-constraint "', 'ok it', undefined],
    ['expired waiver', 'rust-without-measured-constraint', 'we budgeted it', '2020-01-01'],
    ['impossible date', 'rust-without-measured-constraint', 'we budgeted it', '2026-02-30'],
    ['empty reason', 'rust-without-measured-constraint', '""', undefined],
    ['waiver of waiver-invalid', 'waiver-invalid', 'we budgeted it', undefined],
  ])('%s: the error still counts', (_name, rule, reason, expires) => {
    const report = judge(withWaiver(rule, reason, expires));
    expect(report.verdict).toBe('changes-requested');
    const rust = report.findings.find((f) => f.rule === 'rust-without-measured-constraint');
    expect(rust?.waived).toBe(false);
  });

  it('a waiver of proposal-invalid leaves an invalid proposal failing', () => {
    const text = withWaiver('proposal-invalid', 'we know').replace('kind: worker', 'kind: nope');
    const report = judge(text);
    expect(report.verdict).toBe('changes-requested');
    expect(ruleIds(report)).toContain('proposal-invalid');
    expect(report.findings.every((f) => !f.waived)).toBe(true);
  });
});
