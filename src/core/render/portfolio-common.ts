// What the Markdown and the HTML portfolio pages share: where a proposal's link goes, when
// the page needs a Repository column, and the words for a justification's basis and a
// waiver's state. No escaping here: each page escapes in its own format.
import { daysBetween } from '../engine.js';
import { plural } from '../format.js';
import type { EvidenceTotals, InventoryEntry, InventoryWaiver, Portfolio } from '../portfolio.js';

export interface PortfolioLinkOptions {
  /** Where repositories live (GITHUB_SERVER_URL); default https://github.com. */
  serverUrl?: string;
  /** Put before the path of a file of no named repository: `../` for a page in docs/. */
  linkBase?: string;
}

/** More than one repository (or a local folder beside a repository): rows say which. */
export function manyRepositories(p: Portfolio): boolean {
  const names = new Set<string>(p.repositories.map((r) => r.name));
  for (const x of p.proposals) names.add(x.repository ?? '');
  return names.size > 1;
}

/**
 * The link to a proposal's file: in its repository at the ref read (or the default branch),
 * or, with no repository, the path itself, relative to where the page is kept. Each segment
 * is percent-encoded, so that no path can end the link or name another scheme.
 */
export function fileHref(
  p: Portfolio,
  x: { repository?: string; file: string },
  options: PortfolioLinkOptions = {},
): string {
  if (!x.repository) return `${options.linkBase ?? ''}${encodePath(x.file)}`;
  const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const ref = p.repositories.find((r) => r.name === x.repository)?.ref ?? 'HEAD';
  return `${server}/${encodePath(x.repository)}/blob/${encodePath(ref)}/${encodePath(x.file)}`;
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

/** A current proposal or a past decision: the inventory in the two tables the page shows. */
export function splitInventory(p: Portfolio): {
  current: InventoryEntry[];
  past: InventoryEntry[];
} {
  return {
    current: p.proposals.filter((x) => !x.past),
    past: p.proposals.filter((x) => x.past),
  };
}

/** A waiver of the inventory in a few words: `expires in 6 days`, `expired`, `unused`. */
export function waiverWords(w: InventoryWaiver, date: string): string {
  if (w.state === 'expired') return 'expired';
  if (w.state === 'expiring' && w.expires) {
    return `expires in ${plural(daysBetween(date, w.expires), 'day')}`;
  }
  return w.state;
}

/** The error of a repository that could not be read, as one line: `404: not found`. */
export function repositoryError(error: { status?: number; reason: string }): string {
  return error.status !== undefined ? `${error.status}: ${error.reason}` : error.reason;
}

/** The evidence section's heading, its rows (words and the count) and its list's heading. */
export const EVIDENCE_TITLE = 'Evidence behind the measurements';
export const EVIDENCE_INTRO =
  "The current proposals' constraints by what their evidence showed: each claim is held against the committed file it cites; a link is not read.";

export function evidenceRows(e: EvidenceTotals): [icon: string, words: string, count: number][] {
  return [
    ['✅', 'Verified against its artefact', e.verified],
    ['🔗', 'Cites a link, which is not read', e.urlOnly],
    ['❔', 'File read, no figure compared', e.unchecked],
    ['❌', 'Contradicted by its artefact', e.contradicted],
  ];
}

export function contradictionsHeading(e: EvidenceTotals): string {
  return `Contradicted by their own artefact (${e.contradictions.length})`;
}
