import { describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { planAnnotations } from '../../src/core/render/annotations.js';
import { escapeCode } from '../../src/core/render/escape.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderSummary } from '../../src/core/render/summary.js';
import type { Report } from '../../src/core/types.js';
import { example } from './fake-github.js';
import { renderGfm } from '../rendered.js';

async function report(files: Record<string, string>): Promise<Report> {
  const options = defaultEngineOptions();
  return buildReport(
    Object.entries(files).map(([f, t]) => judgeFile(f, t, options)),
    'error',
  );
}

describe('renderMarkdown options', () => {
  it('renders as before without the new options', async () => {
    const r = await report({ 'proposals/p.md': await example('customer-portal-api.md') });
    const plain = renderMarkdown(r);
    expect(plain).toMatch(/^## ❌ Stack Verdict: Changes requested\n/);
    expect(plain).not.toMatch(/new|Since the previous run|incomplete/);
    expect(renderMarkdown(r, { changes: undefined, incomplete: undefined })).toBe(plain);
  });

  it('marks an incomplete run in the headline and escapes the reason', async () => {
    const r = await report({ 'proposals/o.yaml': await example('orders-api.yaml') });
    const md = renderMarkdown(r, { incomplete: 'only <3000> seen @team' });
    expect(md).toMatch(/^## ⚠️ Stack Verdict: Approved \(incomplete\)\n/);
    expect(md).toContain('> [!WARNING]\n> only <3000> seen @\u200bteam');
  });

  it('escapes remembered file names and rule ids from the state', async () => {
    const r = await report({});
    const md = renderMarkdown(r, {
      changes: {
        newFindings: new Set(),
        resolved: [{ file: 'p/<img>@x.yaml', rule: 'team-missing', severity: 'warning' }],
      },
    });
    expect(md).toContain(
      `<code>${escapeCode('p/<img>@x.yaml')}</code>: 🟡 <code>${escapeCode('team-missing')}</code>`,
    );
    expect(renderGfm(md)).not.toContain('<img');
    expect(md).not.toMatch(/@x/);
  });

  it('uses the given text when there is no proposal', async () => {
    expect(renderMarkdown(await report({}), { emptyText: 'Nothing here.' })).toMatch(
      /Nothing here\.\n$/,
    );
  });
});

describe('renderSummary', () => {
  it('has no marker and stays within the byte limit by leaving proposals out', async () => {
    const files: Record<string, string> = {};
    const text = await example('customer-portal-api.md');
    for (let i = 0; i < 40; i++) files[`proposals/p${i}.md`] = text;
    const r = await report(files);
    const limit = 20_000;
    const md = renderSummary(r, { overflowHint: 'See the JSON report.' }, limit);
    expect(new TextEncoder().encode(md).length).toBeLessThanOrEqual(limit);
    expect(md).toMatch(/more proposals did not fit in this comment\. See the JSON report\./);
    expect(md).not.toContain('<!--');
  });
});

describe('planAnnotations', () => {
  it('leaves waived findings out and orders by severity', async () => {
    const r = await report({
      'proposals/l.md': await example('ledger-compactor.md'),
      'proposals/p.md': await example('customer-portal-api.md'),
    });
    const plan = planAnnotations(r);
    const levels = plan.annotations.map((a) => a.level);
    expect(levels).toEqual(
      [...levels].sort(
        (a, b) =>
          ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b),
      ),
    );
    const waived = r.proposals.flatMap((p) => p.findings.filter((f) => f.waived));
    expect(waived.length).toBeGreaterThan(0);
    expect(
      plan.annotations.filter((a) => a.file === 'proposals/l.md').map((a) => a.title),
    ).not.toContain(waived[0]!.rule);
    expect(plan.overflow).toBeUndefined();
  });

  it('orders files within a level by code unit, as the shells sort file lists, on any locale', async () => {
    const text = await example('customer-portal-api.md');
    // One service each: a service named in two files is a duplicate-service error (policy 1.1).
    const as = (service: string) => text.replace(/^service: .*$/m, `service: ${service}`);
    const r = await report({
      'proposals/b.md': as('b'),
      'proposals/B.md': as('B'),
      'proposals/a.md': as('a'),
    });
    const errors = planAnnotations(r).annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => a.file)).toEqual([
      'proposals/B.md',
      'proposals/a.md',
      'proposals/b.md',
    ]);
  });
});
