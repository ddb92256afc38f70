// What a reviewer reads in the comment and the job summary, checked against the JSON report of
// the same run, for every bundled example proposal.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { costLine } from '../../src/core/render/cost-line.js';
import { escapeMarkdown, messageToMarkdown } from '../../src/core/render/escape.js';
import { renderJson } from '../../src/core/render/json.js';
import { SEVERITY_ICON, VERDICT_ICON, VERDICT_LABEL } from '../../src/core/render/labels.js';
import { headline, renderMarkdown } from '../../src/core/render/markdown.js';
import { renderSummary } from '../../src/core/render/summary.js';
import type { Finding, ProposalReport, Report } from '../../src/core/types.js';
import { EXAMPLES } from '../helpers.js';
import { gateOrdered, occurrences, renderedText, renderGfm, unneutralised } from '../rendered.js';

const REPO_URL = 'https://github.com/acme/services';
const SHA = '0123456789abcdef0123456789abcdef01234567';

function exampleReport(): Report {
  const options = defaultEngineOptions();
  const results = readdirSync(EXAMPLES)
    .sort()
    .map((name) =>
      judgeFile(
        `examples/proposals/${name}`,
        readFileSync(path.join(EXAMPLES, name), 'utf8'),
        options,
      ),
    );
  return buildReport(results, 'error');
}

const report = exampleReport();
// The reader's view is compared with the JSON a machine reads, not with the objects in memory.
const json = JSON.parse(renderJson(report)) as Report;
// The comment lists the proposals that fail the gate first.
const ordered = gateOrdered(json.proposals, json.gate.failOn);
const repository = { url: REPO_URL, sha: SHA };
const outputs: [string, string][] = [
  ['comment', renderMarkdown(report, { marker: '<!-- stack-verdict -->', repository })],
  ['job summary', renderSummary(report, { repository })],
];

/** The proposal's section: from its heading to the next one (or the end). */
function sectionsOf(md: string): string[] {
  return md.split(/^### /m).slice(1);
}

/** The text inside the `<details>` whose summary starts with `summary`, or undefined. */
function detailsOf(section: string, summary: string): string | undefined {
  const start = section.indexOf(`<details><summary>${summary}`);
  if (start < 0) return undefined;
  return section.slice(start, section.indexOf('</details>', start));
}

/** The part of a section a reader sees without opening anything. */
function visibleOf(section: string): string {
  return section.replace(/<details>[\s\S]*?<\/details>/g, '');
}

function findingLine(text: string, p: ProposalReport, f: Finding): string | undefined {
  const prefix = `- ${SEVERITY_ICON[f.severity]} **${f.severity}** [<code>${escapeMarkdown(f.rule)}</code>](${f.docs}) `;
  return text
    .split('\n')
    .find(
      (l) =>
        l.startsWith(prefix) &&
        l.includes(`${messageToMarkdown(headline(f.message))} · `) &&
        l.includes(
          `[<code>${escapeMarkdown(`${path.basename(p.file)}:${f.line}`)}</code>](${REPO_URL}/blob/${SHA}/${p.file}#L${f.line})`,
        ),
    );
}

describe('the bundled examples make a report worth checking', () => {
  it('has every severity, a waiver, justifications and a skipped file', () => {
    const findings = json.proposals.flatMap((p) => p.findings);
    for (const s of ['error', 'warning', 'notice'] as const) {
      expect(findings.some((f) => f.severity === s && !f.waived)).toBe(true);
    }
    expect(findings.some((f) => f.waived)).toBe(true);
    expect(json.proposals.some((p) => p.justifications.length > 0)).toBe(true);
    expect(json.proposals.some((p) => p.recommended && p.justifications.length === 0)).toBe(true);
    expect(json.skipped.length).toBeGreaterThan(0);
  });
});

describe.each(outputs)('the %s, against the JSON report', (_name, md) => {
  const sections = sectionsOf(md);

  it('states the run verdict, the counts and the gate first', () => {
    const first = md.replace(/^<!--.*-->\n/, '').split('\n');
    expect(first[0]).toBe(
      `## ${VERDICT_ICON[json.verdict]} Stack Verdict: ${VERDICT_LABEL[json.verdict]}`,
    );
    const m = first[2]!.match(
      /^\*\*(\d+) proposals?\*\* · (\d+) errors? · (\d+) warnings? · (\d+) notices?(?: · (\d+) waived)? — the gate (passes|fails) \(fail-on: (\w+)\)$/,
    );
    expect(m).not.toBeNull();
    expect({
      proposals: Number(m![1]),
      errors: Number(m![2]),
      warnings: Number(m![3]),
      notices: Number(m![4]),
      waived: Number(m![5] ?? 0),
    }).toEqual(json.counts);
    expect(m![6]).toBe(json.gate.passed ? 'passes' : 'fails');
    expect(m![7]).toBe(json.gate.failOn);
  });

  it('has a table row per proposal with its language, recommendation and verdict', () => {
    const rows = md
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Service'))
      .map((l) => l.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '')));
    expect(rows).toEqual(
      ordered.map((p) => [
        `${escapeMarkdown(p.service!)}${p.status === 'draft' ? ' (draft)' : ''}`,
        escapeMarkdown(p.language!),
        // A proposal that is not valid is not judged: nothing is recommended.
        p.recommended === null ? '—' : escapeMarkdown(p.recommended),
        `${VERDICT_ICON[p.verdict]} ${VERDICT_LABEL[p.verdict]}`,
      ]),
    );
  });

  it('has a section per proposal, in order, headed by its verdict and service', () => {
    expect(sections.length).toBe(ordered.length);
    ordered.forEach((p, i) => {
      expect(sections[i]!.split('\n')[0]).toBe(
        `${VERDICT_ICON[p.verdict]} ${escapeMarkdown(p.service!)}`,
      );
    });
  });

  it("shows each proposal's Rust justifications as the report lists them", () => {
    ordered.forEach((p, i) => {
      if (p.recommended === null) {
        // Not judged (proposal-invalid): there are no justifications to show.
        expect(sections[i]).not.toContain('Rust justifications');
        return;
      }
      // Each with its basis (declared or measured), as justificationBasis says.
      const basis = (j: string) => {
        const b = p.justificationBasis?.[j];
        return b ? escapeMarkdown(` (${b})`) : '';
      };
      const shown = p.justifications.length
        ? p.justifications.map((j) => `<code>${escapeMarkdown(j)}</code>${basis(j)}`).join(', ')
        : 'none';
      expect(sections[i]).toContain(`Rust justifications: ${shown}`);
      expect(sections[i]).toContain(`recommended **${escapeMarkdown(p.recommended!)}**`);
    });
  });

  it('shows the cost line of each proposal that has costs, and none for the others', () => {
    ordered.forEach((p, i) => {
      const line = costLine(p.costs);
      if (line) expect(visibleOf(sections[i]!)).toContain(escapeMarkdown(line));
      else expect(sections[i]).not.toContain('Cost of Rust');
    });
  });

  it('shows every open error and warning as one visible line: severity, rule, headline, file:line', () => {
    ordered.forEach((p, i) => {
      const visible = visibleOf(sections[i]!);
      for (const f of p.findings.filter((f) => !f.waived && f.severity !== 'notice')) {
        expect(findingLine(visible, p, f), `${p.file} ${f.rule}`).toBeDefined();
      }
    });
  });

  it('collapses notices and waived findings, each still one line with its headline', () => {
    ordered.forEach((p, i) => {
      const visible = visibleOf(sections[i]!);
      const notices = p.findings.filter((f) => !f.waived && f.severity === 'notice');
      const waived = p.findings.filter((f) => f.waived);
      const noticeBlock = detailsOf(
        sections[i]!,
        `${SEVERITY_ICON.notice} ${notices.length} notice`,
      );
      const waivedBlock = detailsOf(sections[i]!, `${waived.length} waived finding`);
      expect(noticeBlock !== undefined).toBe(notices.length > 0);
      expect(waivedBlock !== undefined).toBe(waived.length > 0);
      for (const f of notices) {
        expect(findingLine(noticeBlock!, p, f)).toBeDefined();
        expect(findingLine(visible, p, f)).toBeUndefined();
      }
      for (const f of waived) {
        expect(findingLine(waivedBlock!, p, f)).toBeDefined();
        expect(findingLine(visible, p, f)).toBeUndefined();
        expect(waivedBlock).toContain(`Waived: ${escapeMarkdown(f.waiverReason!)}`);
      }
    });
  });

  it('shows every part of every message once: the headline on its line, the rest collapsed', () => {
    ordered.forEach((p, i) => {
      // A `code span` of a message is code in the comment: its text, without the backticks,
      // which the text of the rendered HTML sets off with spaces; compared without spaces.
      const read = (t: string) => t.replace(/`([^`]*)`/g, '$1').replace(/\s+/g, '');
      const text = read(unneutralised(renderedText(sections[i]!)));
      const visible = read(unneutralised(renderedText(visibleOf(sections[i]!))));
      const parts = p.findings.map((f) => {
        const head = headline(f.message);
        const clipped = head.endsWith('…') && !f.message.startsWith(head);
        const shown = clipped ? head.slice(0, -1) : head;
        const rest = f.message.slice(shown.length + (clipped ? 0 : 1)).trim();
        return { f, shown: read(shown), rest: read(rest) };
      });
      for (const { f, shown, rest } of parts) {
        // As often as the section has findings with the same words (none of the examples has).
        const same = parts.filter((x) => x.shown === shown).length;
        expect(occurrences(text, shown), `${p.file} ${f.rule}: ${shown}`).toBe(same);
        if (rest) {
          expect(occurrences(text, rest), `${p.file} ${f.rule}: ${rest}`).toBe(1);
          expect(visible).not.toContain(rest);
        }
      }
      expect(parts.some((x) => x.rest)).toBe(p.findings.length > 0);
    });
  });

  it('lists the proposals failing the gate first, then those with warnings, then the rest', () => {
    const failing = ordered.findIndex((p) => p.verdict !== 'changes-requested');
    expect(failing).toBeGreaterThan(0);
    expect(ordered.slice(failing).some((p) => p.verdict === 'changes-requested')).toBe(false);
    const passing = ordered.findIndex((p) => p.verdict === 'approved');
    expect(ordered.slice(passing).every((p) => p.verdict === 'approved')).toBe(true);
    // Stable: the report's order (by file) within each class.
    const files = ordered.slice(0, failing).map((p) => p.file);
    expect(files).toEqual([...files].sort());
    expect(sections.map((s) => s.split('\n')[0])).not.toEqual(
      json.proposals.map((p) => `${VERDICT_ICON[p.verdict]} ${escapeMarkdown(p.service!)}`),
    );
  });

  it('names the headline a reader expects for the best-known finding', () => {
    expect(md).toMatch(
      /\*\*error\*\* \[<code>rust-without-measured-constraint<\/code>\]\([^)]*\) Rust chosen without a measured constraint · \[<code>customer-portal-api\.md:\d+<\/code>\]/,
    );
  });
});

describe('the job summary', () => {
  const summary = outputs[1]![1];
  it('lists the skipped files with the reason', () => {
    for (const s of json.skipped) {
      expect(summary).toContain(
        `- <code>${escapeMarkdown(s.file)}</code>: ${escapeMarkdown(s.reason)}`,
      );
    }
  });
});

describe('a waiver, a cost line and links, from the data of the report', () => {
  function withWaivers(): Report {
    const r = buildReport(
      [
        judgeFile(
          'proposals/ledger.md',
          readFileSync(path.join(EXAMPLES, 'ledger-compactor.md'), 'utf8'),
          defaultEngineOptions(),
        ),
      ],
      'error',
    );
    return r;
  }

  it('shows the reason, the approver and the expiry of every waived finding', () => {
    const r = withWaivers();
    const f = r.proposals[0]!.findings.find((x) => x.waived)!;
    f.waiverApprovedBy = '@acme/storage-leads';
    f.waiverExpires = '2027-03-31';
    const md = renderMarkdown(r);
    expect(md).toContain(
      `<br>Waived: ${escapeMarkdown(f.waiverReason!)} · approved by @\u200bacme/storage-leads · expires 2027-03-31<br>`,
    );
  });

  it('says who must still approve a pending waiver, and who approved an approved one', () => {
    const r = withWaivers();
    const f = r.proposals[0]!.findings.find((x) => x.waived)!;
    f.waiverApproval = { status: 'approved', by: ['alice', 'bob'] };
    expect(renderMarkdown(r)).toContain(' · approved by alice, bob');
    // A pending waiver does not waive: the finding is open, and its line says why.
    f.waived = false;
    f.waiverApproval = { status: 'pending', by: ['@acme/leads'] };
    const line = renderMarkdown(r)
      .split('\n')
      .find((l) => l.includes(`<code>${escapeMarkdown(f.rule)}</code>](`))!;
    expect(line).toMatch(/ · waiver awaiting approval by @\u200bacme\/leads$/);
    expect(line.startsWith(`- ${SEVERITY_ICON[f.severity]} **${f.severity}**`)).toBe(true);
  });

  it('shows the cost line of a Rust proposal when the report has costs', () => {
    const r = withWaivers();
    r.proposals[0]!.costs = {
      premiumPerYear: [125_000, 150_000],
      onboardingEngineerMonths: [9, 18],
      rampEngineerMonthsPerYear: null,
      ciMinutesPerDay: 20,
    };
    const line = costLine(r.proposals[0]!.costs)!;
    expect(line).toMatch(/^Cost of Rust: /);
    for (const md of [renderMarkdown(r), renderSummary(r)]) {
      const section = sectionsOf(md)[0]!;
      expect(visibleOf(section)).toContain(`\n${escapeMarkdown(line)}\n`);
    }
    r.proposals[0]!.costs = null;
    expect(renderMarkdown(r)).not.toContain('Cost of Rust');
  });

  it('links file:line only when told the repository and commit (the CLI has neither)', () => {
    const r = withWaivers();
    const plain = renderMarkdown(r);
    expect(plain).not.toContain(REPO_URL);
    expect(plain).toMatch(/ · <code>ledger\.md:\d+<\/code>(<br>|$)/m);
    const linked = renderMarkdown(r, { repository: { url: `${REPO_URL}/`, sha: SHA } });
    expect(linked).toMatch(
      new RegExp(
        ` · \\[<code>ledger\\.md:(\\d+)</code>\\]\\(${REPO_URL}/blob/${SHA}/proposals/ledger\\.md#L\\1\\)`,
      ),
    );
    // A commit that is not one is no link.
    expect(renderMarkdown(r, { repository: { url: REPO_URL, sha: 'main)[x](y' } })).toBe(plain);
  });

  it('takes the headline from the message, not from a quoted value that has a stop in it', () => {
    expect(headline('Rust chosen without a measured constraint: the workload is io-bound.')).toBe(
      'Rust chosen without a measured constraint',
    );
    expect(headline('The value "a. b; c" is an estimate. Measure it.')).toBe(
      'The value "a. b; c" is an estimate',
    );
    expect(headline('Uses `go1.24: old`; update it.')).toBe('Uses `go1.24: old`');
    expect(headline('x'.repeat(500))).toHaveLength(160);
  });
});

describe('skipped files in the job summary, from a stranger', () => {
  it('are escaped, capped and never make a heading or a link', () => {
    const r = exampleReport();
    r.skipped = Array.from({ length: 150 }, (_, i) => ({
      file: `proposals/${i}[x](https://evil.example) @everyone.md`,
      reason: '## <b>forged</b>',
    }));
    const summary = renderSummary(r);
    expect(summary).toContain('**150 files skipped**, not judged as proposals:');
    expect(summary).toContain('- … and 50 more files');
    const headings = summary.split('\n').filter((l) => /^#{1,6} /.test(l));
    expect(headings.filter((l) => !/^(## .* Stack Verdict: |### )/.test(l))).toEqual([]);
    const html = renderGfm(summary);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('href="https://evil');
    expect(renderedText(summary)).toContain('## <b>forged</b>');
    expect(summary).not.toContain('@everyone');
  });
});
