import type { Finding, ProposalReport, Report } from '../types.js';
import {
  asText,
  clipText,
  escapeCode,
  escapeMarkdown,
  messageToMarkdown,
  safeUrl,
} from './escape.js';
import type { Changes, RememberedFinding } from '../state/changes.js';
import { encodePath } from '../well-formed.js';
import { isPastDecision } from '../status.js';
import { costLine } from './cost-line.js';
import { answeredByText, shownAnswers, shownJustifications } from './justifications.js';
import { evidenceLines } from './evidence-lines.js';
import { judgedByMarkdown } from './judged-by.js';
import { plural, SEVERITY_ICON, VERDICT_ICON, VERDICT_LABEL } from './labels.js';

export interface MarkdownOptions {
  /** A hidden line that lets the Action find its comment again. */
  marker?: string;
  /**
   * The repository's web address and the commit that was judged: each finding's file:line
   * links to that line of the file at that commit. Without it (the CLI), no link.
   */
  repository?: { url: string; sha: string };
  /** A link to a line of a file at the commit that was judged (wins over `repository`). */
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
  /**
   * When set, a finding's `docs` link is shown only when it starts with this prefix. A report
   * from another run (from-report) is untrusted data: its links are not ours to show.
   */
  docsPrefix?: string;
  /** Shown instead of the default sentence when there is no proposal. */
  emptyText?: string;
  /** What changed since the previous run (the Action's sticky comment). */
  changes?: Changes;
}

// GitHub rejects comments over 65,536 characters; leave room for the marker and notes.
export const COMMENT_LIMIT = 65_000;
/** GitHub's own limit for the body of an issue comment. */
export const GITHUB_COMMENT_MAX = 65_536;

// The longest text from a proposal that is shown, in characters before escaping (which
// may make it several times longer). The JSON report keeps everything.
const MAX_NAME = 200;
const MAX_FILE = 400;
const MAX_RULE = 100;
const MAX_MESSAGE = 2_000;
const MAX_REASON = 1_000;
const MAX_HEADLINE = 160;
/** Most findings (and waived findings) listed in one proposal's section. */
const MAX_FINDING_LINES = 100;
/** Most remembered findings or files listed in one line or list of changes. */
const MAX_REMEMBERED = 20;
/** A proposal's section is cut short (by findings) rather than left out only when this much room is left. */
const MIN_PARTIAL_SECTION = 600;

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  // The last line says which configuration judged the run; it is kept within maxLength.
  const limit = Math.max(1, Math.floor(options.maxLength ?? COMMENT_LIMIT));
  const footer = judgedByMarkdown(report);
  if (!footer || footer.length + 2 >= limit) return renderBody(report, options);
  return `${renderBody(report, { ...options, maxLength: limit - footer.length - 2 })}\n${footer}\n`;
}

function renderBody(report: Report, options: MarkdownOptions): string {
  const limit = Math.max(1, Math.floor(options.maxLength ?? COMMENT_LIMIT));
  const proposals = listOf<ProposalReport>(report?.proposals);
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  const icon = options.incomplete !== undefined ? '⚠️' : lookup(VERDICT_ICON, report?.verdict, '');
  const suffix = options.incomplete !== undefined ? ' (incomplete)' : '';
  head.push(`## ${icon} Stack Verdict: ${verdictLabel(report?.verdict)}${suffix}`, '');
  head.push(summaryLine(report), '');
  if (options.incomplete !== undefined) {
    head.push(`> [!WARNING]\n> ${escapeMarkdown(clipText(options.incomplete, MAX_MESSAGE))}`, '');
  }
  for (const note of options.notes ?? []) head.push(note, '');
  if (options.changes) head.push(...changesHead(report, proposals, options.changes));
  if (proposals.length === 0) {
    head.push(options.emptyText ?? 'No service proposal was found in what this run checked.');
    return finish(head.join('\n'), limit);
  }

  const hint = options.overflowHint ?? 'Run `stack-verdict check` for the full report.';
  const n = proposals.length;
  // Room for the closing note whatever it says (its longest form has the largest counts).
  const reserve = overflowNote(n, n - 1, n - 1, hint).length + 2;
  let out = head.join('\n');
  if (out.length + reserve + 200 > limit) out = cutAtLine(out, limit - reserve - 200);
  let budget = limit - out.length - reserve;

  // The overview table and the sections share what is left. When not everything fits, the
  // table takes at most half, so that some proposals are shown in detail too.
  const rows = proposals.map(tableRow);
  const tableAll = TABLE_HEAD.length + rows.reduce((sum, r) => sum + r.length + 1, 0) + 2;
  // Sections are rendered lazily: with thousands of proposals only those that can fit are.
  const sections: string[] = [];
  const section = (i: number) => (sections[i] ??= proposalSection(proposals[i]!, options));
  let sectionsAll = 0;
  for (let i = 0; i < n && sectionsAll <= budget; i++) sectionsAll += section(i).length + 1;
  let rowsShown = n;
  if (sections.length < n || tableAll + sectionsAll > budget) {
    const tableBudget = Math.max(Math.floor(budget / 2), budget - sectionsAll);
    let used = TABLE_HEAD.length + moreRow(n).length + 3;
    rowsShown = 0;
    while (rowsShown < n && used + rows[rowsShown]!.length + 1 <= tableBudget) {
      used += rows[rowsShown]!.length + 1;
      rowsShown++;
    }
  }
  const table = [TABLE_HEAD, ...rows.slice(0, rowsShown)];
  if (rowsShown < n) table.push(moreRow(n - rowsShown));
  out += `\n${table.join('\n')}\n`;
  budget -= table.join('\n').length + 2;

  let shown = 0;
  let used = 0;
  for (let i = 0; i < n; i++) {
    const text = section(i);
    if (used + text.length + 1 <= budget) {
      out += `\n${text}`;
      used += text.length + 1;
      shown++;
      continue;
    }
    // A single proposal larger than the room left is shown cut short rather than not at all.
    if (shown === 0 && budget - used >= MIN_PARTIAL_SECTION) {
      const partial = proposalSection(proposals[i]!, options, budget - used - 1);
      if (used + partial.length + 1 <= budget) {
        out += `\n${partial}`;
        shown++;
      }
    }
    break;
  }
  if (shown < n || rowsShown < n) out += `\n${overflowNote(n, n - shown, n - rowsShown, hint)}\n`;
  return finish(out, limit);
}

const TABLE_HEAD = '| Service | Language | Recommended | Verdict |\n|---|---|---|---|';

function moreRow(count: number): string {
  return `| … ${plural(count, 'more proposal')} | | | |`;
}

function overflowNote(total: number, notShown: number, notListed: number, hint: string): string {
  if (notListed === 0) {
    return `> [!NOTE]\n> ${plural(notShown, 'more proposal')} did not fit in this comment. ${hint}`;
  }
  return `> [!NOTE]\n> The table lists ${total - notListed} of ${plural(total, 'proposal')} and ${total - notShown} ${total - notShown === 1 ? 'is' : 'are'} shown in detail: the rest did not fit in this comment. ${hint}`;
}

/** The text ending in one newline, and never longer than `limit` (cut at a line as a last resort). */
function finish(text: string, limit: number): string {
  const out = `${text.trimEnd()}\n`;
  return out.length <= limit ? out : cutAtLine(out, limit);
}

/**
 * At most `max` characters, cut after a whole line (so that no escape or tag is cut in two),
 * with an open `<details>` closed.
 */
function cutAtLine(text: string, max: number): string {
  const room = Math.max(0, max - 16);
  let cut = text.slice(0, room);
  const nl = cut.lastIndexOf('\n');
  cut = nl >= 0 ? cut.slice(0, nl + 1) : '';
  const opened = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  const close = opened > 0 ? '</details>\n' : '';
  const out = `${cut}${close}…\n`;
  return out.length <= max ? out : out.slice(0, Math.max(0, max - 1)).replace(/[^\n]*$/, '');
}

function summaryLine(report: Report): string {
  const c = (report?.counts ?? {}) as Partial<Report['counts']>;
  const parts = [
    `**${plural(count(c.proposals), 'proposal')}**`,
    plural(count(c.errors), 'error'),
    plural(count(c.warnings), 'warning'),
    plural(count(c.notices), 'notice'),
  ];
  if (count(c.waived) > 0) parts.push(`${count(c.waived)} waived`);
  const g = (report?.gate ?? {}) as Partial<Report['gate']>;
  const failOn = escapeMarkdown(clipText(g.failOn, 20));
  const gate = g.passed === true ? 'the gate passes' : 'the gate fails';
  return `${parts.join(' · ')} — ${gate} (fail-on: ${failOn})`;
}

function tableRow(p: ProposalReport): string {
  const draft =
    p.status === 'draft' || isPastDecision(p.status)
      ? ` (${escapeMarkdown(clipText(p.status, MAX_NAME))})`
      : '';
  const service = escapeMarkdown(clipText(p.service, MAX_NAME) || '—');
  const language = escapeMarkdown(clipText(p.language, MAX_NAME) || '—');
  const recommended = escapeMarkdown(clipText(p.recommended, MAX_NAME) || '—');
  return `| ${service}${draft} | ${language} | ${recommended} | ${lookup(VERDICT_ICON, p.verdict, '')} ${verdictLabel(p.verdict)} |`;
}

/**
 * One proposal's section: its facts, then each open error and warning as one line, with the
 * full explanations, the notices and the waived findings collapsed below. With `maxChars`, as
 * much of it as fits: the heading, and the findings up to the room left, with a line saying how
 * many more there are (a collapsed block is shown whole or not at all).
 */
function proposalSection(p: ProposalReport, options: MarkdownOptions, maxChars?: number): string {
  const file = asText(p.file);
  const lines: string[] = [];
  const name = escapeMarkdown(clipText(asText(p.service) || file, MAX_NAME));
  lines.push(`### ${lookup(VERDICT_ICON, p.verdict, '')} ${name}`, '');
  const facts = [`<code>${escapeCode(clipText(file, MAX_FILE))}</code>`];
  const past = isPastDecision(p.status);
  if (p.status === 'draft') facts.push('draft: never fails the gate');
  if (past) {
    facts.push(
      `${escapeMarkdown(clipText(p.status, MAX_NAME))}: a past decision, never fails the gate`,
    );
  }
  if (p.recommended) {
    facts.push(
      `language **${escapeMarkdown(clipText(p.language, MAX_NAME) || '?')}**, recommended **${escapeMarkdown(clipText(p.recommended, MAX_NAME))}**`,
    );
    // Each with what it rests on, so a reviewer sees what is only the authors' word.
    const justifications = shownJustifications(p, MAX_REMEMBERED);
    const why = justifications.length
      ? justifications
          .map(
            (j) =>
              `<code>${escapeCode(clipText(j.id, MAX_RULE))}</code>${j.basis ? escapeMarkdown(` (${j.basis})`) : ''}`,
          )
          .join(', ')
      : 'none';
    facts.push(`Rust justifications: ${why}`);
    for (const a of shownAnswers(p, MAX_REMEMBERED)) {
      // `#1` would link to issue 1 on GitHub: escaped, it reads as the number it is.
      facts.push(`<code>${escapeCode(a.id)}</code> ${escapeMarkdown(answeredByText(a.numbers))}`);
    }
  }
  lines.push(facts.join(' · '), '');
  const cost = costLine(p.costs);
  if (cost) lines.push(escapeMarkdown(cost), '');
  // What each cited artefact showed, so a reviewer can judge the file and the figure.
  const checked = evidenceLines(p);
  if (checked.length) lines.push(...checked.map((l) => `- ${escapeMarkdown(l)}`), '');

  const findings = listOf<Finding>(p.findings);
  if (past) {
    // History: every finding in one collapsed block, for whoever revisits the decision.
    if (findings.length === 0) lines.push('No findings.', '');
    else {
      const block = details(
        `${plural(findings.length, 'finding')} of this past decision`,
        capped(findings, 'more finding').map((f) =>
          typeof f === 'string' ? f : `${findingLine(file, f, options)}<br>${fullMessage(f)}`,
        ),
      );
      if (lines.join('\n').length + block.length + 1 <= (maxChars ?? Infinity)) lines.push(block);
    }
    return lines.join('\n');
  }
  const waived = findings.filter((f) => f.waived);
  const notices = findings.filter((f) => !f.waived && f.severity === 'notice');
  const open = findings.filter((f) => !f.waived && f.severity !== 'notice');
  if (open.length === 0) {
    lines.push(notices.length ? 'No errors or warnings.' : 'No findings.', '');
  }

  const budget = maxChars ?? Infinity;
  let length = lines.join('\n').length;
  const room = (text: string) => length + text.length + 1 + 120 <= budget;
  const add = (text: string) => {
    lines.push(text);
    length += text.length + 1;
  };
  let listed = 0;
  for (const f of open.slice(0, MAX_FINDING_LINES)) {
    const line = findingLine(file, f, options);
    if (!room(line)) break;
    add(line);
    listed++;
  }
  if (listed < open.length) {
    add(`- … ${plural(open.length - listed, 'more finding')} of this proposal not shown here`);
  }
  if (open.length) add('');

  const resolved = options.changes?.resolved.filter((r) => r.file === file) ?? [];
  if (resolved.length) {
    const line = `Resolved since the previous run: ${rememberedList(resolved)}`;
    if (room(line)) add(`${line}\n`);
  }
  // Collapsed blocks, each whole or not at all: a cut would leave the element open.
  const blocks = [
    listed
      ? details(
          `Why, and how to fix (${plural(listed, 'finding')})`,
          open.slice(0, listed).map((f) => explanation(f)),
        )
      : undefined,
    notices.length
      ? details(
          `${SEVERITY_ICON.notice} ${plural(notices.length, 'notice')}`,
          capped(notices, 'more notice').map((f) =>
            typeof f === 'string' ? f : `${findingLine(file, f, options)}<br>${fullMessage(f)}`,
          ),
        )
      : undefined,
    waived.length
      ? details(
          plural(waived.length, 'waived finding'),
          capped(waived, 'more waived finding').map((f) =>
            typeof f === 'string'
              ? f
              : `${findingLine(file, f, options)}<br>${waiverText(f)}<br>${fullMessage(f)}`,
          ),
        )
      : undefined,
  ];
  for (const block of blocks) if (block && room(block)) add(block);
  return lines.join('\n');
}

function details(summary: string, items: string[]): string {
  return [`<details><summary>${summary}</summary>`, '', ...items, '', '</details>', ''].join('\n');
}

/** The first findings, and a line saying how many more there are. */
function capped(findings: Finding[], more: string): (Finding | string)[] {
  const out: (Finding | string)[] = findings.slice(0, MAX_FINDING_LINES);
  if (findings.length > MAX_FINDING_LINES) {
    out.push(`- … ${plural(findings.length - MAX_FINDING_LINES, more)}`);
  }
  return out;
}

/**
 * The finding as one line: severity, rule (linked to its page), headline, and file:line
 * (linked to the file at the judged commit when the caller says where that is).
 */
function findingLine(file: string, f: Finding, options: MarkdownOptions): string {
  const line = position(f.line);
  const place = `<code>${escapeCode(`${clipText(basename(file), MAX_NAME)}:${line}`)}</code>`;
  const url = lineLink(options, file, line);
  const link = url ? safeUrl(url) : undefined;
  const where = link ? `[${place}](${link})` : place;
  const isNew = !f.waived && options.changes?.newFindings.has(f) ? ' 🆕 new' : '';
  const severity = escapeMarkdown(clipText(f.severity, 20));
  const pending = !f.waived && approvalOf(f)?.status === 'pending' ? ` · ${waiverText(f)}` : '';
  return `- ${lookup(SEVERITY_ICON, f.severity, '')} **${severity}**${isNew} ${ruleLink(f, options)} ${messageToMarkdown(headline(asText(f.message)))} · ${where}${pending}`;
}

function ruleLink(f: Finding, options: MarkdownOptions): string {
  const id = `<code>${escapeCode(clipText(f.rule, MAX_RULE))}</code>`;
  const trusted =
    typeof f.docs === 'string' &&
    (options.docsPrefix === undefined || f.docs.startsWith(options.docsPrefix));
  const docs = trusted ? safeUrl(f.docs!) : undefined;
  return docs ? `[${id}](${docs})` : id;
}

/** An open error or warning in full, in the collapsed block under the one-line list. */
function explanation(f: Finding): string {
  return `- ${lookup(SEVERITY_ICON, f.severity, '')} <code>${escapeCode(clipText(f.rule, MAX_RULE))}</code> (line ${position(f.line)}): ${fullMessage(f)}`;
}

function fullMessage(f: Finding): string {
  return messageToMarkdown(clipText(f.message, MAX_MESSAGE));
}

/**
 * The message's first sentence or clause: rule messages open with what is wrong ("Rust chosen
 * without a measured constraint: …"), then give the numbers and the fix. A stop inside a
 * "quoted" or `code` part (text from the proposal) does not end it.
 */
export function headline(message: string): string {
  let quoted = false;
  let code = false;
  let end = message.length;
  for (let i = 0; i < message.length; i++) {
    const c = message[i]!;
    if (c === '"' && !code) quoted = !quoted;
    else if (c === '`') code = !code;
    else if (!quoted && !code && i > 0) {
      const next = message[i + 1];
      const spaceAfter = next === undefined || /\s/.test(next);
      if ((c === ':' || c === ';') && next === ' ') end = i;
      else if ((c === '.' || c === '!' || c === '?') && spaceAfter) end = i;
      if (end === i) break;
    }
  }
  return clipText(message.slice(0, end), MAX_HEADLINE);
}

/** A waiver's reason, approver and expiry, as one line. */
function waiverText(f: Finding): string {
  const parts: string[] = [];
  if (f.waived)
    parts.push(
      `Waived: ${escapeMarkdown(clipText(f.waiverReason, MAX_REASON)) || 'no reason given'}`,
    );
  const approval = approvalOf(f);
  const by = (list: string[]) =>
    list
      .slice(0, MAX_REMEMBERED)
      .map((b) => escapeMarkdown(clipText(b, MAX_NAME)))
      .join(', ');
  if (approval?.status === 'pending') {
    parts.push(
      approval.by.length
        ? `waiver awaiting approval by ${by(approval.by)}`
        : 'waiver awaiting approval',
    );
  } else if (approval?.status === 'approved' && approval.by.length) {
    parts.push(`approved by ${by(approval.by)}`);
  } else if (asText(f.waiverApprovedBy)) {
    parts.push(`approved by ${escapeMarkdown(clipText(f.waiverApprovedBy, MAX_NAME))}`);
  }
  if (asText(f.waiverExpires))
    parts.push(`expires ${escapeMarkdown(clipText(f.waiverExpires, 40))}`);
  return parts.join(' · ');
}

/** The waiver approval of a finding, read as untrusted data. */
function approvalOf(f: Finding): { status: string; by: string[] } | undefined {
  const a = f.waiverApproval as unknown;
  if (a === null || typeof a !== 'object') return undefined;
  const { status, by } = a as { status?: unknown; by?: unknown };
  return typeof status === 'string' ? { status, by: stringsOf(by) } : undefined;
}

function basename(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1) || file;
}

/** The caller's link to a line; none when it cannot make one (encodeURIComponent throws on a lone surrogate). */
function lineLink(options: MarkdownOptions, file: string, line: number): string | undefined {
  try {
    if (options.lineUrl) return options.lineUrl(file, line);
    const repo = options.repository;
    if (!repo || typeof repo.url !== 'string' || !/^[0-9a-f]{7,64}$/i.test(asText(repo.sha))) {
      return undefined;
    }
    return `${repo.url.replace(/\/+$/, '')}/blob/${repo.sha}/${encodePath(file)}#L${line}`;
  } catch {
    return undefined;
  }
}

/** The lines after the headline that say what changed since the previous run. */
function changesHead(
  report: Report,
  proposals: readonly ProposalReport[],
  changes: Changes,
): string[] {
  const fresh = changes.newFindings.size;
  const resolved = changes.resolved.length;
  const previous = asText(changes.previousSha);
  const since = previous
    ? `the previous run (<code>${escapeCode(previous.slice(0, 7))}</code>)`
    : 'the previous run';
  const out: string[] = [];
  if (fresh === 0 && resolved === 0) {
    out.push(`Since ${since}: no finding is new and none was resolved.`, '');
  } else {
    out.push(`Since ${since}: ${fresh} new, ${resolved} resolved.`, '');
  }
  const c = (report?.counts ?? {}) as Partial<Report['counts']>;
  const failing = count(c.errors) + count(c.warnings);
  const wasFailing = changes.resolved.filter((r) => r.severity !== 'notice').length;
  if (wasFailing > 0 && failing === 0) {
    const fixed = `the ${plural(wasFailing, 'error or warning', 'errors and warnings')} of the previous run`;
    out.push(
      proposals.length > 0
        ? `🎉 Every proposal is fixed: ${fixed} ${wasFailing === 1 ? 'is' : 'are'} resolved.`
        : `No proposal is checked any more, so ${fixed} no longer ${wasFailing === 1 ? 'applies' : 'apply'}.`,
      '',
    );
  }
  const present = new Set(proposals.map((p) => p.file));
  const elsewhere = changes.resolved.filter((r) => !present.has(r.file));
  if (elsewhere.length) {
    const files = [...new Set(elsewhere.map((r) => r.file))];
    out.push(`Resolved in files no longer checked:`, '');
    for (const file of files.slice(0, MAX_REMEMBERED)) {
      const rules = elsewhere.filter((r) => r.file === file);
      out.push(`- <code>${escapeCode(clipText(file, MAX_FILE))}</code>: ${rememberedList(rules)}`);
    }
    if (files.length > MAX_REMEMBERED) {
      out.push(`- … and ${plural(files.length - MAX_REMEMBERED, 'more file')}`);
    }
    out.push('');
  }
  return out;
}

function rememberedList(list: readonly RememberedFinding[]): string {
  const shown = list.slice(0, MAX_REMEMBERED).map(rememberedText).join(', ');
  return list.length > MAX_REMEMBERED ? `${shown} and ${list.length - MAX_REMEMBERED} more` : shown;
}

function rememberedText(r: RememberedFinding): string {
  return `${lookup(SEVERITY_ICON, r.severity, '')} <code>${escapeCode(clipText(r.rule, MAX_RULE))}</code>`;
}

// ---------------------------------------------------------------------------------------
// A report may come from elsewhere (from-report reads one an untrusted run wrote): every
// field is read as if it could be anything.

function verdictLabel(verdict: unknown): string {
  return lookup(VERDICT_LABEL, verdict, escapeMarkdown(clipText(verdict, 40)));
}

/** table[key] for the table's own keys only (`constructor`, `__proto__` are not labels). */
function lookup<T extends string>(
  table: Record<string, T>,
  key: unknown,
  fallback: string,
): string {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key]! : fallback;
}

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value)
    ? (value.filter((v) => v !== null && typeof v === 'object') as T[])
    : [];
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

function position(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 1;
}
