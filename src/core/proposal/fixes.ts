// Fixes: mechanical corrections of a proposal file, each the replacement of one scalar (a
// value or a key) as written. A fix is offered only when exactly one replacement makes
// sense, and only once re-reading the fixed text gives the same data with that one change
// (verifyFixes): comments, key order, other values' quoting and line breaks are outside
// the range, so they stay as they were.
import { MAX_TOKEN_CHARS, quote } from '../format.js';
import type { Finding, Fix, NodePath } from '../types.js';
import { parseProposal, type Problem, type SourceDocument, type Span } from './parse.js';

/** What a fix means for the data: a new value at a path, or a key renamed in place. */
type Intent = (
  { kind: 'value'; path: NodePath; value: string } | { kind: 'key'; path: NodePath; key: string }
) & {
  /** Which document of a file of several the path is in; undefined for a file of one. */
  part?: number;
};

type Located = Pick<SourceDocument, 'span' | 'part'>;

const intents = new WeakMap<Fix, Intent>();

/** A fix that writes `value` in place of the scalar at `path`, quoted as that one was. */
export function valueFix(
  doc: Located,
  path: NodePath,
  value: string,
  description: string,
): Fix | undefined {
  const span = doc.span?.(path, 'value');
  const text = span && written(span, value);
  return text === undefined
    ? undefined
    : make(span!, text, description, { kind: 'value', path, value, part: doc.part });
}

/** A fix that renames the key of `path` (its last part) to `key`, in place. */
export function keyFix(
  doc: Located,
  path: NodePath,
  key: string,
  description: string,
): Fix | undefined {
  const span = doc.span?.(path, 'key');
  const text = span && written(span, key);
  return text === undefined
    ? undefined
    : make(span!, text, description, { kind: 'key', path, key, part: doc.part });
}

/**
 * A number YAML read where a string belongs (`go: 1.20`), quoted with its digits as written
 * (`"1.20"`, not the 1.2 YAML made of it).
 */
export function quoteFix(doc: Located, path: NodePath): Fix | undefined {
  const span = doc.span?.(path, 'value');
  if (!span || span.raw.length > MAX_FIX_CHARS || !/^[-+.\w]+$/.test(span.raw)) return undefined;
  const text = `"${span.raw}"`;
  return make(span, text, `quote it: ${quote(span.raw, MAX_TOKEN_CHARS)}`, {
    kind: 'value',
    path,
    value: span.raw,
    part: doc.part,
  });
}

function make(span: Span, text: string, description: string, intent: Intent): Fix {
  const fix: Fix = { range: span.range, text, description, start: span.start, end: span.end };
  intents.set(fix, intent);
  return fix;
}

/**
 * Longest text a fix writes: a version, a field or a keyword is short, and a report must
 * carry a fix whole (a cut one would be wrong), within the JSON report's limits.
 */
const MAX_FIX_CHARS = 256;

/** A plain scalar that YAML reads back as this very string: a word or words, no indicators. */
const SAFE_PLAIN = /^[A-Za-z][\w./+-]*(?: [\w./+-]+)*$/;
const NOT_A_STRING = /^(?:null|true|false|[nN]ull|NULL|[tT]rue|TRUE|[fF]alse|FALSE)$/;

/** `value` written in the style of the scalar it replaces; undefined for a block scalar. */
function written(span: Span, value: string): string | undefined {
  const raw = span.raw;
  if (value.length > MAX_FIX_CHARS || /[\r\n]/.test(raw) || /[\r\n]/.test(value)) return undefined;
  const first = raw.charAt(0);
  if (first === '"') return JSON.stringify(value);
  if (first === "'") return `'${value.replace(/'/g, "''")}'`;
  if (first === '|' || first === '>') return undefined;
  return SAFE_PLAIN.test(value) && !NOT_A_STRING.test(value) ? value : JSON.stringify(value);
}

/**
 * Drops each fix that does not do what it says: the fixed text, read again, must hold the
 * same data but for the one value or key the fix changes. A fix on a node that is not what
 * it seems (an alias, a scalar the reader saw differently) is left out rather than risked.
 * In a file of several documents the fixed one must read without problems, the others hold
 * the same data as before, and the file no other problem than before (it stays refused).
 */
export function verifyFixes(
  file: string,
  text: string,
  doc: Pick<SourceDocument, 'data' | 'problems' | 'parts'>,
  findings: Finding[],
): void {
  const before = doc.parts ? doc.parts.map((p) => p.data) : [doc.data];
  for (const finding of findings) {
    if (!finding.fixes) continue;
    const sound = finding.fixes.filter((fix) => {
      const intent = intents.get(fix);
      if (!intent) return true; // made elsewhere, by its own rules
      const parsed = parseProposal(file, applyFix(text, fix));
      if (parsed.kind !== 'document') return false;
      const after = parsed.document;
      const index = intent.part ?? 0;
      const expected = intended(before[index], intent);
      if (expected === undefined) return false;
      if (intent.part === undefined || !doc.parts) {
        return after.problems.length === 0 && sameData(after.data, expected.data);
      }
      const parts = after.parts;
      return (
        parts !== undefined &&
        parts.length === before.length &&
        sameProblems(after.problems, doc.problems) &&
        parts[index]!.problems.length === 0 &&
        parts.every((p, i) => sameData(p.data, i === index ? expected.data : before[i]))
      );
    });
    if (sound.length > 0) finding.fixes = sound;
    else delete finding.fixes;
  }
}

function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return a.length === b.length && a.every((p, i) => p.message === b[i]!.message);
}

function applyFix(text: string, fix: Fix): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** The data once the intent is carried out; undefined when the path is not there. */
function intended(data: unknown, intent: Intent): { data: unknown } | undefined {
  const path = intent.path;
  if (path.length === 0) return undefined;
  const change = (node: unknown, depth: number): { data: unknown } | undefined => {
    const seg = path[depth]!;
    const last = depth === path.length - 1;
    if (Array.isArray(node)) {
      if (typeof seg !== 'number' || seg >= node.length || (last && intent.kind === 'key'))
        return undefined;
      const inner = last
        ? { data: (intent as { value: string }).value }
        : change(node[seg], depth + 1);
      if (!inner) return undefined;
      const copy = node.slice();
      copy[seg] = inner.data;
      return { data: copy };
    }
    if (node === null || typeof node !== 'object') return undefined;
    const key = String(seg);
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      let name = k;
      let value = v;
      if (k === key) {
        if (!last) {
          const inner = change(v, depth + 1);
          if (!inner) return undefined;
          value = inner.data;
        } else if (intent.kind === 'value') {
          value = intent.value;
        } else {
          if (Object.prototype.hasOwnProperty.call(node, intent.key)) return undefined;
          name = intent.key;
        }
      }
      Object.defineProperty(copy, name, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    return { data: copy };
  };
  return change(data, 0);
}

/** Equal plain data: the same values, and mappings with the same keys in the same order. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameData(v, b[i]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k, i) =>
        k === kb[i] &&
        sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/**
 * The fixes of a file that can be applied together, as ESLint picks them: in order of
 * position, each one that starts after the last one picked ends (fixes that overlap or touch
 * wait for the next pass). Two fixes with the same range and text count once.
 */
export function compatibleFixes(fixes: readonly Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const picked: Fix[] = [];
  let lastEnd = -1;
  for (const fix of sorted) {
    const prev = picked[picked.length - 1];
    if (
      prev &&
      prev.range[0] === fix.range[0] &&
      prev.range[1] === fix.range[1] &&
      prev.text === fix.text
    )
      continue;
    if (fix.range[0] <= lastEnd) continue;
    picked.push(fix);
    lastEnd = fix.range[1];
  }
  return picked;
}

/** `text` with the fixes applied from the last to the first; they must not overlap. */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = text;
  for (const fix of [...fixes].sort((a, b) => b.range[0] - a.range[0])) out = applyFix(out, fix);
  return out;
}

/** Most passes of fixing one file: a fix may reveal another (ESLint stops at 10). */
export const MAX_FIX_PASSES = 10;

/**
 * The text once every fix that applies has been applied, pass after pass (a fixed file is
 * judged again, and its new fixes applied) until no fix is left or MAX_FIX_PASSES.
 * `fixesOf` judges a text and returns its fixes.
 */
export function fixText(
  text: string,
  fixesOf: (text: string) => readonly Fix[],
): { text: string; passes: number; fixes: number } {
  let current = text;
  let passes = 0;
  let applied = 0;
  while (passes < MAX_FIX_PASSES) {
    const fixes = compatibleFixes(fixesOf(current));
    if (fixes.length === 0) break;
    const next = applyFixes(current, fixes);
    if (next === current) break;
    current = next;
    passes++;
    applied += fixes.length;
  }
  return { text: current, passes, fixes: applied };
}
