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
 * renderJson's text in pieces of about `size` characters, each proposal stringified on its
 * own: 10,000 proposals make a 24 MB report, held twice over as one string (two bytes a
 * character once it holds a dash) and once more as the bytes written. Joined, the pieces are
 * renderJson's text exactly: JSON.stringify(x, null, 2) writes no line break inside a string
 * (it escapes them), so a nested value's text is indented by prefixing each line.
 */
export function* renderJsonChunks(report: Report, size = 1 << 18): Generator<string> {
  const bounded = withinLimits(report) ? report : boundReport(report);
  let out = '{';
  let first = true;
  for (const [key, value] of Object.entries(bounded) as [string, unknown][]) {
    // What JSON.stringify leaves out of an object.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    out += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!Array.isArray(value) || value.length === 0) {
      out += nested(value, '  ');
      continue;
    }
    out += '[';
    for (let i = 0; i < value.length; i++) {
      out += `${i === 0 ? '' : ','}\n    ${nested(value[i], '    ')}`;
      if (out.length >= size) {
        yield out;
        out = '';
      }
    }
    out += '\n  ]';
  }
  yield first ? '{}\n' : `${out}\n}\n`;
}

/** JSON.stringify(value, null, 2) as it reads nested at `indent`. */
function nested(value: unknown, indent: string): string {
  // An array's undefined, function or symbol item is written null, as JSON.stringify does.
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text;
}

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
