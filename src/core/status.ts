// A proposal's `status`, as decision-record tools write it: any case (`Accepted`), and
// `superseded by ADR-0012` with the successor kept as text.

/** The statuses, each in lower case. */
export const STATUSES = [
  'draft',
  'proposed',
  'accepted',
  'rejected',
  'deprecated',
  'superseded',
] as const;

/** Decisions of the past: judged and shown, but they never fail the gate and cost nothing. */
export const PAST_STATUSES: readonly string[] = ['rejected', 'deprecated', 'superseded'];

const STATUS = /^\s*(draft|proposed|accepted|rejected|deprecated|superseded)(\s+\S[\s\S]*)?$/i;

/**
 * The status as reports show it: the keyword in lower case, the rest of a `superseded by …`
 * as written (on one line). Undefined for text that is no status.
 */
export function normalizeStatus(text: string): string | undefined {
  const m = STATUS.exec(text);
  if (!m) return undefined;
  const keyword = m[1]!.toLowerCase();
  const rest = m[2]?.trim().replace(/\s+/g, ' ');
  if (rest && keyword !== 'superseded') return undefined;
  return rest ? `${keyword} ${rest}` : keyword;
}

/** The status keyword of a report's status: `superseded by ADR-0012` → `superseded`. */
export function statusKeyword(status: unknown): string {
  return typeof status === 'string' ? (status.split(' ', 1)[0] ?? '') : '';
}

/** A rejected, deprecated or superseded decision. */
export function isPastDecision(status: unknown): boolean {
  return PAST_STATUSES.includes(statusKeyword(status));
}
