// Decision records as MADR, log4brains and adr-tools write them, found by the default globs.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import type { Report } from '../../src/core/types.js';
import { fakeIo, REPO_ROOT, tempTree } from '../helpers.js';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/decision-records');

function repo(extra: Record<string, string> = {}): string {
  const dir = tempTree(extra);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

async function cli(args: string[], cwd: string) {
  const t = fakeIo(cwd);
  const code = await runCli(args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

async function checkJson(args: string[], cwd: string) {
  const r = await cli(['check', ...args, '--format', 'json'], cwd);
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

describe('decision records found by the default globs', () => {
  it('judges the records that hold a proposal in all three folders, and skips the others silently', async () => {
    const { code, report } = await checkJson([], repo());
    expect(report.proposals.map((p) => [p.file, p.status])).toEqual([
      ['doc/adr/0002-orders-worker.md', 'proposed'],
      ['docs/adr/20260420-search-service.md', 'deprecated'],
      ['docs/decisions/0002-ledger-in-rust.md', 'superseded by ADR-0004'],
      ['docs/decisions/0003-fraud-scoring.md', 'rejected'],
      ['docs/decisions/0004-ledger-in-go.md', 'accepted'],
    ]);
    // MADR's own record, log4brains' and adr-tools' records: not proposals, not mentioned.
    expect(report.skipped).toEqual([]);
    expect(code).toBe(0);
  });

  it('does not skip a README without front matter outside the record folders silently', async () => {
    const { report } = await checkJson([], repo({ 'proposals/README.md': '# Proposals\n' }));
    expect(report.skipped).toEqual([
      { file: 'proposals/README.md', reason: 'Markdown file with no YAML front matter' },
    ]);
  });

  it('finds nothing to complain about in text output: no skipped line for the records', async () => {
    const r = await cli(['check'], repo());
    expect(r.stdout).not.toContain('skipped');
    expect(r.stdout).not.toContain('0001-use-madr.md');
  });

  it('a folder argument skips records silently too', async () => {
    const { report } = await checkJson(['docs/decisions'], repo());
    expect(report.skipped).toEqual([]);
    expect(report.proposals).toHaveLength(3);
  });

  it('says why a record named on the command line is not judged, in one line, and exits 0', async () => {
    const cwd = repo();
    const text = await cli(['check', 'docs/decisions/0001-use-madr.md'], cwd);
    const lines = text.stdout.split('\n').filter((l) => l.includes('0001-use-madr.md'));
    expect(lines).toEqual([
      'docs/decisions/0001-use-madr.md: skipped (Markdown file whose front matter has no proposal field (a decision record or index page))',
    ]);
    expect(text.code).toBe(0);
    const { code, report } = await checkJson(
      ['doc/adr/0001-record-architecture-decisions.md'],
      cwd,
    );
    expect(report.skipped).toEqual([
      {
        file: 'doc/adr/0001-record-architecture-decisions.md',
        reason: 'Markdown file with no YAML front matter',
      },
    ]);
    expect(code).toBe(0);
  });
});

describe('status as decision-record tools write it', () => {
  const options = defaultEngineOptions();
  const record = (status: string, extra = '') =>
    `---\nstatus: ${status}\ndate: 2026-05-01\ndecision-makers: [Ann]\nservice: s\nlanguage: go\nkind: http-api\nworkload:\n  bound: io\n${extra}---\n# S\n`;
  const judged = (text: string) => {
    const r = judgeFile('docs/decisions/0009-s.md', text, options);
    if (r.kind !== 'proposal') throw new Error('skipped');
    return r.report;
  };

  it.each([
    ['Accepted', 'accepted'],
    ['PROPOSED', 'proposed'],
    ['deprecated', 'deprecated'],
    ['Draft', 'draft'],
    ['"superseded by ADR-0012"', 'superseded by ADR-0012'],
    ['Superseded by [ADR-0012](0012-x.md)', 'superseded by [ADR-0012](0012-x.md)'],
  ])('reads status %s as %s, with decision-makers ignored', (written, status) => {
    const report = judged(record(written));
    expect(report.status).toBe(status);
    expect(report.findings.map((f) => f.rule)).toEqual([]);
  });

  it('rejects a status that is none of them, listing the values', () => {
    const report = judged(record('acepted'));
    expect(report.findings.map((f) => [f.rule, f.line])).toEqual([['proposal-invalid', 2]]);
    expect(report.findings[0]!.message).toContain(
      'draft, proposed, accepted, rejected, deprecated or superseded',
    );
    expect(judged(record('accepted by Ann')).findings[0]!.rule).toBe('proposal-invalid');
  });
});

describe('past decisions: judged, shown collapsed, never failing the gate, costing nothing', () => {
  it('a rejected Rust choice with errors passes the gate and has no costs; the same record accepted fails', async () => {
    const cwd = repo();
    const { code, report } = await checkJson(['docs/decisions/0003-fraud-scoring.md'], cwd);
    const p = report.proposals[0]!;
    expect(p.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(p.costs).toBeNull();
    expect(report.gate.passed).toBe(true);
    expect(code).toBe(0);

    const accepted = readFileSync(
      path.join(cwd, 'docs/decisions/0003-fraud-scoring.md'),
      'utf8',
    ).replace('status: Rejected', 'status: accepted');
    const other = tempTree({ 'docs/decisions/0003-fraud-scoring.md': accepted });
    const again = await checkJson([], other);
    expect(again.report.gate.passed).toBe(false);
    expect(again.report.proposals[0]!.costs).not.toBeNull();
    expect(again.code).toBe(1);
  });

  it('a superseded record and its successor naming one service are no duplicate', async () => {
    const { report } = await checkJson([], repo());
    const rules = report.proposals.flatMap((p) => p.findings.map((f) => f.rule));
    expect(rules).not.toContain('duplicate-service');
  });

  it('shows a past decision’s findings in one collapsed block of the Markdown, with its status', async () => {
    const { report } = await checkJson(['docs/decisions/0002-ledger-in-rust.md'], repo());
    const md = renderMarkdown(report);
    const html = await marked.parse(md, { gfm: true });
    const findings = report.proposals[0]!.findings;
    expect(findings.length).toBeGreaterThan(0);
    const block = /<details><summary>(.*?)<\/summary>([\s\S]*?)<\/details>/.exec(html);
    expect(block?.[1]).toBe(`${findings.length} findings of this past decision`);
    for (const f of findings) expect(block?.[2]).toContain(f.rule);
    // Outside the block no finding is listed.
    const outside = html.replace(block![0], '');
    for (const f of findings) expect(outside).not.toContain(f.rule);
    expect(outside).toContain('superseded by ADR-0004: a past decision, never fails the gate');
  });

  it('the text output marks a past decision', async () => {
    const r = await cli(['check', 'docs/decisions/0003-fraud-scoring.md'], repo());
    expect(r.stdout).toContain(
      'docs/decisions/0003-fraud-scoring.md (fraud-scoring) [rejected: a past decision, never fails the gate]',
    );
    expect(r.stdout).toContain('The gate passes');
  });
});
