// The portfolio's drift section, in Markdown and in HTML: findings about repositories, not
// about one proposal, so they sit apart from the rest of the page.
import type { DriftFinding, DriftKind } from '../drift/index.js';
import { plural } from '../format.js';
import type { Portfolio } from '../portfolio.js';
import { clipText, escapeMarkdown } from './escape.js';

export const DRIFT_TITLE: Readonly<Record<DriftKind, string>> = {
  'rust-without-decision': 'Rust without a decision',
  'portal-disagrees': 'Portal disagrees',
  'go-without-decision': 'Go without a decision',
};

export const DRIFT_ICON = { warning: '⚠️', notice: 'ℹ️' } as const;
export const MAX_DRIFT_MESSAGE = 600;

export function driftHeading(p: Portfolio): string {
  const drift = p.drift ?? [];
  const warnings = drift.filter((d) => d.severity === 'warning').length;
  return `Drift: the code and the portal against the decisions (${plural(warnings, 'warning')}, ${plural(drift.length - warnings, 'notice')})`;
}

export function driftPlace(d: DriftFinding): string {
  return d.repository ? `${d.repository}: ` : '';
}

/** The section's Markdown lines; none when the code was not read. */
export function driftMarkdown(p: Portfolio, maxRows = Infinity): string[] {
  if (!p.drift) return [];
  const out = [`## ${driftHeading(p)}`, ''];
  if (p.drift.length === 0) {
    out.push('The code and the developer portal agree with the decisions.', '');
    return out;
  }
  for (const d of p.drift.slice(0, maxRows)) {
    out.push(
      `- ${DRIFT_ICON[d.severity]} **${DRIFT_TITLE[d.kind]}**: ${escapeMarkdown(clipText(`${driftPlace(d)}${d.message}`, MAX_DRIFT_MESSAGE))}`,
    );
  }
  if (p.drift.length > maxRows) out.push(`- …and ${plural(p.drift.length - maxRows, 'more')}`);
  out.push('');
  return out;
}
