// The comment and the job summary: text from a pull request never mentions anyone, opens
// or closes HTML, forges a marker, breaks the table or links anywhere, and the whole
// comment always fits GitHub's 65,536 characters (the summary 1 MiB).

import { afterEach, describe, expect, it } from 'vitest';
import { markerFor } from '../../src/action/comment/marker.js';
import { overrideNote } from '../../src/action/override.js';
import { engineOptionsFromConfig, overrideGate, parseConfig } from '../../src/config/index.js';
import {
  buildReport,
  defaultEngineOptions,
  judgeFile,
  type EngineOptions,
} from '../../src/core/engine.js';
import { planAnnotations } from '../../src/core/render/annotations.js';
import { escapeMarkdown, messageToMarkdown } from '../../src/core/render/escape.js';
import {
  COMMENT_LIMIT,
  GITHUB_COMMENT_MAX,
  renderMarkdown,
} from '../../src/core/render/markdown.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/core/render/summary.js';
import type { Report } from '../../src/core/types.js';
import { proposal } from '../helpers.js';
import {
  cleanTempDirs,
  FakeGitHub,
  HEAD,
  OWNER,
  pullRequestPayload,
  REPO,
  runScenario,
} from '../action/fake-github.js';
import { HOSTILE, markdownViolations } from './safety.js';

afterEach(cleanTempDirs);

const q = JSON.stringify(HOSTILE);
const LINE_LINKS = `https://github.com/${OWNER}/${REPO}/blob/`;
const DOCS = 'https://github.com/stack-verdict/stack-verdict/blob/';

function report(files: Record<string, string>, options: EngineOptions = defaultEngineOptions()) {
  return buildReport(
    Object.entries(files).map(([f, t]) => judgeFile(f, t, options)),
    'error',
  );
}

describe('every string from a pull request, through the Action, in the comment and the summary', () => {
  it('service, file name, language, waiver rule and reason, constraint text, approved-by', async () => {
    const fake = new FakeGitHub();
    const hostileName = `proposals/${HOSTILE.replace(/[\n/]/g, ' ')}.yaml`;
    fake.addPrFile(
      hostileName,
      [
        `service: ${q}`,
        'language: go',
        'kind: database',
        'workload:',
        '  bound: cpu',
        '  hot-path: [compression]',
        'constraints:',
        '  - type: memory',
        '    source: production',
        `    observed: ${q}`,
        `    runtime: ${q}`,
        'waivers:',
        '  - rule: go-systems-software',
        `    reason: ${q}`,
        '  - rule: go-cpu-bound-hot-path',
        '    reason: ok',
        '    expires: 2000-01-01',
        `    approved-by: ${q}`,
        `  - rule: ${q}`,
        '    reason: x',
        '',
      ].join('\n'),
    );
    fake.addPrFile(
      'proposals/language.yaml',
      `service: s\nlanguage: ${q}\nkind: cli\nworkload:\n  bound: io\n`,
    );
    fake.addPrFile('proposals/key.yaml', `${proposal()}${JSON.stringify(`${HOSTILE} key`)}: 1\n`);
    const { result } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
      env: { GITHUB_ACTION_REPOSITORY: 'stack-verdict/stack-verdict', GITHUB_ACTION_REF: 'v1' },
    });
    const body = fake.comments[0]!.body;
    // The test means something: the hostile text is there, escaped.
    const messages = result!.report.proposals.flatMap((p) => p.findings.map((f) => f.message));
    expect(messages.join('\n')).toContain('@everyone');
    expect(result!.report.proposals.map((p) => p.file)).toContain(hostileName);
    expect(body).toContain('@\u200beveryone');
    expect(body).toContain('Waived: ');
    expect(markdownViolations(body, { links: [LINE_LINKS, DOCS], comments: 2 })).toEqual([]);
    expect(body.startsWith(`${markerFor('')}\n`)).toBe(true);
    expect(markdownViolations(result!.summary, { links: [LINE_LINKS, DOCS] })).toEqual([]);
  });

  it('custom-rule messages with placeholders filled from the proposal, and their backticks', () => {
    const config = parseConfig(
      '.github/stack-verdict.yml',
      [
        'custom-rules:',
        '  - id: team-rule',
        '    severity: error',
        '    message: "`{service}` in {language} — see `{owner}` and {summary} @everyone <b>"',
        '    docs: https://wiki.example.com/policy',
        '    when: { field: kind, equals: cli }',
        '',
      ].join('\n'),
    );
    const r = report(
      {
        'p.yaml': `service: ${q}\nowner: ${q}\nsummary: ${q}\nlanguage: go\nkind: cli\nworkload:\n  bound: io\n`,
      },
      engineOptionsFromConfig(config),
    );
    const finding = r.proposals[0]!.findings.find((f) => f.rule === 'team-rule')!;
    // Placeholders are clipped to 200 characters; the mentions and HTML come before that.
    expect(finding.message).toContain('`@everyone @org/team <img src=x onerror=alert(1)>');
    const md = renderMarkdown(r);
    expect(markdownViolations(md, { links: ['https://wiki.example.com/policy', DOCS] })).toEqual(
      [],
    );
  });

  it('an override label', () => {
    const r = overrideGate(report({ 'p.yaml': proposal({ language: 'rust' }) }), HOSTILE);
    const md = renderMarkdown(r, { notes: [overrideNote(r)!] });
    expect(md).toContain('The gate was overridden');
    expect(markdownViolations(md, { links: [DOCS] })).toEqual([]);
  });

  it('file names and rule ids remembered from the previous run', () => {
    const r = report({ 'p.yaml': proposal() });
    const md = renderMarkdown(r, {
      changes: {
        newFindings: new Set(),
        resolved: [
          { file: HOSTILE, rule: HOSTILE, severity: 'error' },
          { file: 'p.yaml', rule: HOSTILE, severity: 'warning' },
        ],
        previousSha: HOSTILE,
      },
    });
    expect(markdownViolations(md, { links: [DOCS] })).toEqual([]);
  });

  it('the reason of an incomplete run and a note with user text, escaped by the caller', () => {
    const md = renderMarkdown(report({ 'p.yaml': proposal() }), {
      incomplete: HOSTILE,
      notes: [`> [!NOTE]\n> ${messageToMarkdown(`a \`${HOSTILE}\` b`)}`],
    });
    expect(markdownViolations(md, { links: [DOCS] })).toEqual([]);
  });

  it.each([
    ['a mention', '@everyone', '@\u200beveryone'],
    ['a team', '@org/team', '@\u200borg/team'],
    ['not the @ of an e-mail address', 'jane@example.com', 'jane@example.com'],
    ['math', '$x$', '$x\\$'],
    ['not a price', 'costs $25,000–$30,000 a year', 'costs $25,000–$30,000 a year'],
    ['an issue reference', '#12 GH-3', '#\u200b12 GH-\u200b3'],
    ['a commit id, left as written', 'deadbeefcafe1234', 'deadbeefcafe1234'],
    ['a bidi override', 'a\u202eb\u2066c', 'abc'],
    ['a URL', 'https://x.example www.y.example', 'https\\://x.example www\\.y.example'],
    ['an HTML comment', '<!-- x -->', '\\<!-- x -->'],
    ['a heading', '## x', '\\## x'],
    ['a heading closed', 'a #', 'a \\#'],
    ['a list item', '- x', '\\- x'],
    ['an ordered list item', '12. x', '12\\. x'],
    ['a quote', '> x', '\\> x'],
    ['a thematic break', '---', '\\---'],
    ['emphasis', '*a* _b_ a*b', '\\*a\\* \\_b\\_ a\\*b'],
    ['not a word joined by _', 'a_b_c snake_case', 'a_b_c snake_case'],
    ['an entity', '&amp; &#64; & b', '\\&amp; \\&#\u200b64; & b'],
    ['a backslash before punctuation', 'a\\- b\\c', 'a\\\\- b\\c'],
    ['a table cell', 'a|b', 'a\\|b'],
    ['strikethrough', '~~a~~', '\\~\\~a\\~\\~'],
    ['a code span', '`a`', '\\`a\\`'],
    [
      'readable text',
      'billing-engine go1.24 1.26 (x) a.b! "q" {c} =d+e',
      'billing-engine go1.24 1.26 (x) a.b! "q" {c} =d+e',
    ],
  ])('escapeMarkdown: %s', (_name, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('escapes text inside <code> like plain text: GitHub parses links between raw tags', () => {
    expect(messageToMarkdown('see `[x](https://evil.example) @a <b>`')).toBe(
      'see <code>\\[x\\]\\(https\\://evil.example) @\u200ba \\<b></code>',
    );
    // An odd number of backticks still closes every <code>.
    expect(messageToMarkdown('a `b` `c')).toBe('a <code>b</code> <code>c</code>');
  });
});

/** `count` valid proposals named with `nameLength` characters, as files of a report. */
function manyProposals(count: number, nameLength = 60, name = (i: number) => `s${i}`) {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const service = name(i).padEnd(nameLength, 'x').slice(0, nameLength);
    files[`proposals/p${String(i).padStart(5, '0')}.yaml`] = proposal({ language: 'rust' }).replace(
      'service: svc',
      `service: ${service}`,
    );
  }
  return report(files);
}

describe('the comment always fits', () => {
  it('800 proposals with 60-character names (the known bug: 74,583 characters before)', () => {
    const r = manyProposals(800);
    const md = renderMarkdown(r, { overflowHint: 'The job summary has the full report.' });
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    // The table is cut too, with a row and a note saying so, and the pointer.
    expect(md).toMatch(/^\| … \d+ more proposals \| \| \| \|$/m);
    expect(md).toMatch(
      /> The table lists \d+ of 800 proposals and \d+ are shown in detail: the rest did not fit in this comment\. The job summary has the full report\.\n$/,
    );
    // Cut at a proposal boundary: every section shown is whole, as in the full report.
    const full = renderMarkdown(r, { maxLength: 10_000_000 });
    const body = md.slice(0, md.lastIndexOf('\n> [!NOTE]'));
    const sections = body.split('\n### ').slice(1);
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) {
      const at = full.indexOf(`\n### ${s.trimEnd()}\n`);
      expect(at).toBeGreaterThan(0);
      expect(full.slice(at + 5 + s.trimEnd().length)).toMatch(/^\n+(### |$)/);
    }
    expect(markdownViolations(md, { links: [DOCS] })).toEqual([]);
  });

  it('800 proposals through the Action: the posted body with its data stays within 65,536', async () => {
    const fake = new FakeGitHub();
    for (let i = 0; i < 800; i++) {
      fake.addPrFile(
        `proposals/p${String(i).padStart(4, '0')}.yaml`,
        proposal({ language: 'rust' }).replace(
          'service: svc',
          `service: ${'s'.repeat(56)}${String(i).padStart(4, '0')}`,
        ),
      );
    }
    const { result } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload({ changed_files: 800 }),
      fake,
    });
    const body = fake.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_MAX);
    expect(body).toContain("The job summary of this run's workflow has the full report.");
    expect(Buffer.byteLength(result!.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(markdownViolations(body, { links: [LINE_LINKS, DOCS], comments: 2 })).toEqual([]);
  }, 60_000);

  it.each([1_000, 50_000])(
    'a limit of %i characters is never exceeded, whatever the report',
    (limit) => {
      const r = manyProposals(300, 200, (i) => `${'名'.repeat(50)}${i}`);
      const md = renderMarkdown(r, { maxLength: limit, marker: markerFor('x') });
      expect(md.length).toBeLessThanOrEqual(limit);
      expect(md.startsWith(markerFor('x'))).toBe(true);
    },
  );

  it('one proposal with thousands of findings is shown cut short, not left out', () => {
    // Unknown keys inside a mapping are errors (at the top level they would be notices).
    const keys = Array.from({ length: 4000 }, (_, i) => `  k${i}: ${i}`).join('\n');
    const r = report({ 'p.yaml': proposal({}, `team:\n${keys}`) });
    const md = renderMarkdown(r, { maxLength: 20_000 });
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(md).toContain('### ❌ svc');
    expect(md).toMatch(/^- … \d+ more findings of this proposal not shown here$/m);
  });

  it('a megabyte of service name is clipped in the table and the heading', () => {
    const r = report({
      'p.yaml': proposal().replace('service: svc', `service: ${'a'.repeat(1 << 20)}`),
    });
    const md = renderMarkdown(r);
    expect(md.length).toBeLessThan(10_000);
    expect(md).toContain('…');
  });

  it('thousands of remembered findings of files no longer checked are summed up', () => {
    const resolved = Array.from({ length: 10_000 }, (_, i) => ({
      file: `proposals/gone-${i % 5000}.yaml`,
      rule: 'team-missing',
      severity: 'warning' as const,
    }));
    const md = renderMarkdown(report({}), {
      changes: { newFindings: new Set(), resolved, previousSha: HEAD },
    });
    expect(md.length).toBeLessThan(10_000);
    expect(md).toContain('- … and 4980 more files');
  });

  it('the job summary stays within 1 MiB of UTF-8 with 5,000 proposals of three-byte names', () => {
    const r = manyProposals(5000, 100, (i) => `${'名'.repeat(90)}${i}`);
    const md = renderSummary(r, { overflowHint: 'See the JSON report.' });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES - 1024);
    expect(md).toContain('See the JSON report.');
  }, 60_000);
});

describe('annotations stay within the per-step caps', () => {
  it('at most 10 of each level, messages and titles clipped', () => {
    const r = manyProposals(30);
    r.proposals[0]!.findings[0]!.message = 'm'.repeat(100_000);
    r.proposals[0]!.findings[0]!.rule = 'r'.repeat(1000);
    const plan = planAnnotations(r);
    for (const level of ['error', 'warning', 'notice'] as const) {
      expect(plan.annotations.filter((a) => a.level === level).length).toBeLessThanOrEqual(10);
    }
    for (const a of plan.annotations) {
      expect(a.message.length).toBeLessThanOrEqual(4000);
      expect(a.title.length).toBeLessThanOrEqual(255);
    }
    expect(plan.overflow).toMatch(/did not fit in the annotations/);
  });

  it('a severity that is not one of ours (a report from elsewhere) picks no other sink method', () => {
    const r = manyProposals(1) as Report;
    (r.proposals[0]!.findings[0] as { severity: string }).severity = 'setFailed';
    expect(planAnnotations(r).annotations.map((a) => a.level)).not.toContain('setFailed');
  });
});
