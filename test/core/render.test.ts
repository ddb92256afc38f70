import { describe, expect, it } from 'vitest';
import {
  buildReport,
  defaultEngineOptions,
  judgeFile,
  type FileResult,
} from '../../src/core/engine.js';
import { renderJson } from '../../src/core/render/json.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderText } from '../../src/core/render/text.js';
import type { FailOn, Report } from '../../src/core/types.js';
import { proposal } from '../helpers.js';
import { renderGfm } from '../rendered.js';

function run(files: Record<string, string>, failOn: FailOn = 'error'): Report {
  const options = defaultEngineOptions();
  const results: FileResult[] = Object.entries(files).map(([file, text]) =>
    judgeFile(file, text, options),
  );
  return buildReport(results, failOn);
}

// The proposal behind the example report of the rules' first version: `language` on line 6, column 11.
const BILLING_LEDGER = `# yaml-language-server: $schema=../schema/proposal.schema.json
service: billing-ledger
summary: Records every billing event and serves balances.
owner: "@acme/payments"
status: proposed
language: rust
kind: http-api
workload:
  bound: io
team:
  size: 6
  rust-experience: 0
`;

describe('JSON report', () => {
  const report = run({ 'proposals/billing-ledger.yaml': BILLING_LEDGER });
  const text = renderJson(report);
  const json = JSON.parse(text);

  it('matches the example of the contract', () => {
    expect(json).toMatchObject({
      version: 1,
      verdict: 'changes-requested',
      counts: { proposals: 1, errors: 1, warnings: 1, notices: 1, waived: 0 },
      proposals: [
        {
          file: 'proposals/billing-ledger.yaml',
          service: 'billing-ledger',
          language: 'rust',
          status: 'proposed',
          recommended: 'go',
          justifications: [],
          verdict: 'changes-requested',
        },
      ],
    });
    expect(json.proposals[0].findings[0]).toMatchObject({
      rule: 'rust-without-measured-constraint',
      severity: 'error',
      message: expect.stringMatching(/^Rust chosen without a measured constraint: /),
      line: 6,
      column: 11,
      waived: false,
    });
  });

  it('keeps the fields of the contract in its order, with their types', () => {
    expect(Object.keys(json).slice(0, 4)).toEqual(['version', 'verdict', 'counts', 'proposals']);
    expect(Object.keys(json.counts)).toEqual([
      'proposals',
      'errors',
      'warnings',
      'notices',
      'waived',
    ]);
    const p = json.proposals[0];
    expect(Object.keys(p).slice(0, 8)).toEqual([
      'file',
      'service',
      'language',
      'status',
      'recommended',
      'justifications',
      'verdict',
      'findings',
    ]);
    for (const f of p.findings) {
      expect(Object.keys(f).slice(0, 6)).toEqual([
        'rule',
        'severity',
        'message',
        'line',
        'column',
        'waived',
      ]);
      expect(f).toEqual(
        expect.objectContaining({
          rule: expect.any(String),
          severity: expect.stringMatching(/^(error|warning|notice)$/),
          message: expect.any(String),
          line: expect.any(Number),
          column: expect.any(Number),
          waived: expect.any(Boolean),
        }),
      );
    }
    expect(p.findings.map((f: { rule: string }) => f.rule)).toEqual([
      'rust-without-measured-constraint',
      'rust-onboarding-cost',
      'rust-hiring-premium',
    ]);
  });

  it('is pretty-printed JSON ending in a newline', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "verdict": "changes-requested",\n');
  });

  it('uses null for what an invalid proposal does not say', () => {
    const bad = JSON.parse(renderJson(run({ 'p.yaml': '- not a mapping\n' })));
    expect(bad.proposals[0]).toMatchObject({
      service: null,
      language: null,
      recommended: null,
      justifications: [],
      verdict: 'changes-requested',
    });
  });

  it('reports a waived finding as waived and counts it only as waived', () => {
    const waived = JSON.parse(
      renderJson(
        run({
          'p.yaml': proposal(
            { kind: 'database' },
            'waivers:\n  - rule: go-systems-software\n    reason: Reviewed.\n',
          ),
        }),
      ),
    );
    expect(waived.counts).toEqual({ proposals: 1, errors: 0, warnings: 0, notices: 0, waived: 1 });
    expect(waived.proposals[0].findings[0]).toMatchObject({
      rule: 'go-systems-software',
      waived: true,
    });
    expect(waived.verdict).toBe('approved');
  });

  it('has no proposals and the no-proposals verdict when nothing was judged', () => {
    const empty = JSON.parse(renderJson(run({ 'proposals/README.md': '# Notes\n' })));
    expect(empty).toMatchObject({ version: 1, verdict: 'no-proposals', proposals: [] });
    expect(empty.counts).toEqual({ proposals: 0, errors: 0, warnings: 0, notices: 0, waived: 0 });
  });
});

describe('text report', () => {
  const report = run({
    'proposals/a.yaml': proposal({ language: 'rust' }),
    'proposals/b.yaml': proposal(
      { kind: 'database' },
      'waivers:\n  - rule: go-systems-software\n    reason: Reviewed by storage.\n',
    ).replace('service: svc', 'service: svc-b'),
    'proposals/README.md': '# Proposals\n',
  });
  const plain = renderText(report, { color: false });

  it('groups the findings under their file', () => {
    const lines = plain.split('\n');
    const a = lines.indexOf('proposals/a.yaml (svc)');
    const b = lines.indexOf('proposals/b.yaml (svc-b)');
    const rustError = lines.findIndex((l) =>
      /^ {2}2:11 +error +rust-without-measured-constraint$/.test(l),
    );
    const waived = lines.findIndex((l) => /^ {2}3:7 +waived +go-systems-software$/.test(l));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(rustError);
    expect(rustError).toBeLessThan(b);
    expect(b).toBeLessThan(waived);
    expect(lines.filter((l) => l.startsWith('proposals/a.yaml')).length).toBe(1);
  });

  it('shows the message, the waiver reason, skipped files and the summary', () => {
    expect(plain).toContain('\n          Rust chosen without a measured constraint: ');
    expect(plain).toContain('\n          waived: Reviewed by storage.\n');
    expect(plain).toContain(
      'proposals/README.md: skipped (Markdown file with no YAML front matter)',
    );
    expect(plain.trimEnd().split('\n').at(-1)).toBe(
      'Changes requested: 2 proposals, 1 error, 1 warning, 0 notices, 1 waived. The gate fails (fail-on: error).',
    );
  });

  it('has no ANSI codes without color', () => {
    expect(plain).not.toContain('\u001b');
  });

  it('colours severities and the verdict with color', () => {
    const colored = renderText(report, { color: true });
    expect(colored).toContain('\u001b[31merror  \u001b[0m');
    expect(colored).toContain('\u001b[33mwarning\u001b[0m');
    expect(colored).toContain('\u001b[31mfails\u001b[0m');
    // eslint-disable-next-line no-control-regex
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('strips control characters and line breaks that come from the proposal', () => {
    const evil = run({
      'p/\u001b[2Jx.yaml': [
        'service: "svc\\u001b]0;pwned\\u0007\\u009b31m\\rX"',
        'language: rust',
        'kind: http-api',
        'workload:',
        '  bound: io',
        'waivers:',
        '  - rule: rust-without-measured-constraint',
        '    reason: "ok\\u001b[2K\\n  1:1     error   forged-rule\\u0008"',
        '',
      ].join('\n'),
    });
    for (const color of [false, true]) {
      // eslint-disable-next-line no-control-regex
      const out = renderText(evil, { color }).replace(/\u001b\[\d+m/g, '');
      // eslint-disable-next-line no-control-regex
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(out).not.toMatch(/^ {2}1:1 +error +forged-rule/m);
    }
    const out = renderText(evil, { color: false });
    expect(out).toContain('p/[2Jx.yaml (svc]0;pwned31mX)');
    expect(out).toContain('waived: ok[2K   1:1     error   forged-rule');
  });
});

describe('Markdown report', () => {
  const EVIL =
    'x @everyone @org/team <img src=x onerror=alert(1)> </details> [click](https://evil.example/p) ' +
    '<!-- stack-verdict --> a|b https://bare.example.com www.evil.com';
  const q = JSON.stringify(EVIL);
  const report = run({
    'proposals/evil.yaml': [
      `service: ${q}`,
      'language: rust',
      'kind: http-api',
      'workload:',
      '  bound: io',
      'constraints:',
      '  - type: memory',
      '    source: estimate',
      `    observed: ${q}`,
      'waivers:',
      '  - rule: team-missing',
      `    reason: ${q}`,
      '',
    ].join('\n'),
    'proposals/bad-language.yaml': `service: s\nlanguage: ${q}\nkind: cli\nworkload:\n  bound: io\n`,
    // Inside workload: an unknown key there is an error (at the top level, a notice).
    'proposals/bad-key.yaml': `${proposal()}  ${JSON.stringify('[k](https://evil.example/k) @everyone')}: 1\n`,
  });
  const md = renderMarkdown(report);

  it('carries the proposal text (escaped) so the test is meaningful', () => {
    expect(report.proposals.map((p) => p.file)).toEqual([
      'proposals/evil.yaml',
      'proposals/bad-language.yaml',
      'proposals/bad-key.yaml',
    ]);
    expect(md).toContain('@\u200beveryone');
    expect(md).toContain('\\<img src');
    expect(md).toContain('Waived: x @\u200beveryone');
  });

  it('mentions nobody', () => {
    expect(md).not.toMatch(/@everyone/);
    expect(md).not.toMatch(/@org\/team/);
  });

  it('opens and closes no HTML of its own', () => {
    expect(renderGfm(md)).not.toMatch(/<img/i);
    // Our collapsed blocks only: one per kind of block, each closed.
    const opened = md.match(/(?<!\\)<details>/g)?.length;
    expect(opened).toBe(md.match(/<details><summary>/g)?.length);
    expect(opened).toBe(md.match(/(?<!\\)<\/details>/g)?.length);
    expect(md.match(/<summary>\d+ waived finding<\/summary>/g)?.length).toBe(1);
  });

  it('injects no link and no comment marker', () => {
    expect(renderGfm(md)).not.toContain('href="https://evil');
    expect(md).not.toMatch(/(?<!\\)\[click(?<!\\)\]/);
    expect(md).not.toMatch(/(?<!\\)\[k(?<!\\)\]/);
    expect(md).not.toMatch(/(?<!\\)<!--/);
    const marked = renderMarkdown(report, { marker: '<!-- stack-verdict -->' });
    expect(marked.match(/(?<!\\)<!--/g)?.length).toBe(1);
    expect(marked.startsWith('<!-- stack-verdict -->\n')).toBe(true);
  });

  it('leaves no bare URL for GitHub to autolink', () => {
    expect(md).not.toMatch(/https?:\/\/(evil|bare)/);
    expect(md).not.toMatch(/www\.evil/);
    const links = [...renderGfm(md).matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https:\/\/github\.com\/stack-verdict\//);
  });

  it('keeps the overview table to four columns', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows.length).toBe(1 + report.proposals.length);
    for (const row of rows) expect(row.match(/(?<!\\)\|/g)?.length).toBe(5);
  });

  it('shows the verdict, counts and gate in its headline', () => {
    expect(md.startsWith('## ❌ Stack Verdict: Changes requested\n')).toBe(true);
    expect(md).toContain(
      '**3 proposals** · 3 errors · 1 warning · 0 notices · 1 waived — the gate fails (fail-on: error)',
    );
  });

  describe('length limit', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 30; i++) {
      many[`proposals/p${String(i).padStart(2, '0')}.yaml`] = proposal(
        { language: 'rust' },
        'team:\n  size: 5\n  rust-experience: 1\n',
      ).replace('service: svc', `service: svc-${i}`);
    }
    const big = run(many);
    const full = renderMarkdown(big, { maxLength: 10_000_000 });
    const limit = 8_000;
    const cut = renderMarkdown(big, { maxLength: limit });

    it('is needed for this report', () => {
      expect(full.length).toBeGreaterThan(limit);
    });

    it('stays within the limit and cuts between proposals, with a note', () => {
      expect(cut.length).toBeLessThanOrEqual(limit);
      const note = cut.indexOf('\n> [!NOTE]\n');
      expect(note).toBeGreaterThan(0);
      const body = cut.slice(0, note).trimEnd();
      expect(full.startsWith(body)).toBe(true);
      // What follows in the full report is the next proposal's heading.
      expect(full.slice(body.length).trimStart().startsWith('### ')).toBe(true);
      const shown = body.match(/^### /gm)?.length ?? 0;
      expect(shown).toBeGreaterThan(0);
      expect(cut).toContain(
        `> ${30 - shown} more proposals did not fit in this comment. Run \`stack-verdict check\` for the full report.`,
      );
    });

    it('uses the given overflow hint', () => {
      expect(
        renderMarkdown(big, { maxLength: limit, overflowHint: 'See the job summary.' }),
      ).toContain('did not fit in this comment. See the job summary.');
    });

    it('adds no note when everything fits', () => {
      expect(full).not.toContain('[!NOTE]');
    });
  });
});
