import type { Finding, Report } from '../types.js';

/** The report schema's string limits (schema/report.schema.json), applied when writing. */
export const MAX_NAME_CHARS = 1024;
export const MAX_TEXT_CHARS = 65536;
export const MAX_REASON_CHARS = 1024;

/** The JSON report of shared/spec/rules-v1.md. */
export function renderJson(report: Report): string {
  // Nearly every report is within the limits: then it is written as it is, not copied.
  const bounded = withinLimits(report) ? report : boundReport(report);
  return `${JSON.stringify(bounded, null, 2)}\n`;
}

/**
 * renderJson's text in pieces, `batch` proposals to a piece: 10,000 proposals make a 24 MB
 * report, held twice over as one string (two bytes a character once it holds a dash) and
 * once more as the bytes written. Joined, the pieces are renderJson's text exactly: each
 * piece is JSON.stringify's own text of its proposals, nested as deep as in the report.
 */
export function* renderJsonChunks(report: Report, batch = 128): Generator<string> {
  const bounded = withinLimits(report) ? report : boundReport(report);
  const { proposals } = bounded;
  if (proposals.length <= batch) {
    yield `${JSON.stringify(bounded, null, 2)}\n`;
    return;
  }
  // The report with no proposals, opened where the list goes: no string holds a raw line
  // break (JSON.stringify escapes them), so this line can only be the report's own key.
  const shell = JSON.stringify({ ...bounded, proposals: [] }, null, 2);
  const at = shell.indexOf(EMPTY_LIST);
  yield `${shell.slice(0, at)}${EMPTY_LIST.slice(0, -1)}`;
  for (let i = 0; i < proposals.length; i += batch) {
    // Items of a list one level down, as the report's proposals are: indented by four.
    const text = JSON.stringify({ p: proposals.slice(i, i + batch) }, null, 2);
    yield `${i === 0 ? '' : ','}\n${text.slice(BATCH_OPEN.length, -BATCH_CLOSE.length)}`;
  }
  yield `\n  ]${shell.slice(at + EMPTY_LIST.length)}\n`;
}

const EMPTY_LIST = '\n  "proposals": []';
const BATCH_OPEN = '{\n  "p": [\n';
const BATCH_CLOSE = '\n  ]\n}';

/** True when boundReport would cut nothing (it would return an equal copy). */
function withinLimits(report: Report): boolean {
  for (const p of report.proposals) {
    if ((p.service?.length ?? 0) > MAX_NAME_CHARS) return false;
    if ((p.language?.length ?? 0) > MAX_NAME_CHARS) return false;
    for (const f of p.findings) {
      if (f.message.length > MAX_TEXT_CHARS) return false;
      if ((f.waiverReason?.length ?? 0) > MAX_TEXT_CHARS) return false;
      if ((f.waiverApprovedBy?.length ?? 0) > MAX_NAME_CHARS) return false;
    }
  }
  for (const s of report.skipped) if (s.reason.length > MAX_REASON_CHARS) return false;
  return true;
}

/**
 * The report within the schema's limits, so that every report written can be read back (the
 * fork-safe second phase validates it). Strings over a limit are cut with a note; lists are
 * never cut, since the counts and verdicts must still add up.
 */
export function boundReport(report: Report): Report {
  return {
    ...report,
    proposals: report.proposals.map((p) => ({
      ...p,
      service: p.service === null ? null : cut(p.service, MAX_NAME_CHARS),
      language: p.language === null ? null : cut(p.language, MAX_NAME_CHARS),
      findings: p.findings.map(boundFinding),
    })),
    skipped: report.skipped.map((s) => ({ ...s, reason: cut(s.reason, MAX_REASON_CHARS) })),
  };
}

function boundFinding(f: Finding): Finding {
  const out: Finding = { ...f, message: cut(f.message, MAX_TEXT_CHARS) };
  if (f.waiverReason !== undefined) out.waiverReason = cut(f.waiverReason, MAX_TEXT_CHARS);
  if (f.waiverApprovedBy !== undefined)
    out.waiverApprovedBy = cut(f.waiverApprovedBy, MAX_NAME_CHARS);
  return out;
}

/** `text` in at most `max` UTF-16 units, ending with a note of how much was cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = ` … (${text.length} characters in all, cut)`;
  let keep = max - note.length;
  // Never split a surrogate pair.
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep--;
  return text.slice(0, keep) + note;
}
