// A proposal's data and node positions read straight from yaml's concrete syntax tree, for
// the plain YAML proposals are written in. Composing a Document and converting it with
// toJS() was about 40% of yaml's cost; this builds the same result in one walk. Anything
// it does not handle (anchors, aliases, tags, flow mappings, explicit keys, duplicate or
// non-string keys, tabs, directives, several documents, anything yaml would warn about)
// returns undefined, and the caller composes the document as before, so a file gets the
// same data, positions and problems either way (test/core/cst.test.ts compares the two).
import { CST, Document, isScalar, type Schema, type ScalarTag } from 'yaml';
import type { NodePath, Position } from '../types.js';

/** What the Composer path would give for a file with no problems. */
export interface CstDocument {
  data: unknown;
  locate(path: NodePath, target?: 'key' | 'value'): Position;
  source(path: NodePath): string | undefined;
  /** Where the scalar at exactly `path` (or its key) is written, [start, end); else undefined. */
  scalar(path: NodePath, target?: 'key' | 'value'): [number, number] | undefined;
  /**
   * Where yaml's Composer reports a key seen before in its mapping (DUPLICATE_KEY), in its
   * order; absent when there is none. `data` is then undefined, as after any YAML problem, and
   * `locate` finds a key's first occurrence, as the Composer's document does.
   */
  duplicates?: number[];
}

/** The duplicate keys of the document being read (readCst is not re-entered). */
let duplicates: number[] = [];

// The n-th key of the last documents read, by position. Proposals write the same keys in
// much the same order, and a key fresh from the file is looked up in V8's table of property
// names (hashed) the first time it names a property; the one already seen in that place is
// in the table, so comparing with it (no hash) and using it saves that lookup.
const KEY_SLOTS = 256;
const keysSeen: string[] = new Array<string>(KEY_SLOTS).fill('');
let keySlot = 0;
function sameKey(name: string): string {
  const slot = keySlot++;
  if (slot >= KEY_SLOTS) return name;
  const seen = keysSeen[slot];
  if (seen === name) return seen;
  keysSeen[slot] = name;
  return name;
}

/** The reading shortcut can be turned off, so that a test compares it with the Composer. */
export const cstShortcut = { enabled: true };

type Tree =
  | { kind: 'scalar'; start: number; end: number }
  | {
      kind: 'map';
      start: number;
      /** Keys, their nodes and their values' nodes, in order; indexed on the first lookup. */
      names: string[];
      keys: Tree[];
      values: Tree[];
      index?: Map<string, number>;
    }
  | { kind: 'seq'; start: number; items: Tree[] };

interface Built {
  tree: Tree;
  value: unknown;
  /** yaml's range[2]: where the node ends, its trailing comment included. */
  end: number;
}

/** Thrown inside the walk for anything this reader leaves to the Composer. */
const FALLBACK = Symbol('fallback');
const bail = (): never => {
  throw FALLBACK;
};

// The same schema the Composer builds for a document (YAML 1.2 core, no known tags): its
// tags decide what a plain scalar is (null, boolean, integer, float or string).
const schema: Schema = new Document(null, { resolveKnownTags: false }).schema;
const scalarTags = schema.tags.filter((t): t is ScalarTag => !t.collection && !!t.test);
const keyTags = scalarTags.filter((t) => t.default === true || t.default === 'key');
const valueTags = scalarTags.filter((t) => t.default === true);
const resolveOptions = new Document(null).options;

// A plain scalar's value by its text: the same keys and values (`service`, `go`, `true`)
// recur in every proposal, and trying each tag's pattern on each was a tenth of this walk.
const resolvedKeys = new Map<string, unknown>();
const resolvedValues = new Map<string, unknown>();
function remember(known: Map<string, unknown>, text: string, value: unknown): void {
  if (text.length > 64) return;
  if (known.size >= 4096) known.clear();
  known.set(text, value);
}

/**
 * The proposal's data and positions from the tokens of yaml's Parser, or undefined for
 * anything the Composer must read. `at` turns an offset into a line and column.
 */
export function readCst(
  tokens: readonly CST.Token[],
  text: string,
  at: (offset: number) => Position,
): CstDocument | undefined {
  if (!cstShortcut.enabled) return undefined;
  let document: CST.Document | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'document') {
      if (document) return undefined;
      document = token;
    } else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space') {
      return undefined;
    }
  }
  if (!document?.value) return undefined;
  let root: Built;
  duplicates = [];
  keySlot = 0;
  try {
    const props = readProps(document.start, 'doc-start', true, document.offset);
    const value = document.value;
    if (props.found && (value.type === 'block-map' || value.type === 'block-seq')) {
      if (!props.hasNewline) bail();
    }
    root = build(value, false);
    readEnd(document.end, false);
  } catch (err) {
    if (err === FALLBACK) return undefined;
    throw err;
  }
  const tree = root.tree;
  const locate = (path: NodePath, target: 'key' | 'value' = 'value'): Position =>
    at(find(tree, path, target).start);
  const source = (path: NodePath): string | undefined => {
    const node = find(tree, path, 'value');
    return node.kind === 'scalar' ? text.slice(node.start, node.end).trim() : undefined;
  };
  const scalar = (
    path: NodePath,
    target: 'key' | 'value' = 'value',
  ): [number, number] | undefined => {
    const node = exact(tree, path, target);
    return node?.kind === 'scalar' && path.length > 0 ? [node.start, node.end] : undefined;
  };
  if (duplicates.length > 0) return { data: undefined, locate, source, scalar, duplicates };
  return { data: root.value, locate, source, scalar };
}

/** The node at exactly `path`; undefined when some part of it is absent. */
function exact(root: Tree, path: NodePath, target: 'key' | 'value'): Tree | undefined {
  let node: Tree | undefined = root;
  for (let i = 0; i < path.length && node; i++) {
    const seg = path[i]!;
    if (node.kind === 'map') {
      const at = node.names.indexOf(String(seg));
      if (at < 0) return undefined;
      node = i === path.length - 1 && target === 'key' ? node.keys[at] : node.values[at];
    } else if (node.kind === 'seq' && typeof seg === 'number') {
      node = node.items[seg];
    } else {
      return undefined;
    }
  }
  return node;
}

/** As parse.ts's findNode: the deepest node on the path that exists. */
function find(root: Tree, path: NodePath, target: 'key' | 'value'): Tree {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (node.kind === 'map') {
      // A proposal's mappings are small: a search costs less than building an index. A
      // large one (thousands of unknown keys, a message at each) is indexed on first use.
      // Keys are unique here (a duplicate goes to the Composer), so both find the same.
      let at: number | undefined;
      if (node.names.length <= 32) {
        at = node.names.indexOf(String(seg));
        if (at < 0) at = undefined;
      } else {
        node.index ??= new Map(node.names.map((name, i) => [name, i]));
        at = node.index.get(String(seg));
      }
      if (at === undefined) return node;
      if (i === path.length - 1 && target === 'key') return node.keys[at]!;
      node = node.values[at]!;
    } else if (node.kind === 'seq') {
      const item = node.items[Number(seg)];
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

/** A node and its data. `atKey`: a mapping key, where yaml tries its key-only tags too. */
function build(token: CST.Token, atKey: boolean): Built {
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return scalar(token, atKey);
    case 'block-map':
      return blockMap(token);
    case 'block-seq':
      return blockSeq(token);
    case 'flow-collection':
      return flowSeq(token);
    default:
      return bail();
  }
}

function scalar(token: CST.FlowScalar | CST.BlockScalar, atKey: boolean): Built {
  let text: string;
  let start: number;
  let valueEnd: number;
  let end: number;
  const quick = token.type === 'block-scalar' ? undefined : flowText(token);
  if (quick !== undefined) {
    text = quick;
    start = token.offset;
    valueEnd = start + token.source.length;
    end = flowEnd((token as CST.FlowScalar).end, valueEnd);
  } else {
    const read = CST.resolveAsScalar(token, true, bail);
    if (!read) return bail();
    text = read.value;
    [start, valueEnd, end] = read.range;
  }
  let value: unknown = text;
  if (token.type === 'scalar' && !(PLAIN_STRINGS && startsAsString(text))) {
    const known = atKey ? resolvedKeys : resolvedValues;
    const seen = known.get(text);
    if (seen !== undefined || known.has(text)) {
      value = seen;
    } else {
      const tag = (atKey ? keyTags : valueTags).find((t) => t.test!.test(text));
      if (tag) {
        // A float comes back as a Scalar (it keeps its written precision for output).
        const resolved: unknown = tag.resolve(text, bail, resolveOptions);
        value = isScalar(resolved) ? resolved.value : resolved;
        if (value !== null && typeof value === 'object') bail();
      }
      if (typeof value !== 'bigint') remember(known, text, value);
    }
  }
  if (typeof value === 'bigint') return bail();
  return { tree: { kind: 'scalar', start, end: valueEnd }, value, end };
}

/**
 * The value of a flow scalar on one line with nothing to unescape or unfold, as yaml's
 * resolveFlowScalar reads it (the text itself, or within its quotes); undefined for any other,
 * which yaml then reads. yaml builds a quoted value a character at a time, and a plain one
 * through a regular expression: most of the garbage of a proposal's parse.
 */
function flowText(token: CST.FlowScalar): string | undefined {
  const source = token.source;
  if (source.includes('\n') || source.includes('\r')) return undefined;
  const last = source.length - 1;
  switch (token.type) {
    case 'scalar':
      // yaml reports these as a plain scalar's first character.
      return BAD_PLAIN_START.has(source.charCodeAt(0)) ? undefined : source;
    case 'double-quoted-scalar':
      return last > 0 && source.charCodeAt(last) === 0x22 && !source.includes('\\')
        ? source.slice(1, last)
        : undefined;
    case 'single-quoted-scalar':
      // The only `'` is the closing one: no `''` to unescape.
      return last > 0 && source.indexOf("'", 1) === last ? source.slice(1, last) : undefined;
    default:
      return undefined;
  }
}

// Tab , % | > @ ` (yaml's BAD_SCALAR_START), and no character at all (NaN).
const BAD_PLAIN_START = new Set([0x09, 0x2c, 0x25, 0x7c, 0x3e, 0x40, 0x60, NaN]);

/** yaml's resolveEnd after a flow scalar (space required before a comment): where it ends. */
function flowEnd(tokens: readonly CST.SourceToken[] | undefined, offset: number): number {
  if (!tokens) return offset;
  let hasSpace = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'space':
        hasSpace = true;
        break;
      case 'newline':
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) bail();
        break;
      default:
        bail();
    }
    offset += token.source.length;
  }
  return offset;
}

/**
 * The schema's scalar tags, as this file was written against (yaml 2's core schema): a plain
 * scalar that starts with a letter other than n, t or f (either case) matches none of them,
 * so it is a string with no pattern tried. Should yaml's schema change, every plain scalar
 * is resolved through the tags again.
 */
const CORE_TESTS = [
  '^(?:~|[Nn]ull|NULL)?$',
  '^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$',
  '^0o[0-7]+$',
  '^[-+]?[0-9]+$',
  '^0x[0-9a-fA-F]+$',
  '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$',
  '^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$',
  '^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$',
];
const PLAIN_STRINGS =
  keyTags.length === CORE_TESTS.length &&
  valueTags.length === CORE_TESTS.length &&
  keyTags.every((t, i) => t.test!.source === CORE_TESTS[i] && !t.test!.flags.includes('i'));

function startsAsString(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20; // ASCII letters in lower case; nothing else lands in a-z
  return c >= 0x61 && c <= 0x7a && c !== 0x6e && c !== 0x74 && c !== 0x66;
}

/** An empty node (`key:` with nothing after it), placed where yaml places it. */
function empty(offset: number, before: readonly CST.SourceToken[], comment: boolean, end: number) {
  const at = emptyScalarPosition(offset, before);
  return {
    tree: { kind: 'scalar', start: at, end: at } as Tree,
    value: null,
    end: comment ? end : at,
  };
}

function blockMap(map: CST.BlockMap): Built {
  const names: string[] = [];
  const keys: Tree[] = [];
  const values: Tree[] = [];
  const data: Record<string, unknown> = {};
  let offset = map.offset;
  let commentEnd: number | undefined;
  for (let i = 0; i < map.items.length; i++) {
    const { start, key, sep, value } = map.items[i]!;
    const keyProps = readProps(start, 'explicit-key-ind', true, offset);
    if (keyProps.found) bail();
    if (!sep) {
      // Only comments: fine as the last item, an error in yaml anywhere else.
      if (key || value || i !== map.items.length - 1) bail();
      commentEnd = keyProps.end;
      continue;
    }
    if (!key || (key.type !== 'scalar' && key.type !== 'single-quoted-scalar')) {
      if (key?.type !== 'double-quoted-scalar') bail();
    }
    const k = key!;
    if ((k as CST.FlowScalar).indent !== map.indent || containsNewline(k as CST.FlowScalar)) bail();
    const keyNode = scalar(k as CST.FlowScalar, true);
    if (typeof keyNode.value !== 'string' || keyNode.value === '<<') bail();
    const name = sameKey(keyNode.value as string);
    // A key seen before: yaml's Composer reports it where the key's properties end (here,
    // where the tokens before the key end), then reads its value all the same.
    // `names` holds exactly the keys set on `data`: searched while small, asked of the object
    // (a lookup in its shape, which changes with every key) only when large.
    const duplicate =
      names.length <= 32 ? names.includes(name) : Object.prototype.hasOwnProperty.call(data, name);
    if (duplicate) duplicates.push(keyProps.end);
    const valueProps = readProps(sep, 'map-value-ind', false, keyNode.end);
    if (!valueProps.found) bail();
    if (value?.type === 'block-map' && !valueProps.hasNewline) bail();
    // yaml's strict limit on implicit keys (1024 characters before the `:`).
    if (keyProps.start < valueProps.found!.offset - 1024) bail();
    const valueNode = value
      ? build(value, false)
      : empty(valueProps.end, sep, valueProps.comment, valueProps.end);
    offset = valueNode.end;
    if (duplicate) continue; // the first occurrence is the one found
    names.push(name);
    keys.push(keyNode.tree);
    values.push(valueNode.tree);
    if (name in data) {
      Object.defineProperty(data, name, {
        value: valueNode.value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else {
      data[name] = valueNode.value;
    }
  }
  if (commentEnd !== undefined && commentEnd < offset) bail();
  return {
    tree: { kind: 'map', start: map.offset, names, keys, values },
    value: data,
    end: commentEnd ?? offset,
  };
}

function blockSeq(seq: CST.BlockSequence): Built {
  const items: Tree[] = [];
  const data: unknown[] = [];
  let offset = seq.offset;
  let commentEnd: number | undefined;
  for (let i = 0; i < seq.items.length; i++) {
    const { start, value } = seq.items[i]!;
    const props = readProps(start, 'seq-item-ind', true, offset);
    if (!props.found) {
      if (value || i !== seq.items.length - 1) bail();
      commentEnd = props.end;
      continue;
    }
    const node = value ? build(value, false) : empty(props.end, start, props.comment, props.end);
    offset = node.end;
    items.push(node.tree);
    data.push(node.value);
  }
  return {
    tree: { kind: 'seq', start: seq.offset, items },
    value: data,
    end: commentEnd ?? offset,
  };
}

/** `[a, b, "c"]` on one line: flow sequences of scalars, and `{}`. Other flow mappings go to the Composer. */
function flowSeq(flow: CST.FlowCollection): Built {
  const isMap = flow.start.source === '{';
  if (isMap && flow.items.length > 0) bail();
  const items: Tree[] = [];
  const data: unknown[] = [];
  for (let i = 0; i < flow.items.length; i++) {
    const { start, key, sep, value } = flow.items[i]!;
    if (key || sep || !value) bail();
    let commas = 0;
    for (const t of start) {
      if (t.type === 'comma') commas++;
      else if (t.type !== 'space' || t.source.includes('\t')) bail();
    }
    if (commas !== (i === 0 ? 0 : 1)) bail();
    if (value!.type !== 'scalar' && value!.type !== 'single-quoted-scalar') {
      if (value!.type !== 'double-quoted-scalar') bail();
    }
    const v = value as CST.FlowScalar;
    if (v.source.includes('\n') || v.end?.some((t) => t.type !== 'space')) bail();
    const node = scalar(v, false);
    items.push(node.tree);
    data.push(node.value);
  }
  const [close, ...rest] = flow.end;
  if (close?.type !== (isMap ? 'flow-map-end' : 'flow-seq-end')) bail();
  const end = readEnd(rest, true, close!.offset + close!.source.length);
  if (isMap) {
    const tree: Tree = { kind: 'map', start: flow.offset, names: [], keys: [], values: [] };
    return { tree, value: {}, end };
  }
  return { tree: { kind: 'seq', start: flow.offset, items }, value: data, end };
}

interface Props {
  found: CST.SourceToken | undefined;
  hasNewline: boolean;
  comment: boolean;
  /** Where the tokens end (`offset` when there are none). */
  end: number;
  /** yaml's props.start: no anchors or tags here, so the end. */
  start: number;
}

/**
 * yaml's resolveProps for the tokens before a node, narrowed: only spaces (no tabs),
 * comments after white space, line breaks and at most one `indicator`; anything else
 * (anchors, tags, errors, stray tokens) goes to the Composer.
 */
function readProps(
  tokens: readonly CST.SourceToken[],
  indicator: string,
  startOnNewline: boolean,
  offset: number,
): Props {
  let hasSpace = startOnNewline;
  let hasNewline = false;
  let comment = false;
  let found: CST.SourceToken | undefined;
  // Indexed loops here and below: for…of allocates an iterator in code not yet optimized.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'space':
        if (token.source.includes('\t')) bail();
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) bail();
        comment = true;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      default:
        if (token.type !== indicator || found) bail();
        found = token;
        hasSpace = false;
    }
  }
  // Not tokens[-1] when there are none: a negative index is a slow property lookup in V8.
  const last = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
  const end = last ? last.offset + last.source.length : offset;
  return { found, hasNewline, comment, end, start: end };
}

/** yaml's resolveEnd: spaces, comments and line breaks after a node; returns where they end. */
function readEnd(tokens: readonly CST.SourceToken[] | undefined, strict: boolean, offset = 0) {
  let hasSpace = false;
  if (!tokens) return offset;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'space' || token.type === 'newline') {
      if (token.source.includes('\t')) bail();
      hasSpace = true;
    } else if (token.type === 'comment') {
      if (strict && !hasSpace) bail();
    } else {
      bail();
    }
    offset += token.source.length;
  }
  return offset;
}

function containsNewline(key: CST.FlowScalar): boolean {
  return key.source.includes('\n') || (key.end?.some((t) => t.type === 'newline') ?? false);
}

/** yaml's emptyScalarPosition: after the last token that is not a space, comment or line break. */
function emptyScalarPosition(offset: number, before: readonly CST.SourceToken[]): number {
  for (let i = before.length - 1; i >= 0; --i) {
    let st = before[i]!;
    if (st.type === 'space' || st.type === 'comment' || st.type === 'newline') {
      offset -= st.source.length;
      continue;
    }
    st = before[++i]!;
    while (st?.type === 'space') {
      offset += st.source.length;
      st = before[++i]!;
    }
    break;
  }
  return offset;
}
