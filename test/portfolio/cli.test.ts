import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Portfolio } from '../../src/core/portfolio.js';
import type { Report } from '../../src/core/types.js';
import { fakeIo, REPO_ROOT } from '../helpers.js';

async function cli(args: string[]) {
  const t = fakeIo(REPO_ROOT);
  const code = await runCli(args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

describe('stack-verdict portfolio on examples/proposals', async () => {
  const check = await cli(['check', 'examples/proposals', '--format', 'json']);
  const report = JSON.parse(check.stdout) as Report;
  const json = await cli(['portfolio', 'examples/proposals', '--format', 'json']);
  const page = JSON.parse(json.stdout) as Portfolio;
  const md = await cli(['portfolio', 'examples/proposals']);

  it('exits 0: the page reports, it does not gate', () => {
    expect(report.gate.passed).toBe(false);
    expect([json.code, md.code]).toEqual([0, 0]);
    expect(json.stderr + md.stderr).toBe('');
  });

  it('counts what the JSON report of the same proposals holds', () => {
    expect(page.proposals).toBe(report.counts.proposals);
    expect(page.verdict).toBe(report.verdict);
    const languages = new Map<string, number>();
    for (const p of report.proposals) {
      languages.set(p.language ?? '(none)', (languages.get(p.language ?? '(none)') ?? 0) + 1);
    }
    expect(Object.fromEntries(page.byLanguage.map((r) => [r.language, r.proposals]))).toEqual(
      Object.fromEntries(languages),
    );
    for (const r of page.byLanguage) {
      expect(md.stdout).toContain(
        `| <code>${r.language}</code> | ${r.proposals} | ${r.approved} | ${r.approvedWithWarnings} | ${r.changesRequested} |`,
      );
      expect(md.stdout).toContain(`"${r.language}" : ${r.proposals}`);
    }
    for (const v of page.byVerdict) {
      expect(v.proposals).toBe(report.proposals.filter((p) => p.verdict === v.value).length);
    }
  });

  it('lists every waiver of the report, with its rule, reason and expiry', () => {
    const waivers = report.proposals.flatMap((p) =>
      (p.waivers ?? []).map((w) => `${p.file} ${w.rule} ${w.reason} ${w.expires ?? null}`),
    );
    expect(waivers.length).toBeGreaterThan(0);
    expect(page.waivers.map((w) => `${w.file} ${w.rule} ${w.reason} ${w.expires}`).sort()).toEqual(
      waivers.sort(),
    );
    expect(md.stdout).toContain(`## Waivers (${waivers.length}:`);
  });

  it('sums the costs the report gives each Rust proposal', () => {
    const rows = report.proposals.filter((p) => p.costs);
    const sum = (pick: (c: NonNullable<Report['proposals'][number]['costs']>) => number) =>
      rows.reduce((s, p) => s + pick(p.costs!), 0);
    expect(page.costTotals.proposals).toBe(
      rows.filter((p) => Object.values(p.costs!).some((v) => v !== null)).length,
    );
    expect(page.costTotals.premiumPerYear).toEqual([
      sum((c) => c.premiumPerYear?.[0] ?? 0),
      sum((c) => c.premiumPerYear?.[1] ?? 0),
    ]);
    expect(page.costTotals.ciMinutesPerDay).toBeCloseTo(
      sum((c) => c.ciMinutesPerDay ?? 0),
      3,
    );
  });

  it('writes one self-contained HTML file', async () => {
    const html = await cli(['portfolio', 'examples/proposals', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).not.toMatch(/<script|<link|src=/i);
  });

  it('says what is wrong with a bad format', async () => {
    const bad = await cli(['portfolio', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of markdown, json, html; got "pdf"');
  });
});

describe('the JSON page', () => {
  it('validates against schema/portfolio.schema.json', async () => {
    const { readFileSync } = await import('node:fs');
    const { Ajv } = await import('ajv');
    const schema = JSON.parse(readFileSync(`${REPO_ROOT}/schema/portfolio.schema.json`, 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const r = await cli(['portfolio', 'examples/proposals', '--format', 'json']);
    const page = JSON.parse(r.stdout);
    expect(validate(page), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...page, extra: 1 })).toBe(false);
  });
});
