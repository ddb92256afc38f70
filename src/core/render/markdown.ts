import type { Finding, ProposalReport, Report } from '../types.js';
import { escapeCode, escapeMarkdown, messageToMarkdown, safeUrl } from './escape.js';
import { plural, SEVERITY_ICON, VERDICT_ICON, VERDICT_LABEL } from './labels.js';

export interface MarkdownOptions {
  /** A hidden line that lets the Action find its comment again. */
  marker?: string;
  /** A link to a line of a file at the commit that was judged. */
  lineUrl?: (file: string, line: number) => string | undefined;
  /** Extra paragraphs after the headline (gate overrides, changes since the last run). */
  notes?: string[];
  /** Longest output; sections past it are left out with a pointer to `overflowHint`. */
  maxLength?: number;
  overflowHint?: string;
}

// GitHub rejects comments over 65,536 characters; leave room for the marker and notes.
export const COMMENT_LIMIT = 65_000;

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  head.push(`## ${VERDICT_ICON[report.verdict]} Stack Verdict: ${VERDICT_LABEL[report.verdict]}`, '');
  head.push(summaryLine(report), '');
  for (const note of options.notes ?? []) head.push(note, '');
  if (report.proposals.length === 0) {
    head.push('No service proposal was found in what this run checked.');
    return head.join('\n').trimEnd() + '\n';
  }
  head.push(overviewTable(report.proposals), '');

  const limit = options.maxLength ?? COMMENT_LIMIT;
  let out = head.join('\n');
  const sections = report.proposals.map((p) => proposalSection(p, options));
  let shown = 0;
  for (const section of sections) {
    const footer = sections.length - shown > 1 ? 400 : 0;
    if (out.length + section.length + 1 + footer > limit) break;
    out += `\n${section}`;
    shown++;
  }
  if (shown < sections.length) {
    const hint = options.overflowHint ?? 'Run `stack-verdict check` for the full report.';
    out += `\n> [!NOTE]\n> ${plural(sections.length - shown, 'more proposal')} did not fit in this comment. ${hint}\n`;
  }
  return out.trimEnd() + '\n';
}

function summaryLine(report: Report): string {
  const c = report.counts;
  const parts = [
    `**${plural(c.proposals, 'proposal')}**`,
    plural(c.errors, 'error'),
    plural(c.warnings, 'warning'),
    plural(c.notices, 'notice'),
  ];
  if (c.waived > 0) parts.push(`${c.waived} waived`);
  const gate = report.gate.passed ? 'the gate passes' : 'the gate fails';
  return `${parts.join(' · ')} — ${gate} (fail-on: ${report.gate.failOn})`;
}

function overviewTable(proposals: readonly ProposalReport[]): string {
  const rows = proposals.map((p) => {
    const draft = p.status === 'draft' ? ' (draft)' : '';
    return `| ${escapeMarkdown(p.service ?? '—')}${draft} | ${escapeMarkdown(p.language ?? '—')} | ${p.recommended ?? '—'} | ${VERDICT_ICON[p.verdict]} ${VERDICT_LABEL[p.verdict]} |`;
  });
  return ['| Service | Language | Recommended | Verdict |', '|---|---|---|---|', ...rows].join('\n');
}

function proposalSection(p: ProposalReport, options: MarkdownOptions): string {
  const lines: string[] = [];
  const name = escapeMarkdown(p.service ?? p.file);
  lines.push(`### ${VERDICT_ICON[p.verdict]} ${name}`, '');
  const facts = [`<code>${escapeCode(p.file)}</code>`];
  if (p.status === 'draft') facts.push('draft: never fails the gate');
  if (p.recommended) {
    facts.push(`language **${escapeMarkdown(p.language ?? '?')}**, recommended **${p.recommended}**`);
    const why = p.justifications.length
      ? p.justifications.map((j) => `<code>${j}</code>`).join(', ')
      : 'none';
    facts.push(`Rust justifications: ${why}`);
  }
  lines.push(facts.join(' · '), '');
  const open = p.findings.filter((f) => !f.waived);
  const waived = p.findings.filter((f) => f.waived);
  if (open.length === 0) lines.push('No findings.', '');
  for (const f of open) lines.push(findingLine(p.file, f, options));
  if (open.length) lines.push('');
  if (waived.length) {
    lines.push(`<details><summary>${plural(waived.length, 'waived finding')}</summary>`, '');
    for (const f of waived) {
      lines.push(
        `${findingLine(p.file, f, options)}<br>Waived: ${escapeMarkdown(f.waiverReason ?? '')}`,
      );
    }
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}

function findingLine(file: string, f: Finding, options: MarkdownOptions): string {
  const id = `<code>${escapeCode(f.rule)}</code>`;
  const docs = f.docs ? safeUrl(f.docs) : undefined;
  const rule = docs ? `[${id}](${docs})` : id;
  const url = options.lineUrl?.(file, f.line);
  const where = url ? `[line ${f.line}](${url})` : `line ${f.line}`;
  return `- ${SEVERITY_ICON[f.severity]} **${f.severity}** ${rule} (${where}): ${messageToMarkdown(f.message)}`;
}
