// Reads the tables and lists of a rendered portfolio page (our HTML page, or the Markdown
// page rendered by a GFM renderer) back into text, so that tests compare what a reader
// sees with the data it comes from.
import { marked } from 'marked';

export interface Cell {
  /** What a reader sees: tags dropped, entities decoded, zero-width spaces removed. */
  text: string;
  /** The first link's target. */
  href?: string;
}

export interface Section {
  heading: string;
  /** The first table's rows (the header row first); empty without a table. */
  table: Cell[][];
  /** The items of the lists. */
  items: Cell[];
  /** Paragraphs, as text. */
  paragraphs: string[];
}

export function markdownSections(markdown: string): Map<string, Section> {
  return htmlSections(marked.parse(markdown, { gfm: true, async: false }));
}

/** The page's sections by their h2 heading. */
export function htmlSections(html: string): Map<string, Section> {
  const out = new Map<string, Section>();
  const parts = html.split(/<h2[^>]*>/).slice(1);
  for (const part of parts) {
    const heading = text(part.slice(0, part.indexOf('</h2>')));
    const body = part.slice(part.indexOf('</h2>'));
    const table = /<table[\s\S]*?<\/table>/.exec(body)?.[0] ?? '';
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
      [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => cell(c[1]!)),
    );
    const items = [...body.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => cell(m[1]!));
    const paragraphs = [...body.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => text(m[1]!));
    out.set(heading, { heading, table: rows, items, paragraphs });
  }
  return out;
}

function cell(html: string): Cell {
  const href = /<a [^>]*href="([^"]*)"/.exec(html)?.[1];
  return { text: text(html), ...(href !== undefined ? { href: decode(href) } : {}) };
}

export function text(html: string): string {
  return decode(html.replace(/<[^>]+>/g, ''))
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function decode(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The table's rows as records by column header. */
export function records(section: Section | undefined): Record<string, Cell>[] {
  if (!section || section.table.length === 0) return [];
  const [head, ...rows] = section.table;
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h.text, r[i]!])));
}
