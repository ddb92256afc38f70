// Markdown as a reader sees it: rendered by marked (GFM), the way GitHub renders a comment,
// then read back as text and as the elements it made. Tests compare these with the data.
import { marked } from 'marked';
import type { Finding, ProposalReport } from '../src/core/types.js';

/** The HTML that GFM makes of `md`. */
export function renderGfm(md: string): string {
  return marked.parse(md, { gfm: true, async: false });
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * The text of rendered HTML, whitespace runs as one space. Only the five characters marked
 * escapes itself are read back: any other entity left in the HTML stays as written, so text
 * that became an entity shows up as a difference.
 */
export function htmlText(html: string): string {
  return html
    .replace(TAG, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The rendered text of `md`. */
export function renderedText(md: string): string {
  return htmlText(renderGfm(md));
}

/** Every tag of rendered HTML, attributes included, in order. */
export function htmlTags(html: string): string[] {
  return html.match(TAG) ?? [];
}

// A tag: `<` and a letter, `/` or `!`. marked leaves any other `<` inside <code> unescaped,
// which no browser reads as markup either.
const TAG = /<[A-Za-z/!?][^>]*>/g;

/** Whitespace as rendered text has it: runs of it as one space, none at either end. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How many times `part` occurs in `text`. */
export function occurrences(text: string, part: string): number {
  if (!part) return 0;
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/**
 * The order a reader expects the proposals in, from the JSON report alone: those failing the
 * gate (an unwaived error, or a warning under fail-on: warning), then those with any other
 * unwaived error or warning, then the rest; in the report's order within each. A past decision
 * never gates; a draft only for invalid input and duplicates (docs/policy.md, "Drafts").
 */
export function gateOrdered(proposals: ProposalReport[], failOn: string): ProposalReport[] {
  const open = (p: ProposalReport) =>
    p.findings.filter((f: Finding) => !f.waived && f.severity !== 'notice');
  const gates = (p: ProposalReport, f: Finding) =>
    !/^(rejected|deprecated|superseded)\b/.test(p.status) &&
    (p.status !== 'draft' ||
      ['proposal-invalid', 'waiver-invalid', 'duplicate-service'].includes(f.rule));
  const rank = (p: ProposalReport) => {
    const o = open(p);
    if (o.length === 0) return 2;
    const fails =
      failOn !== 'never' &&
      o.some((f) => gates(p, f) && (f.severity === 'error' || failOn === 'warning'));
    return fails ? 0 : 1;
  };
  return [0, 1, 2].flatMap((r) => proposals.filter((p) => rank(p) === r));
}

/**
 * Rendered text without the zero-width spaces the quoting helper puts after `@` and `#`, so
 * that no mention or issue reference links: otherwise the text is the text as written.
 */
export function unneutralised(text: string): string {
  return text.replace(/\u200b/g, '');
}
