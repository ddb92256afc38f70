import type { Finding, Report } from '../types.js';

/** The report schema's string limits (schema/report.schema.json), applied when writing. */
export const MAX_NAME_CHARS = 1024;
export const MAX_TEXT_CHARS = 65536;
export const MAX_REASON_CHARS = 1024;

/** The JSON report (schema/report.schema.json; docs/policy.md says what its findings mean). */
export function renderJson(report: Report): string {
  return `${JSON.stringify(boundReport(report), null, 2)}\n`;
}

/**
 * renderJson's text in pieces, `batch` proposals to a piece: 10,000 proposals make a 24 MB
 * report, held twice over as one string (two bytes a character once it holds a dash) and
 * once more as the bytes written. Joined, the pieces are renderJson's text exactly: each
 * piece is JSON.stringify's own text of its proposals, nested as deep as in the report.
 */
export function* renderJsonChunks(report: Report, batch = 128): Generator<string> {
  const bounded = boundReport(report);
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
    // Two pieces, not one joined string: writing a joined one first copied it whole (24 MB,
    // two bytes a character once a dash is in it); a slice is written where it lies.
    yield i === 0 ? '\n' : ',\n';
    yield text.slice(BATCH_OPEN.length, -BATCH_CLOSE.length);
  }
  yield `\n  ]${shell.slice(at + EMPTY_LIST.length)}\n`;
}

const EMPTY_LIST = '\n  "proposals": []';
const BATCH_OPEN = '{\n  "p": [\n';
const BATCH_CLOSE = '\n  ]\n}';

/**
 * The report within the schema's limits, so that every report written can be read back (the
 * fork-safe second phase validates it). Strings over a limit are cut with a note; lists are
 * never cut, since the counts and verdicts must still add up.
 */
export function boundReport(report: Report): Report {
  // Copied only where something is cut: nearly every report is within the limits.
  const proposals = mapSame(report.proposals, (p) => {
    const service = p.service === null ? null : cut(p.service, MAX_NAME_CHARS);
    const language = p.language === null ? null : cut(p.language, MAX_NAME_CHARS);
    const findings = mapSame(p.findings, boundFinding);
    return service === p.service && language === p.language && findings === p.findings
      ? p
      : { ...p, service, language, findings };
  });
  const skipped = mapSame(report.skipped, (s) => {
    const reason = cut(s.reason, MAX_REASON_CHARS);
    return reason === s.reason ? s : { ...s, reason };
  });
  return proposals === report.proposals && skipped === report.skipped
    ? report
    : { ...report, proposals, skipped };
}

function boundFinding(f: Finding): Finding {
  const message = cut(f.message, MAX_TEXT_CHARS);
  const reason = f.waiverReason === undefined ? undefined : cut(f.waiverReason, MAX_TEXT_CHARS);
  const approvedBy =
    f.waiverApprovedBy === undefined ? undefined : cut(f.waiverApprovedBy, MAX_NAME_CHARS);
  if (message === f.message && reason === f.waiverReason && approvedBy === f.waiverApprovedBy) {
    return f;
  }
  const out: Finding = { ...f, message };
  if (reason !== undefined) out.waiverReason = reason;
  if (approvedBy !== undefined) out.waiverApprovedBy = approvedBy;
  return out;
}

/** `list` itself when `f` returns every item unchanged, else the new list. */
function mapSame<T>(list: readonly T[], f: (item: T) => T): T[] {
  let out: T[] | undefined;
  list.forEach((item, i) => {
    const next = f(item);
    if (next !== item) (out ??= list.slice(0, i)).push(next);
    else out?.push(item);
  });
  return out ?? (list as T[]);
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
