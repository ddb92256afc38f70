// Renders examples/EXPECTED.md from the JSON report of `stack-verdict check examples/proposals`.
// Shared by scripts/expected.mjs (writes the file) and test/docs/expected.test.ts (fails when
// the committed file differs from what the CLI reports now). The section from NOTES_HEADING on
// is written by hand and kept as it is.
import { format } from 'prettier';
import { costLine } from '../src/core/render/cost-line.ts';

export const NOTES_HEADING = '## Cases near a threshold';
const PREFIX = 'examples/proposals/';
const SEV = { error: 'E', warning: 'W', notice: 'N' };

/** Text in a table cell or list item: one line, no pipe that would end the cell. */
function cell(text) {
  return String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}

/** @param {import('../src/core/types.ts').Report} report  @param {string} notes */
export async function renderExpected(report, notes) {
  const rel = (file) => (file.startsWith(PREFIX) ? file.slice(PREFIX.length) : file);
  const rows = [
    ...report.skipped.map((s) => ({
      file: rel(s.file),
      line: `| \`${rel(s.file)}\` | — | — | skipped (${cell(s.reason)}) | — | — |`,
    })),
    ...report.proposals.map((p) => {
      const rules = p.findings.length
        ? p.findings
            .map((f) => `${SEV[f.severity]} \`${f.rule}\`${f.waived ? ' **waived**' : ''}`)
            .join('; ')
        : 'none';
      const why = p.recommended
        ? `${p.justifications.length ? p.justifications.join(', ') : 'none'} (${p.recommended})`
        : '—';
      const status = p.status === 'draft' ? '**draft**' : p.status;
      return {
        file: rel(p.file),
        line: `| \`${rel(p.file)}\` | ${cell(p.language ?? '—')} | ${status} | ${p.verdict} | ${rules} | ${why} |`,
      };
    }),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const details = report.proposals.flatMap((p) => {
    const out = [`### \`${rel(p.file)}\``, ''];
    const cost = p.language === 'rust' ? costLine(p.costs) : undefined;
    if (cost) out.push(`${cost}.`, '');
    if (p.findings.length === 0) out.push('No finding.', '');
    for (const f of p.findings) {
      const waived = f.waived ? ` (waived: ${cell(f.waiverReason ?? '')})` : '';
      out.push(
        `- ${f.line}:${f.column} ${SEV[f.severity]} \`${f.rule}\`${waived}: ${cell(f.message)}`,
      );
    }
    out.push('');
    return out;
  });

  const c = report.counts;
  const text = [
    '# Expected results for `examples/proposals`',
    '',
    '<!-- Generated from the CLI by `node scripts/expected.mjs` (or `UPDATE_EXPECTED=1 npx vitest run test/docs/expected.test.ts`); edit the proposals, not this file, except the last section. -->',
    '',
    `What \`stack-verdict check examples/proposals --format json\` reports with the default settings (policy ${report.policy}). E = error, W = warning, N = notice.`,
    '',
    '| file | language | status | verdict | rules that fire | justifications (recommended) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => r.line),
    '',
    '## Run',
    '',
    `- Run verdict: **${report.verdict}**. With \`fail-on: ${report.gate.failOn}\` the gate ${report.gate.passed ? 'passes' : 'fails'}.`,
    `- Counts: ${c.proposals} proposals, ${c.errors} errors, ${c.warnings} warnings, ${c.notices} notices, ${c.waived} waived. ${report.skipped.length} skipped.`,
    '',
    '## Findings',
    '',
    ...details,
    notes.trim(),
    '',
  ].join('\n');
  return format(text, { parser: 'markdown', printWidth: 100, singleQuote: true });
}

/** The hand-written section of an EXPECTED.md, from NOTES_HEADING on. */
export function notesOf(text) {
  const at = text.indexOf(NOTES_HEADING);
  return at < 0 ? NOTES_HEADING : text.slice(at);
}
