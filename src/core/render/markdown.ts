import type { Finding, ProposalReport, Report, Severity } from '../types.js';
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
  /**
   * The run did not see every file it should have (e.g. a pull request over the files API's
   * cap): the headline never claims a clean pass, and this reason is shown as a warning.
   */
  incomplete?: string;
  /** Shown instead of the default sentence when there is no proposal. */
  emptyText?: string;
  /** What changed since the previous run (the Action's sticky comment). */
  changes?: Changes;
}

/** A finding of an earlier run, as remembered: enough to name it, nothing to trust. */
export interface RememberedFinding {
  file: string;
  rule: string;
  severity: Severity;
}

export interface Changes {
  /** The open findings of this report that the previous run did not have (by identity). */
  newFindings: ReadonlySet<Finding>;
  /** Open findings of the previous run that are gone or waived now. */
  resolved: readonly RememberedFinding[];
  /** The commit the previous run judged, if known. */
  previousSha?: string;
}

// GitHub rejects comments over 65,536 characters; leave room for the marker and notes.
export const COMMENT_LIMIT = 65_000;

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  const icon = options.incomplete !== undefined ? '⚠️' : VERDICT_ICON[report.verdict];
  const suffix = options.incomplete !== undefined ? ' (incomplete)' : '';
  head.push(`## ${icon} Stack Verdict: ${VERDICT_LABEL[report.verdict]}${suffix}`, '');
  head.push(summaryLine(report), '');
  if (options.incomplete !== undefined) {
    head.push(`> [!WARNING]\n> ${escapeMarkdown(options.incomplete)}`, '');
  }
  for (const note of options.notes ?? []) head.push(note, '');
  if (options.changes) head.push(...changesHead(report, options.changes));
  if (report.proposals.length === 0) {
    head.push(options.emptyText ?? 'No service proposal was found in what this run checked.');
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
  return ['| Service | Language | Recommended | Verdict |', '|---|---|---|---|', ...rows].join(
    '\n',
  );
}

function proposalSection(p: ProposalReport, options: MarkdownOptions): string {
  const lines: string[] = [];
  const name = escapeMarkdown(p.service ?? p.file);
  lines.push(`### ${VERDICT_ICON[p.verdict]} ${name}`, '');
  const facts = [`<code>${escapeCode(p.file)}</code>`];
  if (p.status === 'draft') facts.push('draft: never fails the gate');
  if (p.recommended) {
    facts.push(
      `language **${escapeMarkdown(p.language ?? '?')}**, recommended **${p.recommended}**`,
    );
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
  const resolved = options.changes?.resolved.filter((r) => r.file === p.file) ?? [];
  if (resolved.length) {
    lines.push(`Resolved since the previous run: ${resolved.map(rememberedText).join(', ')}`, '');
  }
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
  const link = url ? safeUrl(url) : undefined;
  const where = link ? `[line ${f.line}](${link})` : `line ${f.line}`;
  const isNew = !f.waived && options.changes?.newFindings.has(f) ? ' 🆕 new' : '';
  return `- ${SEVERITY_ICON[f.severity]} **${f.severity}**${isNew} ${rule} (${where}): ${messageToMarkdown(f.message)}`;
}

/** The lines after the headline that say what changed since the previous run. */
function changesHead(report: Report, changes: Changes): string[] {
  const fresh = changes.newFindings.size;
  const resolved = changes.resolved.length;
  const since = changes.previousSha
    ? `the previous run (<code>${escapeCode(changes.previousSha.slice(0, 7))}</code>)`
    : 'the previous run';
  const out: string[] = [];
  if (fresh === 0 && resolved === 0) {
    out.push(`Since ${since}: no finding is new and none was resolved.`, '');
  } else {
    out.push(`Since ${since}: ${fresh} new, ${resolved} resolved.`, '');
  }
  const failing = report.counts.errors + report.counts.warnings;
  const wasFailing = changes.resolved.filter((r) => r.severity !== 'notice').length;
  if (wasFailing > 0 && failing === 0) {
    const fixed = `the ${plural(wasFailing, 'error or warning', 'errors and warnings')} of the previous run`;
    out.push(
      report.proposals.length > 0
        ? `🎉 Every proposal is fixed: ${fixed} ${wasFailing === 1 ? 'is' : 'are'} resolved.`
        : `No proposal is checked any more, so ${fixed} no longer ${wasFailing === 1 ? 'applies' : 'apply'}.`,
      '',
    );
  }
  const present = new Set(report.proposals.map((p) => p.file));
  const elsewhere = changes.resolved.filter((r) => !present.has(r.file));
  if (elsewhere.length) {
    const files = [...new Set(elsewhere.map((r) => r.file))];
    out.push(`Resolved in files no longer checked:`, '');
    for (const file of files) {
      const rules = elsewhere.filter((r) => r.file === file);
      out.push(`- <code>${escapeCode(file)}</code>: ${rules.map(rememberedText).join(', ')}`);
    }
    out.push('');
  }
  return out;
}

function rememberedText(r: RememberedFinding): string {
  return `${SEVERITY_ICON[r.severity]} <code>${escapeCode(r.rule)}</code>`;
}
