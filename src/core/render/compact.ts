import type { Report } from '../types.js';
import { isPastDecision, statusKeyword } from '../status.js';
import { asText, stripControl } from './escape.js';

export interface CompactOptions {
  /** Only unwaived errors (--quiet). */
  errorsOnly?: boolean;
}

/**
 * One line a finding, `file:line:col: severity rule message`, the shape GitHub's problem
 * matchers (.github/stack-verdict-matcher.json) and editors' quickfix lists read. Text from a
 * proposal (its file name, a message quoting it) is made one line and control-free, so that
 * it can neither forge another line nor move the cursor. A waived finding says so in place of
 * its severity ("waived" matches no severity a matcher reads). Skipped files are not listed:
 * they have no finding.
 */
export function renderCompact(report: Report, options: CompactOptions = {}): string {
  const out: string[] = [];
  for (const p of report.proposals) {
    const draft =
      p.status === 'draft' || isPastDecision(p.status)
        ? `(${oneLine(statusKeyword(p.status))}) `
        : '';
    for (const f of p.findings) {
      if (options.errorsOnly && (f.waived || f.severity !== 'error')) continue;
      const severity = f.waived ? 'waived' : f.severity;
      out.push(
        `${oneLine(p.file)}:${f.line}:${f.column}: ${severity} ${oneLine(f.rule)} ${draft}${oneLine(f.message)}`,
      );
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

function oneLine(text: unknown): string {
  return stripControl(asText(text))
    .replace(/[\n\t\u2028\u2029\u0085]+/g, ' ')
    .trim();
}
