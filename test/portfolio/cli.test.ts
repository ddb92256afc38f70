import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Portfolio } from '../../src/core/portfolio.js';
import type { Report } from '../../src/core/types.js';
import { marked } from 'marked';
import { fakeIo, REPO_ROOT, tempTree } from '../helpers.js';

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
    expect(page.counts.proposals).toBe(report.counts.proposals);
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
    expect(bad.stderr).toContain(
      '--format must be one of markdown, json, html, backstage-radar; got "pdf"',
    );
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

describe('stack-verdict portfolio with a configuration', () => {
  const TITLE = 'Payments *platform* <decisions> & records';
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const RUST_WAIVED = [
    'service: svc',
    'language: rust',
    'kind: worker',
    'workload:',
    '  bound: io',
    'waivers:',
    '  - rule: rust-without-measured-constraint',
    '    reason: a pilot',
    `    expires: "${inDays(20)}"`,
    '',
  ].join('\n');

  async function page(config: string, ...args: string[]) {
    const cwd = tempTree({ '.github/stack-verdict.yml': config, 'proposals/a.yaml': RUST_WAIVED });
    const t = fakeIo(cwd);
    const code = await runCli(['portfolio', ...args], t.io);
    expect(t.stderr()).toBe('');
    expect(code).toBe(0);
    return t.stdout();
  }

  it('heads the Markdown and HTML page with portfolio.title', async () => {
    const config = `portfolio:\n  title: ${JSON.stringify(TITLE)}\n`;
    const md = await page(config);
    const heading = new HtmlText(marked.parse(md.split('\n')[0]!) as string);
    expect(heading.text('h1')).toBe(TITLE);
    const html = await page(config, '--format', 'html');
    const doc = new HtmlText(html);
    expect(doc.text('title')).toBe(TITLE);
    expect(doc.text('h1')).toBe(TITLE);
  });

  it('without it, the default title', async () => {
    const md = await page('fail-on: error\n');
    expect(md.split('\n')[0]).toBe('# Architecture decisions');
  });

  it('flags waivers as expiring by the configured waiver-warning-days', async () => {
    const state = async (days: number) => {
      const json = await page(`settings:\n  waiver-warning-days: ${days}\n`, '--format', 'json');
      return (JSON.parse(json) as Portfolio).waivers.map((w) => w.state);
    };
    expect(await state(30)).toEqual(['expiring']);
    expect(await state(10)).toEqual(['active']);
  });
});

/** The text of the first element of a tag in HTML, entities decoded (enough for h1 and title). */
class HtmlText {
  constructor(private readonly html: string) {}
  text(tag: string): string | undefined {
    const m = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(this.html);
    if (!m) return undefined;
    return m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }
}
