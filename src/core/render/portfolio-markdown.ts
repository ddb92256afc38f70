import { formatNumber, plural, range, usdRange } from '../format.js';
import type { InventoryEntry, Portfolio, PortfolioWaiver } from '../portfolio.js';
import { statusKeyword } from '../status.js';
import type { Costs } from '../types.js';
import { clipText, escapeCode, escapeMarkdown, messageToMarkdown } from './escape.js';
import { VERDICT_ICON, VERDICT_LABEL } from './labels.js';
import {
  contradictionsHeading,
  EVIDENCE_INTRO,
  EVIDENCE_TITLE,
  evidenceRows,
  fileHref,
  manyRepositories,
  repositoryError,
  splitInventory,
  waiverWords,
  type PortfolioLinkOptions,
} from './portfolio-common.js';
import { driftMarkdown } from './portfolio-drift.js';

export interface PortfolioMarkdownOptions extends PortfolioLinkOptions {
  /** A hidden first line that lets the Action find its issue again. */
  marker?: string;
  /** Longest output (GitHub's issue body holds 65,536 characters). */
  maxLength?: number;
  /** Where the whole page is when this one had to be cut: Markdown of ours, never proposal text. */
  fullPageHint?: string;
  title?: string;
}

export const DEFAULT_PORTFOLIO_TITLE = 'Architecture decisions';
/** GitHub's limit for an issue body, less room for the marker. */
export const ISSUE_BODY_LIMIT = 65_000;

const MAX_NAME = 120;
const MAX_REASON = 300;
const MAX_MESSAGE = 600;
/** Rows per list tried in turn until the page fits; Infinity lists everything. */
const ROW_STEPS = [Infinity, 200, 50, 20, 5, 0];

/** The portfolio page in GitHub Markdown, cut by rows (never mid-row) to `maxLength`. */
export function renderPortfolioMarkdown(
  portfolio: Portfolio,
  options: PortfolioMarkdownOptions = {},
): string {
  const limit = options.maxLength ?? Infinity;
  let page = '';
  for (const rows of ROW_STEPS) {
    page = render(portfolio, options, rows);
    if (page.length <= limit) return page;
  }
  // Even the summary alone is too long (thousands of languages): cut at a line.
  const cut = page.lastIndexOf('\n', limit - 2);
  return `${page.slice(0, Math.max(0, cut))}\n`;
}

function render(p: Portfolio, options: PortfolioMarkdownOptions, maxRows: number): string {
  const out: string[] = [];
  if (options.marker) out.push(options.marker);
  out.push(`# ${escapeMarkdown(clipText(options.title ?? DEFAULT_PORTFOLIO_TITLE, MAX_NAME))}`, '');
  const many = manyRepositories(p);
  const across = many ? ` in ${plural(p.repositories.length, 'repository', 'repositories')}` : '';
  const past =
    p.counts.past > 0
      ? ` ${plural(p.counts.past, 'of them is a past decision', 'of them are past decisions')}, listed apart and left out of every count and sum below.`
      : '';
  out.push(
    `**${plural(p.counts.proposals, 'proposal')}**${across} judged on ${p.date} by Stack Verdict's default policy ${escapeMarkdown(p.policy)}. ` +
      `Overall: ${VERDICT_ICON[p.verdict]} ${VERDICT_LABEL[p.verdict]}.${past}`,
    '',
  );
  let cut = 0;
  const list = <T>(items: readonly T[]): T[] => {
    if (items.length > maxRows) cut += items.length - maxRows;
    return items.slice(0, maxRows);
  };
  /** A proposal named in a list: its service and file, and its repository on a page of several. */
  const proposal = (x: { repository?: string; file: string; service: string | null }): string =>
    `${many ? `${repositoryName(x.repository)}: ` : ''}${named(x)}`;
  const repoCell = (x: { repository?: string }): string[] =>
    many ? [repositoryName(x.repository)] : [];
  const repoHead = many ? ['Repository'] : [];

  if (many || p.repositories.some((r) => r.error)) {
    out.push('## Repositories', '');
    out.push('| Repository | Read at | Proposals | Read |', '| --- | --- | ---: | --- |');
    for (const r of p.repositories) {
      const read = r.error ? `⛔ ${text(repositoryError(r.error), MAX_REASON)}` : '✅';
      out.push(
        `| ${code(r.name)} | ${r.ref ? code(r.ref) : 'default branch'} | ${r.proposals} | ${read} |`,
      );
    }
    out.push('');
  }

  out.push('## By language', '');
  out.push(
    '| Language | Proposals | ✅ Approved | ⚠️ With warnings | ❌ Changes requested |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const r of p.byLanguage) {
    out.push(
      `| ${code(r.language)} | ${r.proposals} | ${r.approved} | ${r.approvedWithWarnings} | ${r.changesRequested} |`,
    );
  }
  out.push('');
  if (p.byLanguage.length > 0) out.push(...mermaidPie(p), '');

  out.push('## By status and verdict', '');
  out.push('| Status | Proposals |', '| --- | ---: |');
  for (const t of p.byStatus) out.push(`| ${code(t.value)} | ${t.proposals} |`);
  out.push('', '| Verdict | Proposals |', '| --- | ---: |');
  for (const t of p.byVerdict) {
    const v = t.value as keyof typeof VERDICT_LABEL;
    out.push(
      `| ${VERDICT_ICON[v] ?? ''} ${VERDICT_LABEL[v] ?? escapeMarkdown(t.value)} | ${t.proposals} |`,
    );
  }
  out.push('');

  const { current, past: pastDecisions } = splitInventory(p);
  out.push(`## Proposals (${current.length})`, '');
  if (current.length === 0) out.push('No current proposal.');
  else {
    const head = [
      ...repoHead,
      'Service',
      'Owner',
      'Language',
      'Recommended',
      'Verdict',
      'Status',
      'Justifications',
      'Waivers',
    ];
    out.push(row(head), row(head.map(() => '---')));
    for (const e of list(current)) {
      out.push(
        row([
          ...repoCell(e),
          linked(e),
          e.owner ? text(e.owner, MAX_NAME) : '—',
          e.language ? code(e.language) : '—',
          e.recommended ? code(e.recommended) : '—',
          `${VERDICT_ICON[e.verdict]} ${VERDICT_LABEL[e.verdict]}`,
          code(e.status),
          e.justifications.length
            ? e.justifications.map((j) => `${code(j.id)} ${j.basis}`).join(', ')
            : '—',
          e.waivers.length
            ? e.waivers.map((w) => `${code(w.rule)} ${waiverWords(w, p.date)}`).join(', ')
            : '—',
        ]),
      );
    }
  }
  out.push('');

  out.push(`## Past decisions (${pastDecisions.length})`, '');
  if (pastDecisions.length === 0) out.push('No rejected, deprecated or superseded decision.');
  else {
    out.push(
      'Rejected, deprecated and superseded decisions: judged and kept on record, and left out of every count and sum on this page.',
      '',
    );
    const head = [...repoHead, 'Service', 'Owner', 'Language', 'Status', 'Superseded by'];
    out.push(row(head), row(head.map(() => '---')));
    for (const e of list(pastDecisions)) {
      out.push(
        row([
          ...repoCell(e),
          linked(e),
          e.owner ? text(e.owner, MAX_NAME) : '—',
          e.language ? code(e.language) : '—',
          // The keyword alone: the successor has a column of its own.
          code(statusKeyword(e.status)),
          e.supersededBy ? text(e.supersededBy, MAX_NAME) : '—',
        ]),
      );
    }
  }
  out.push('');

  /** The service, linked to its file. */
  function linked(e: InventoryEntry): string {
    const name = e.service ? text(e.service, MAX_NAME) : code(clipText(e.file, 300));
    return `[${name}](${fileHref(p, e, options)})`;
  }

  out.push(`## Language differs from the recommendation (${p.mismatches.length})`, '');
  if (p.mismatches.length === 0)
    out.push('Every Go or Rust proposal chose what the policy recommends.');
  else {
    out.push('| Proposal | Chose | Recommended | Why |', '| --- | --- | --- | --- |');
    for (const m of list(p.mismatches)) {
      const why = m.justifications.length
        ? `Rust justifications: ${m.justifications.map(code).join(', ')}`
        : 'no Rust justification holds';
      out.push(`| ${proposal(m)} | ${code(m.language)} | ${code(m.recommended)} | ${why} |`);
    }
  }
  out.push('');

  const expiring = p.waivers.filter((w) => w.state === 'expiring').length;
  const expired = p.waivers.filter((w) => w.state === 'expired').length;
  out.push(
    `## Waivers (${p.waivers.length}: ${expiring} expiring within ${plural(p.warningDays, 'day')}, ${expired} expired)`,
    '',
  );
  if (p.waivers.length === 0) out.push('No proposal waives a finding.');
  else {
    out.push(
      '| Proposal | Rule | Reason | Approved by | Expires | State |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const w of list(p.waivers)) {
      out.push(
        `| ${proposal(w)} | ${code(w.rule)} | ${text(w.reason, MAX_REASON)} | ${w.approvedBy ? text(w.approvedBy, MAX_NAME) : '—'} | ${w.expires ?? '—'} | ${waiverState(w)} |`,
      );
    }
  }
  out.push('');

  out.push('## Measurements to revisit', '');
  out.push(`### Measured on Go older than 1.26 (${p.remeasure.length})`, '');
  if (p.remeasure.length === 0) out.push('None.');
  for (const m of list(p.remeasure))
    out.push(`- ${proposal(m)}, line ${m.line}: ${message(m.message)}`);
  out.push('', `### Growing memory not yet leak-checked (${p.leakUnchecked.length})`, '');
  if (p.leakUnchecked.length === 0) out.push('None.');
  for (const m of list(p.leakUnchecked))
    out.push(`- ${proposal(m)}, line ${m.line}: ${message(m.message)}`);
  out.push('');

  if (p.evidence) {
    const e = p.evidence;
    out.push(`## ${EVIDENCE_TITLE}`, '', EVIDENCE_INTRO, '');
    out.push('| Evidence | Constraints |', '| --- | ---: |');
    for (const [icon, words, count] of evidenceRows(e)) out.push(`| ${icon} ${words} | ${count} |`);
    out.push('', `### ${contradictionsHeading(e)}`, '');
    if (e.contradictions.length === 0) out.push('None.');
    for (const m of list(e.contradictions)) {
      const service = m.service ? `${text(m.service, MAX_NAME)} ` : '';
      const place = `${many ? `${repositoryName(m.repository)}: ` : ''}${service}(<code>${escapeCode(`${clipText(m.file, 300)}:${m.line}`)}</code>)`;
      out.push(`- ${place}: ${message(m.message)}`);
    }
    out.push('');
  }

  out.push('## The cost of the Rust choices', '');
  if (p.costs.length === 0) out.push('No Rust proposal gives the figures to compute a cost.');
  else {
    out.push(
      '| Proposal | Pay premium a year | Onboarding (engineer-months) | Ramp from attrition (engineer-months a year) | Extra CI minutes a day |',
      '| --- | ---: | ---: | ---: | ---: |',
    );
    for (const c of list(p.costs)) out.push(`| ${proposal(c)} | ${costCells(c.costs)} |`);
    const t = p.costTotals;
    out.push(
      `| **Total, ${plural(t.proposals, 'Rust proposal')}** | **${usdRange(t.premiumPerYear)}** | **${range(t.onboardingEngineerMonths)}** | **${range(t.rampEngineerMonthsPerYear)}** | **${formatNumber(t.ciMinutesPerDay)}** |`,
    );
  }
  out.push('');
  if (p.costExclusions.length > 0) {
    // Never silently: a sum over fewer proposals than there are must say which it misses.
    out.push(
      `The sums leave out, in whole or in part, ${plural(p.costExclusions.length, 'Rust proposal')}:`,
      '',
    );
    for (const x of list(p.costExclusions)) out.push(`- ${proposal(x)}: ${x.gaps.join(', ')}`);
    out.push('');
  }
  out.push(...driftMarkdown(p, maxRows));
  if (cut > 0) {
    const where = options.fullPageHint ? ` ${options.fullPageHint}` : '';
    out.push(
      `> [!NOTE]\n> ${plural(cut, 'row')} left out to stay within GitHub's limits.${where}`,
      '',
    );
  }
  return out.join('\n');
}

/** A pie of proposals by language. Labels are reduced to safe characters: Mermaid parses them. */
function mermaidPie(p: Portfolio): string[] {
  const lines = ['```mermaid', 'pie showData title Proposals by language'];
  for (const r of p.byLanguage) lines.push(`    "${mermaidLabel(r.language)}" : ${r.proposals}`);
  lines.push('```');
  return lines;
}

export function mermaidLabel(value: string): string {
  const safe = value
    .replace(/[^A-Za-z0-9+#._ -]/g, '')
    .slice(0, 40)
    .trim();
  return safe || 'other';
}

function named(x: { file: string; service: string | null }): string {
  const name = x.service ? `${text(x.service, MAX_NAME)} ` : '';
  return `${name}(${code(clipText(x.file, 300))})`;
}

/** A repository's name, or what stands for a local folder's proposals on a page of several. */
function repositoryName(name: string | undefined): string {
  return name ? code(name) : '(this folder)';
}

/** A table row; a cell never holds a raw `|` (escaped text and code have none left). */
function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function waiverState(w: PortfolioWaiver): string {
  if (w.state === 'expired') return `⛔ expired ${plural(-(w.daysLeft ?? 0), 'day')} ago`;
  if (w.state === 'expiring') return `⏳ expires in ${plural(w.daysLeft ?? 0, 'day')}`;
  if (w.state === 'unused') return 'unused (waives nothing)';
  return 'active';
}

function costCells(c: Costs): string {
  return [
    c.premiumPerYear ? usdRange(c.premiumPerYear) : '—',
    c.onboardingEngineerMonths ? range(c.onboardingEngineerMonths) : '—',
    c.rampEngineerMonthsPerYear ? range(c.rampEngineerMonthsPerYear) : '—',
    c.ciMinutesPerDay !== null ? formatNumber(c.ciMinutesPerDay) : '—',
  ].join(' | ');
}

function code(value: string): string {
  return `<code>${escapeCode(clipText(value, MAX_NAME))}</code>`;
}

function text(value: string, max: number): string {
  return escapeMarkdown(clipText(value, max));
}

function message(value: string): string {
  return messageToMarkdown(clipText(value, MAX_MESSAGE));
}
