import {
  LineCounter,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { NodePath, Position } from '../types.js';

/** A problem found while reading a file, before any rule runs. */
export interface Problem {
  rule: 'proposal-invalid' | 'waiver-invalid';
  message: string;
  line: number;
  column: number;
}

export interface SourceDocument {
  /** The proposal as plain data; undefined when the YAML could not be read. */
  data: unknown;
  problems: Problem[];
  /** Where a node is in the file; falls back to the nearest ancestor that exists. */
  locate(path: NodePath, target?: 'key' | 'value'): Position;
  /** The text of a scalar as written in the file (`1.20`, not the number 1.2); undefined when absent. */
  source?(path: NodePath): string | undefined;
}

export type ParseResult =
  { kind: 'skipped'; reason: string } | { kind: 'document'; document: SourceDocument };

// Proposals are small; anything with more aliases than this is an alias bomb.
const MAX_ALIASES = 100;

/** Reads a proposal from a YAML file, or from a Markdown file's front matter. */
export function parseProposal(file: string, text: string): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/\.md$/i.test(file)) {
    const fm = extractFrontMatter(source);
    if (fm === null) {
      return { kind: 'skipped', reason: 'Markdown file with no YAML front matter' };
    }
    if ('error' in fm) {
      return {
        kind: 'document',
        document: {
          data: undefined,
          problems: [{ rule: 'proposal-invalid', message: fm.error, line: 1, column: 1 }],
          locate: () => ({ line: 1, column: 1 }),
        },
      };
    }
    return { kind: 'document', document: parseYaml(fm.yaml, fm.lineOffset) };
  }
  return { kind: 'document', document: parseYaml(source, 0) };
}

type FrontMatter = { yaml: string; lineOffset: number } | { error: string };

/** The YAML between a first line `---` and the next `---` (or `...`) line; null when there is none. */
export function extractFrontMatter(text: string): FrontMatter | null {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') {
      return { yaml: lines.slice(1, i).join('\n'), lineOffset: 1 };
    }
  }
  return {
    error: 'the front matter that opens on line 1 is never closed: add a line `---` after it',
  };
}

/**
 * Reads one YAML document with node positions. `subject` names the file in messages
 * ("a proposal", "the configuration"); the configuration loader reuses this.
 */
export function parseYaml(text: string, lineOffset = 0, subject = 'a proposal'): SourceDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    // `!!binary`, `!!set`, `!!timestamp`… would otherwise become bytes, sets and dates.
    resolveKnownTags: false,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const problems: Problem[] = [];
  for (const issue of [...doc.errors, ...doc.warnings]) {
    const pos = at(issue.pos[0]);
    problems.push({
      rule: 'proposal-invalid',
      message: yamlMessage(issue.code, issue.message, subject),
      ...pos,
    });
  }

  const locate = (path: NodePath, target: 'key' | 'value' = 'value'): Position => {
    const node = findNode(doc.contents, path, target);
    return node?.range ? at(node.range[0]) : { line: 1 + lineOffset, column: 1 };
  };

  const source = (path: NodePath): string | undefined => {
    const node = findNode(doc.contents, path, 'value');
    return isScalar(node) && node.range
      ? text.slice(node.range[0], node.range[1]).trim()
      : undefined;
  };

  if (problems.length === 0) {
    // A list or mapping as a key would be stringified (with a warning on stderr); no field is one.
    visit(doc, {
      Pair(_key, pair) {
        if (!isCollection(pair.key)) return undefined;
        problems.push({
          rule: 'proposal-invalid',
          message: 'a key must be a plain name, not a list or mapping',
          ...(pair.key.range ? at(pair.key.range[0]) : { line: 1 + lineOffset, column: 1 }),
        });
        return visit.BREAK;
      },
    });
  }

  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (err) {
      const alias = unresolvedAlias(doc);
      problems.push({
        rule: 'proposal-invalid',
        message: alias
          ? `invalid YAML: the alias *${alias.source} names no anchor (&${alias.source}) set before it`
          : `the YAML cannot be read: ${(err as Error).message}`,
        ...(alias?.range ? at(alias.range[0]) : { line: 1 + lineOffset, column: 1 }),
      });
    }
  }
  return { data, problems, locate, source };
}

/** The first alias (`*name`) with no anchor (`&name`) before it, if any. */
function unresolvedAlias(doc: Document): { source: string; range?: Node['range'] } | undefined {
  const anchors = new Set<string>();
  let found: { source: string; range?: Node['range'] } | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) {
          found = node;
          return visit.BREAK;
        }
      } else if (node.anchor) {
        anchors.add(node.anchor);
      }
      return undefined;
    },
  });
  return found;
}

/** yaml's messages carry a code snippet and position we already report; keep the first sentence. */
function yamlMessage(code: string, message: string, subject: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return 'a key appears twice in the same mapping; keep one';
  if (code === 'TAG_RESOLVE_FAILED' || code === 'BAD_COLLECTION_TYPE') {
    return `custom YAML tags are not allowed in ${subject} (${first})`;
  }
  if (code === 'MULTIPLE_DOCS') {
    return `the file holds more than one YAML document; ${subject} is a single document`;
  }
  return `invalid YAML: ${first}`;
}

/** Walks maps and sequences; returns the deepest node on the path that exists. */
function findNode(root: Node | null, path: NodePath, target: 'key' | 'value'): Node | null {
  let node: Node | null = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return node;
      if (last && target === 'key') return pair.key as Node;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}
