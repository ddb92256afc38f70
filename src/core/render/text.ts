import type { Report } from '../types.js';
import { costLine } from './cost-line.js';
import { judgedByText } from './judged-by.js';
import { stripControl } from './escape.js';
import { isPastDecision } from '../status.js';
import { plural, VERDICT_LABEL } from './labels.js';

export interface TextOptions {
  color: boolean;
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
      const why = p.justifications.length ? p.justifications.join(', ') : 'none';
      out.push(
        paint(
          'dim',
          `  language ${oneLine(p.language ?? '?')}, recommended ${p.recommended}; Rust justifications: ${why}`,
        ),
      );
    }
    const cost = p.language === 'rust' ? costLine(p.costs) : undefined;
    if (cost) out.push(paint('dim', `  ${cost}`));
    for (const f of p.findings) {
      const where = `${f.line}:${f.column}`.padEnd(7);
      const sev = f.waived
        ? paint('dim', 'waived ')
        : paint(sevStyle[f.severity], f.severity.padEnd(7));
      out.push(`  ${where} ${sev} ${paint('dim', f.rule)}`);
      out.push(`          ${oneLine(f.message)}`);
      if (f.waived) out.push(paint('dim', `          waived: ${oneLine(f.waiverReason ?? '')}`));
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
  const gate = report.gate.passed ? paint('green', 'passes') : paint('red', 'fails');
  out.push(
    `${paint('bold', VERDICT_LABEL[report.verdict])}: ${plural(c.proposals, 'proposal')}, ${counts.join(', ')}. The gate ${gate} (fail-on: ${report.gate.failOn}).`,
  );
  const judged = judgedByText(report);
  if (judged) out.push(paint('dim', judged));
  return `${out.join('\n')}\n`;
}
