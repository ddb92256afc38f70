import type { Finding, Report } from '../types.js';
import { costLine } from './cost-line.js';
import { evidenceLines } from './evidence-lines.js';
import { answeredByText, shownAnswers, shownJustifications } from './justifications.js';
import { judgedByText } from './judged-by.js';
import { stripControl } from './escape.js';
import { isPastDecision } from '../status.js';
import { plural, VERDICT_LABEL } from './labels.js';

export interface TextOptions {
  color: boolean;
  /** The terminal's width: messages wrap at it with a hanging indent. Absent: no wrapping. */
  width?: number;
  /** `--max-warnings`: the summary says when the warnings fail the run. */
  maxWarnings?: number;
}

/** Where a finding's message starts, under its line:column. */
const INDENT = '          ';

/**
 * `text` on lines of at most `width` columns, each after INDENT; a word longer than a line
 * gets a line of its own. Without a width, one line.
 */
function wrap(text: string, width: number | undefined): string[] {
  if (width === undefined) return [INDENT + text];
  const room = Math.max(20, width - INDENT.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((l) => INDENT + l);
}

/** By line and column, as an editor shows the file; ties in the report's order. */
function byLine(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.line - b.f.line || a.f.column - b.f.column || a.i - b.i)
    .map(({ f }) => f);
}

/** Text from a proposal on one line: no control characters, no line breaks or tabs to forge lines. */
function oneLine(text: string): string {
  return stripControl(text).replace(/[\n\t\u2028\u2029]+/g, ' ');
}

const CODES = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 } as const;
type Style = keyof typeof CODES;

/** Terminal output grouped by file, in the manner of ESLint's stylish formatter. */
export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: Style, s: string) =>
    options.color ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s;
  const sevStyle = { error: 'red', warning: 'yellow', notice: 'blue' } as const;
  const out: string[] = [];

  for (const p of report.proposals) {
    const name = p.service ? ` (${oneLine(p.service)})` : '';
    const draft =
      p.status === 'draft'
        ? ' [draft]'
        : isPastDecision(p.status)
          ? ` [${oneLine(p.status)}: a past decision, never fails the gate]`
          : '';
    out.push(paint('underline', oneLine(p.file)) + name + draft);
    if (p.recommended) {
      const shown = shownJustifications(p);
      const why = shown.length
        ? shown.map((j) => (j.basis ? `${j.id} (${j.basis})` : j.id)).join(', ')
        : 'none';
      const answers = shownAnswers(p).map((a) => `${a.id} ${answeredByText(a.numbers)}`);
      const answered = answers.length ? `; ${answers.join(', ')}` : '';
      out.push(
        paint(
          'dim',
          `  language ${oneLine(p.language ?? '?')}, recommended ${p.recommended}; Rust justifications: ${why}${answered}`,
        ),
      );
    }
    const cost = p.language === 'rust' ? costLine(p.costs) : undefined;
    if (cost) out.push(paint('dim', `  ${cost}`));
    for (const line of evidenceLines(p)) out.push(paint('dim', `  ${oneLine(line)}`));
    for (const f of byLine(p.findings)) {
      const where = `${f.line}:${f.column}`.padEnd(7);
      const sev = f.waived
        ? paint('dim', 'waived ')
        : paint(sevStyle[f.severity], f.severity.padEnd(7));
      out.push(`  ${where} ${sev} ${oneLine(f.rule)}`);
      out.push(...wrap(oneLine(f.message), options.width));
      if (f.waived) {
        for (const l of wrap(`waived: ${oneLine(f.waiverReason ?? '')}`, options.width))
          out.push(paint('dim', l));
      }
    }
    const verdictStyle =
      p.verdict === 'approved' ? 'green' : p.verdict === 'changes-requested' ? 'red' : 'yellow';
    out.push(`  ${paint(verdictStyle, VERDICT_LABEL[p.verdict])}`, '');
  }
  for (const s of report.skipped) {
    out.push(paint('dim', `${oneLine(s.file)}: skipped (${s.reason})`));
  }
  if (report.skipped.length) out.push('');

  const c = report.counts;
  const counts = [
    plural(c.errors, 'error'),
    plural(c.warnings, 'warning'),
    plural(c.notices, 'notice'),
  ];
  if (c.waived) counts.push(`${c.waived} waived`);
  const max = options.maxWarnings;
  const tooMany = max !== undefined && c.warnings > max;
  const gate = tooMany
    ? `${paint('red', 'fails')}: ${plural(c.warnings, 'unwaived warning')}, more than --max-warnings ${max}`
    : report.gate.passed
      ? paint('green', 'passes')
      : paint('red', 'fails');
  out.push(
    `${paint('bold', VERDICT_LABEL[report.verdict])}: ${plural(c.proposals, 'proposal')}, ${counts.join(', ')}. The gate ${gate} (fail-on: ${report.gate.failOn}).`,
  );
  const judged = judgedByText(report);
  if (judged) out.push(paint('dim', judged));
  return `${out.join('\n')}\n`;
}
