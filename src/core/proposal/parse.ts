import {
  Composer,
  Lexer,
  LineCounter,
  Parser,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type CST,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { MAX_TOKEN_CHARS } from '../format.js';
import type { Fix, NodePath, Position } from '../types.js';
import { readCst } from './cst.js';

/** A problem found while reading a file, before any rule runs. */
export interface Problem {
  rule: 'proposal-invalid' | 'waiver-invalid';
  message: string;
  line: number;
  column: number;
  /** Corrections that resolve it (src/core/proposal/fixes.ts). */
  fixes?: Fix[];
}

export interface SourceDocument {
  /** The proposal as plain data; undefined when the YAML could not be read. */
  data: unknown;
  problems: Problem[];
  /** Where a node is in the file; falls back to the nearest ancestor that exists. */
  locate(path: NodePath, target?: 'key' | 'value'): Position;
  /** The text of a scalar as written in the file (`1.20`, not the number 1.2); undefined when absent. */
  source?(path: NodePath): string | undefined;
  /**
   * Where the scalar at exactly `path` (its key, with `target` 'key') is written in the whole
   * file, quotes included; undefined when the path leads to no scalar. Fixes replace it.
   */
  span?(path: NodePath, target?: 'key' | 'value'): Span | undefined;
  /**
   * A file of several documents: each one read on its own (its data, problems and positions
   * in the whole file), for its problems and fixes. The file itself has no data.
   */
  parts?: SourceDocument[];
  /** Which of the file's documents this is, when it is one of several. */
  part?: number;
}

/** A scalar as written: UTF-16 offsets into the file's text, [start, end), and positions. */
export interface Span {
  range: [number, number];
  start: Position;
  end: Position;
  /** The scalar's text as written, quotes included. */
  raw: string;
}

export type ParseResult =
  { kind: 'skipped'; reason: string } | { kind: 'document'; document: SourceDocument };

// Proposals are small (a few dozen entries, four levels deep). The limits below are far
// above what any proposal needs and far below what could hurt the run; each one ends as a
// proposal-invalid finding that says which limit was hit.

/** Most alias nodes in a document, and yaml's limit on expanded aliases (alias bombs). */
export const MAX_ALIASES = 100;
/**
 * Deepest nesting of lists and mappings, aliases expanded. The YAML library composes nodes
 * recursively: at about a thousand levels it overflows the stack, and V8 may then abort the
 * whole process (a fatal out-of-memory in its regexp compiler) instead of throwing. Nesting
 * is therefore measured on the concrete syntax tree, which the library builds without
 * recursion, and refused before anything recursive runs.
 */
export const MAX_DEPTH = 64;
/** Most entries (list items and mapping pairs) in one document. */
export const MAX_ENTRIES = 5_000;
/**
 * Most lexemes (the YAML lexer's tokens) in one document: about ten per entry, so twenty
 * times MAX_ENTRIES. The composer builds an object, sometimes an error, per token before any
 * later limit applies; counting in the lexer pass bounds the work per file by this number.
 */
export const MAX_LEXEMES = 20 * MAX_ENTRIES;
/** Most tags and anchors (`!x`, `&x`): each may cost the composer an error with a stack. */
export const MAX_PROPS = 2 * MAX_ALIASES;
/** Most syntax errors the parser may report before the file is refused outright. */
export const MAX_SYNTAX_ERRORS = 100;
/** Most YAML syntax problems listed for one file; the rest are counted in one more. */
export const MAX_YAML_PROBLEMS = 20;
/** Longest message quoted from the YAML library (it may quote a whole token). */
const MAX_MESSAGE_CHARS = 300;

/** Reads a proposal from a YAML file, or from a Markdown file's front matter. */
export function parseProposal(file: string, text: string): ParseResult {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = lineBreaks(bom ? text.slice(1) : text);
  if (/\.md$/i.test(file)) {
    const fm = extractFrontMatter(source);
    if (fm === null) {
      const late = lateFrontMatter(source);
      if (late) {
        return {
          kind: 'document',
          document: {
            data: undefined,
            problems: [{ rule: 'proposal-invalid', ...late }],
            locate: () => ({ line: late.line, column: 1 }),
          },
        };
      }
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
    const toFile = frontMatterOffsets(source, fm.yaml);
    return {
      kind: 'document',
      document: parseYaml(fm.yaml, fm.lineOffset, undefined, (o) => bom + toFile(o)),
    };
  }
  return { kind: 'document', document: parseYaml(source, 0, undefined, (o) => bom + o) };
}

/**
 * Offsets in the front matter's YAML → offsets in the Markdown file. The YAML is the file's
 * lines after the first, each line break written `\n` (a CRLF in the file is one character
 * shorter there), so each line keeps its text and only its start moves.
 */
function frontMatterOffsets(source: string, yaml: string): (offset: number) => number {
  const yamlStarts: number[] = [];
  const fileStarts: number[] = [];
  let inFile = source.indexOf('\n') + 1;
  let inYaml = 0;
  for (const line of yaml.split('\n')) {
    yamlStarts.push(inYaml);
    fileStarts.push(inFile);
    inYaml += line.length + 1;
    inFile += line.length + (source.charCodeAt(inFile + line.length) === 0x0d ? 2 : 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = yamlStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (yamlStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return fileStarts[lo]! + offset - yamlStarts[lo]!;
  };
}

/**
 * A lone CR (classic Mac OS) is a line break in YAML 1.2, but the YAML library reads it as
 * part of the line. Replaced by LF, one character for one, so every offset stays the same.
 */
function lineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

type FrontMatter = { yaml: string; lineOffset: number } | { error: string };

/**
 * Front matter that opens after blank lines or HTML comments: Markdown tools would not read
 * it as front matter, and silently skipping a proposal the author meant is worse than saying so.
 */
function lateFrontMatter(
  text: string,
): { message: string; line: number; column: number } | undefined {
  const lines = text.split(/\r?\n/);
  let i = 0;
  let comment = false;
  let what = '';
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    if (line === '') {
      what ||= 'blank lines';
      continue;
    }
    if (line.startsWith('<!--')) {
      what = 'an HTML comment';
      if (!line.includes('-->')) comment = true;
      continue;
    }
    break;
  }
  if (i === 0 || i >= lines.length || lines[i]!.trimEnd() !== '---') return undefined;
  const closes = lines.slice(i + 1).some((l) => ['---', '...'].includes(l.trimEnd()));
  if (!closes) return undefined;
  return {
    message: `the front matter opens on line ${i + 1}, after ${what}; it must open on line 1: move the \`---\` block to the top of the file`,
    line: i + 1,
    column: 1,
  };
}

/** The YAML between a first line `---` and the next `---` (or `...`) line; null when there is none. */
export function extractFrontMatter(text: string): FrontMatter | null {
  // Line by line up to the closing line, without splitting the Markdown body too; a front
  // matter with a CR in it is read by the split below, which drops the CR of each CRLF.
  let start = 0;
  for (let n = 0; start <= text.length; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(
      start,
      end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end,
    );
    const mark = line.trimEnd();
    if (n === 0 && mark !== '---') return null;
    if (n > 0 && (mark === '---' || mark === '...')) {
      const body = text.indexOf('\n') + 1;
      const yaml = n === 1 ? '' : text.slice(body, start - 1);
      if (!yaml.includes('\r')) return { yaml, lineOffset: 1 };
      break;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
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
export function parseYaml(
  raw: string,
  lineOffset = 0,
  subject = 'a proposal',
  toFile: (offset: number) => number = (o) => o,
): SourceDocument {
  const text = lineBreaks(raw);
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const fail = (message: string, offset: number): SourceDocument => ({
    data: undefined,
    problems: [{ rule: 'proposal-invalid', message, ...at(offset) }],
    locate: () => ({ line: 1 + lineOffset, column: 1 }),
  });

  const scanned = scan(text, lineCounter, subject);
  if ('problem' in scanned) return fail(scanned.problem, scanned.offset);
  // Plain YAML is read straight from the tokens; the rest is composed (src/core/proposal/cst.ts).
  const spanOf = (start: number, end: number): Span | undefined =>
    end > start
      ? {
          range: [toFile(start), toFile(end)],
          start: at(start),
          end: at(end),
          raw: text.slice(start, end),
        }
      : undefined;
  const quick = readCst(scanned.tokens, text, at);
  const quickSpan = (path: NodePath, target: 'key' | 'value' = 'value'): Span | undefined => {
    const found = quick?.scalar(path, target);
    return found && spanOf(found[0], found[1]);
  };
  if (quick?.duplicates) {
    // Only duplicate keys: what the Composer would report, without composing.
    const issues = quick.duplicates.map((offset) => ({
      code: 'DUPLICATE_KEY',
      message: 'Map keys must be unique',
      pos: [offset, offset + 1] as const,
    }));
    const problems = yamlProblems(issues, subject, at);
    return { data: undefined, locate: quick.locate, source: quick.source, problems };
  }
  if (quick) {
    const { data, locate, source } = quick;
    return { data, locate, source, span: quickSpan, problems: [] };
  }
  const composed = compose(scanned.tokens, text.length);
  if ('tooMany' in composed) {
    return fail(
      `the file holds more than ${MAX_DOCUMENTS} YAML documents; ${subject} is one document`,
      composed.tooMany,
    );
  }
  const { documents } = composed;
  if (documents.length === 1) return readDocument(documents[0]!);
  // Several documents with content: the file is refused whole, at the second one, so that no
  // document can pass as the file while another one rides along unjudged. Each document is
  // still read, so that its own problems are reported and its mechanical fixes offered.
  const parts = documents.map((d, i) => ({ ...readDocument(d), part: i }));
  return {
    data: undefined,
    problems: [
      {
        rule: 'proposal-invalid',
        message: severalDocuments(subject),
        ...at(documents[1]!.range[0]),
      },
    ],
    locate: parts[0]!.locate,
    parts,
  };

  /** One composed document, as a SourceDocument of its own. */
  function readDocument(doc: Document.Parsed): SourceDocument {
    const problems = yamlProblems([...doc.errors, ...doc.warnings], subject, at);

    const index = new WeakMap<YAMLMap, Map<string, Pair>>();
    const locate = (path: NodePath, target: 'key' | 'value' = 'value'): Position => {
      const node = findNode(doc.contents, path, target, index);
      return node?.range ? at(node.range[0]) : { line: 1 + lineOffset, column: 1 };
    };

    const source = (path: NodePath): string | undefined => {
      const node = findNode(doc.contents, path, 'value', index);
      return isScalar(node) && node.range
        ? text.slice(node.range[0], node.range[1]).trim()
        : undefined;
    };

    const span = (path: NodePath, target: 'key' | 'value' = 'value'): Span | undefined => {
      // Only the exact node: findNode stops at the deepest ancestor that exists.
      let node: unknown = doc.contents;
      for (let i = 0; i < path.length; i++) {
        const seg = path[i]!;
        if (isMap(node)) {
          const pair = keyIndex(node, index).get(String(seg));
          node = i === path.length - 1 && target === 'key' ? pair?.key : pair?.value;
        } else if (isSeq(node) && typeof seg === 'number') {
          node = node.items[seg];
        } else {
          return undefined;
        }
      }
      return path.length > 0 && isScalar(node) && node.range
        ? spanOf(node.range[0], node.range[1])
        : undefined;
    };

    const surveyed = problems.length === 0 ? survey(doc, subject) : undefined;
    if (surveyed) {
      const keyProblem = surveyed.badKey;
      if (keyProblem) {
        problems.push({
          rule: 'proposal-invalid',
          message: keyProblem.message,
          ...(keyProblem.range ? at(keyProblem.range[0]) : { line: 1 + lineOffset, column: 1 }),
        });
      }
    }

    if (surveyed && problems.length === 0) {
      const aliasProblem = checkAliases(doc, surveyed, subject);
      if (aliasProblem) {
        problems.push({
          rule: 'proposal-invalid',
          message: aliasProblem.message,
          ...(aliasProblem.range ? at(aliasProblem.range[0]) : { line: 1 + lineOffset, column: 1 }),
        });
      }
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
            : `the YAML cannot be read: ${clip((err as Error).message)}`,
          ...(alias?.range ? at(alias.range[0]) : { line: 1 + lineOffset, column: 1 }),
        });
      }
    }
    return { data, problems, locate, source, span };
  }
}

/** The YAML library's errors and warnings as problems: the first MAX_YAML_PROBLEMS, then a count. */
function yamlProblems(
  issues: readonly { code: string; message: string; pos: readonly [number, number] }[],
  subject: string,
  at: (offset: number) => Position,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues.slice(0, MAX_YAML_PROBLEMS)) {
    problems.push({
      rule: 'proposal-invalid',
      message: yamlMessage(issue.code, issue.message, subject),
      ...at(issue.pos[0]),
    });
  }
  if (issues.length > MAX_YAML_PROBLEMS) {
    const more = issues.length - MAX_YAML_PROBLEMS;
    problems.push({
      rule: 'proposal-invalid',
      message: `${more} more YAML ${more === 1 ? 'problem is' : 'problems are'} not listed; fix the ones above first`,
      ...at(issues[MAX_YAML_PROBLEMS]!.pos[0]),
    });
  }
  return problems;
}

type Scan = { tokens: CST.Token[] } | { problem: string; offset: number };

/**
 * The concrete syntax tree, built by yaml's Parser one lexeme at a time (neither it nor the
 * Lexer recurses), refused when it nests deeper than MAX_DEPTH or holds more than
 * MAX_ENTRIES entries. Deep input stops the parser early, so a megabyte of `[` costs
 * milliseconds. Nothing here recurses.
 */
function scan(text: string, lineCounter: LineCounter, subject: string): Scan {
  const tooDeep = (offset: number): Scan => ({
    problem: `the YAML nests lists and mappings more than ${MAX_DEPTH} levels deep; ${subject} needs only a few levels`,
    offset,
  });
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0); // Parser.parse() does this for the first line.
  const tokens: CST.Token[] = [];
  // The parser's stack holds the open nodes, about one per level of nesting.
  const earlyLimit = 2 * MAX_DEPTH + 16;
  let lexemes = 0;
  let props = 0;
  let errors = 0;
  // The bundle's yaml returns arrays (scripts/yaml-nogen.mjs), read here by index: for…of
  // runs the iterator protocol, which costs in code not yet optimized (most of a run).
  // Unpatched yaml (the tests) returns generators, still read one lexeme at a time.
  // The bundle's Parser also has next$(), which next() wraps: it pushes each token onto
  // `$out` (scripts/yaml-nogen.mjs). Pointed at `tokens`, it adds them there directly,
  // without next()'s two arrays per lexeme (its arguments and its result).
  const direct = nogenParser(parser);
  if (direct) direct.$out = tokens;
  const lexed = new Lexer().lex(text) as Iterable<string> | string[];
  const lexArray = Array.isArray(lexed) ? lexed : undefined;
  const lexIterator = lexArray ? undefined : lexed[Symbol.iterator]();
  for (let at = 0; ; at++) {
    let lexeme: string;
    if (lexArray) {
      if (at >= lexArray.length) break;
      lexeme = lexArray[at]!;
    } else {
      const next = lexIterator!.next();
      if (next.done) break;
      lexeme = next.value;
    }
    if (++lexemes > MAX_LEXEMES) {
      return {
        problem: `the YAML holds more than ${MAX_LEXEMES} tokens; ${subject} holds a few hundred`,
        offset: parser.offset,
      };
    }
    const first = lexeme.charCodeAt(0);
    if ((first === 0x21 || first === 0x26) && ++props > MAX_PROPS) {
      return {
        problem: `the YAML holds more than ${MAX_PROPS} tags and anchors (!x, &x); ${subject} needs none`,
        offset: parser.offset,
      };
    }
    let from = tokens.length;
    let parsed: readonly CST.Token[] = tokens;
    if (direct) {
      direct.next$(lexeme); // its tokens land at the end of `tokens`
    } else {
      const produced = parser.next(lexeme) as Iterable<CST.Token> | CST.Token[];
      parsed = Array.isArray(produced) ? produced : [...produced];
      from = 0;
    }
    for (let i = from; i < parsed.length; i++) {
      const token = parsed[i]!;
      if (token.type === 'error' && ++errors > MAX_SYNTAX_ERRORS) {
        return {
          problem: `the file has more than ${MAX_SYNTAX_ERRORS} YAML syntax errors; is it YAML at all?`,
          offset: token.offset,
        };
      }
      if (parsed !== tokens) tokens.push(token);
    }
    if (parser.stack.length > earlyLimit) return tooDeep(parser.offset);
  }
  if (direct) direct.$out = undefined;
  for (const token of parser.end()) tokens.push(token);

  // The exact depth and size, with an explicit stack (two, in step: no pair per node).
  const pending: CST.Token[] = tokens.slice();
  const depths: number[] = tokens.map(() => 0);
  let entries = 0;
  while (pending.length > 0) {
    const token = pending.pop()!;
    const depth = depths.pop()!;
    if (token.type === 'document') {
      if (token.value) {
        pending.push(token.value);
        depths.push(depth);
      }
    } else if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    ) {
      if (depth + 1 > MAX_DEPTH) return tooDeep(token.offset);
      entries += token.items.length;
      if (entries > MAX_ENTRIES) {
        return {
          problem: `the YAML holds more than ${MAX_ENTRIES} entries (list items and mapping keys); ${subject} holds a few dozen`,
          offset: token.offset,
        };
      }
      for (let i = 0; i < token.items.length; i++) {
        const item = token.items[i]!;
        if (item.key) {
          pending.push(item.key);
          depths.push(depth + 1);
        }
        if (item.value) {
          pending.push(item.value);
          depths.push(depth + 1);
        }
      }
    }
  }
  return { tokens };
}

/** The Parser's generator-free internals, where the build transformed it (else undefined). */
function nogenParser(
  parser: Parser,
): { next$(source: string): unknown; $out: CST.Token[] | undefined } | undefined {
  const p = parser as unknown as { next$?: unknown; $out?: unknown };
  return typeof p.next$ === 'function'
    ? (p as { next$(source: string): unknown; $out: CST.Token[] | undefined })
    : undefined;
}

/**
 * Most documents read from one file, empty ones included: a proposal is one, and the limit
 * bounds the work a file of thousands of `---` lines could ask for.
 */
export const MAX_DOCUMENTS = 20;

type Composed = { documents: Document.Parsed[] } | { tooMany: number };

/**
 * yaml's parseDocument, from tokens already read: the documents with content, in order (the
 * first document when none has any). An empty document (a stray `---` or `...` at the end,
 * with at most comments after it, as editors and templates leave) holds no data, so it can
 * neither hide a proposal nor change what is judged: it is not counted as a document.
 */
function compose(tokens: readonly CST.Token[], length: number): Composed {
  // yaml reports a file's problems as Error objects; nothing reads their stacks, and capturing
  // one per problem was ~0.6% of 10,000 proposals (a sixth of them invalid).
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return composeDocuments(tokens, length);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function composeDocuments(tokens: readonly CST.Token[], length: number): Composed {
  const composer = new Composer({
    uniqueKeys: true,
    // `!!binary`, `!!set`, `!!timestamp`… would otherwise become bytes, sets and dates.
    resolveKnownTags: false,
    keepSourceTokens: false,
  });
  let first: Document.Parsed | undefined;
  const documents: Document.Parsed[] = [];
  let count = 0;
  for (const doc of composer.compose(tokens, true, length)) {
    if (++count > MAX_DOCUMENTS) return { tooMany: doc.range[0] };
    first ??= doc;
    if (!isEmptyDocument(doc)) documents.push(doc);
  }
  // compose(…, forceDoc = true) always yields a document.
  return { documents: documents.length > 0 ? documents : [first!] };
}

/** A document with nothing in it: no value (not even `~` or `''`), tag, anchor or problem. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const value = doc.contents;
  const blank =
    value === null ||
    (isScalar(value) &&
      value.value === null &&
      value.source === '' &&
      value.tag === undefined &&
      value.anchor === undefined);
  return blank && doc.errors.length === 0 && doc.warnings.length === 0;
}

/** What a file of several documents is told: where the second starts, and to split it. */
function severalDocuments(subject: string): string {
  return subject === 'a proposal'
    ? 'a second YAML document starts here; a file holds one proposal: split it, one proposal per file'
    : `a second YAML document starts here; ${subject} is a single document`;
}

interface Survey {
  /** The first key that is a list, mapping, alias or merge key `<<`, with why it is refused. */
  badKey?: { message: string; range?: Node['range'] };
  /** Each alias and the anchored node it names (the last anchor of that name before it). */
  targets: Map<Node, Node | undefined>;
  aliases: number;
}

/**
 * One pass over the document in document order, with an explicit stack (yaml's `visit`
 * recurses and freezes a path array per node, which cost more than the checks themselves).
 */
function survey(doc: Document, subject: string): Survey {
  const anchors = new Map<string, Node>();
  const result: Survey = { targets: new Map(), aliases: 0 };
  const stack: unknown[] = doc.contents ? [doc.contents] : [];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isPair(item)) {
      const key = item.key;
      if (!result.badKey) {
        if (isCollection(key) || isAlias(key)) {
          result.badKey = {
            message: `a key must be a plain name, not ${isAlias(key) ? 'an alias' : 'a list or mapping'}`,
            range: (key as Node).range,
          };
        } else if (isScalar(key) && key.value === '<<' && key.type === 'PLAIN') {
          result.badKey = {
            message: `merge keys (\`<<\`) are not supported in ${subject}: write the fields out`,
            range: key.range,
          };
        }
      }
      // Pushed in reverse, so that the key is seen before the value.
      if (item.value != null) stack.push(item.value);
      if (key != null) stack.push(key);
      continue;
    }
    if (!isNodeLike(item)) continue;
    if (isAlias(item)) {
      result.aliases++;
      result.targets.set(item, anchors.get(item.source));
      continue;
    }
    if (item.anchor) anchors.set(item.anchor, item);
    if (isCollection(item)) {
      for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]);
    }
  }
  return result;
}

/**
 * Refuses an alias that refers to a node containing it (the data would be circular), and
 * aliases that nest the data deeper than MAX_DEPTH once expanded. Iterative, memoised.
 */
function checkAliases(
  doc: Document,
  { targets, aliases }: Survey,
  subject: string,
): { message: string; range?: Node['range'] } | undefined {
  if (aliases === 0) return undefined;
  if (aliases > MAX_ALIASES) {
    return {
      message: `the YAML uses ${aliases} aliases (*name); ${subject} may use at most ${MAX_ALIASES}, and this many looks like an alias bomb`,
    };
  }
  const children = (node: Node): Node[] => {
    if (isAlias(node)) {
      const target = targets.get(node);
      return target ? [target] : [];
    }
    if (isMap(node)) {
      return node.items.flatMap((p) => [p.key, p.value].filter((n): n is Node => isNodeLike(n)));
    }
    if (isSeq(node)) return node.items.filter((n): n is Node => isNodeLike(n));
    return [];
  };
  // Depth in collections once aliases are expanded: post-order over an explicit stack.
  const depth = new Map<Node, number>();
  const open = new Set<Node>();
  const root = doc.contents;
  if (!root) return undefined;
  const stack: { node: Node; next: Node[] }[] = [{ node: root, next: children(root) }];
  open.add(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next.pop();
    if (child !== undefined) {
      if (depth.has(child)) continue;
      if (open.has(child)) {
        const alias = isAlias(frame.node) ? frame.node : undefined;
        return {
          message: `an alias refers to a node that contains it${alias ? ` (*${alias.source})` : ''}: ${subject} cannot be recursive`,
          ...(alias?.range ? { range: alias.range } : {}),
        };
      }
      open.add(child);
      stack.push({ node: child, next: children(child) });
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    const own = isCollection(frame.node) ? 1 : 0;
    const below = Math.max(0, ...children(frame.node).map((c) => depth.get(c) ?? 0));
    const d = own + below;
    if (d > MAX_DEPTH) {
      return {
        message: `aliases nest the data more than ${MAX_DEPTH} levels deep once expanded; ${subject} needs only a few levels`,
        ...(frame.node.range ? { range: frame.node.range } : {}),
      };
    }
    depth.set(frame.node, d);
  }
  return undefined;
}

function isNodeLike(n: unknown): n is Node {
  return n !== null && typeof n === 'object' && (isAlias(n) || isScalar(n) || isCollection(n));
}

/** Longest piece of a file's own text that a message may carry (a token, cut short). */
export { MAX_TOKEN_CHARS };

/**
 * One line of the YAML library's message, with each piece of file text it quotes (a "…"
 * string, a !tag, any long word) cut to MAX_TOKEN_CHARS: a file may be a secret a link led
 * to, and a message is published in the pull request's comment.
 */
function clip(text: string): string {
  const cut = (token: string): string =>
    token.length > MAX_TOKEN_CHARS ? `${token.slice(0, MAX_TOKEN_CHARS)}…` : token;
  const line = text
    .split('\n')[0]!
    .replace(/"((?:[^"\\]|\\.)*)"/g, (_m, inner: string) => `"${cut(inner)}"`)
    .replace(/[^\s"]{13,}/g, (word) => cut(word));
  return line.length > MAX_MESSAGE_CHARS ? `${line.slice(0, MAX_MESSAGE_CHARS - 1)}…` : line;
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
    return `custom YAML tags are not allowed in ${subject} (${clip(first)})`;
  }
  return `invalid YAML: ${clip(first)}`;
}

/** Walks maps and sequences; returns the deepest node on the path that exists. */
function findNode(
  root: Node | null,
  path: NodePath,
  target: 'key' | 'value',
  index: WeakMap<YAMLMap, Map<string, Pair>>,
): Node | null {
  let node: Node | null = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = keyIndex(node, index).get(String(seg));
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

/**
 * The pairs of a mapping by key, built once: a file with thousands of unknown keys gets a
 * message at each, and a linear search per message made that quadratic (minutes).
 */
function keyIndex(map: YAMLMap, index: WeakMap<YAMLMap, Map<string, Pair>>): Map<string, Pair> {
  let byKey = index.get(map);
  if (!byKey) {
    byKey = new Map();
    for (const p of map.items as Pair[]) {
      if (!isScalar(p.key)) continue;
      const k = String(p.key.value);
      if (!byKey.has(k)) byKey.set(k, p);
    }
    index.set(map, byKey);
  }
  return byKey;
}
