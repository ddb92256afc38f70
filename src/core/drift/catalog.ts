// Backstage catalog files (`catalog-info.yaml`): which language a developer portal says a
// service is written in. The text is a stranger's like a proposal's: parsed as data, never
// quoted beyond one token, and only `kind: Component` entities with a name count.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import type { Position } from '../types.js';

/** The language tags a portal may give a component, and the language each names. */
const LANGUAGE_TAGS: ReadonlyMap<string, 'go' | 'rust'> = new Map([
  ['go', 'go'],
  ['golang', 'go'],
  ['rust', 'rust'],
]);

/** One component of a catalog file that names a language among its tags. */
export interface CatalogComponent {
  file: string;
  /** `metadata.name`. */
  name: string;
  /** The languages its tags name (normally one). */
  languages: ('go' | 'rust')[];
  /** Where the first language tag is written. */
  position: Position;
}

/** Catalog files read in one repository at most; a portal keeps a handful per service. */
export const MAX_CATALOG_FILES = 500;

/** The most documents one catalog file is read for; a portal file holds a handful. */
const MAX_DOCUMENTS = 1000;

/**
 * The components of one catalog file that carry a language tag. A file that is not YAML, or
 * a document that is not a component, gives nothing: a catalog belongs to the portal, and its
 * own validation is the portal's job.
 */
export function catalogComponents(file: string, text: string): CatalogComponent[] {
  const lines = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: false });
  } catch {
    return [];
  }
  if (!Array.isArray(docs)) return [];
  const out: CatalogComponent[] = [];
  for (const doc of docs.slice(0, MAX_DOCUMENTS)) {
    if (doc.errors.length > 0) continue;
    const root = doc.contents;
    if (!isMap(root)) continue;
    if (scalarText(root.get('kind', true)) !== 'Component') continue;
    const metadata = root.get('metadata', true);
    if (!isMap(metadata)) continue;
    const name = scalarText(metadata.get('name', true));
    if (name === undefined || name === '') continue;
    const tags = metadata.get('tags', true);
    if (!isSeq(tags)) continue;
    const languages: ('go' | 'rust')[] = [];
    let first: Node | undefined;
    for (const item of tags.items) {
      const tag = scalarText(item as Node);
      const language = tag === undefined ? undefined : LANGUAGE_TAGS.get(tag.toLowerCase());
      if (!language) continue;
      if (!languages.includes(language)) languages.push(language);
      first ??= item as Node;
    }
    if (languages.length === 0) continue;
    const offset = first?.range?.[0] ?? 0;
    const at = lines.linePos(offset);
    out.push({ file, name, languages, position: { line: at.line, column: at.col } });
  }
  return out;
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  return typeof node.value === 'string' ? node.value : undefined;
}
