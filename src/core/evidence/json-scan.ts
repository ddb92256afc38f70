// A JSON artefact is scanned once for its structure and only the values a reader asks for
// are parsed: a k6 summary of 16 MiB is mostly `root_group` (a check per URL) and tagged
// sub-metrics, and none of that is needed for the figures. The scan is linear (strings are
// jumped with indexOf, nothing recurses), so deep or wide documents cost their length.

import type { Work } from './work.js';

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipWs(text: string, i: number): number {
  while (i < text.length && isWs(text.charCodeAt(i))) i += 1;
  return i;
}

/** Index just past the string whose opening quote is at `i`, or -1. */
function skipString(text: string, i: number): number {
  let j = text.indexOf('"', i + 1);
  while (j > 0) {
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === 0x5c; k--) backslashes += 1;
    if (backslashes % 2 === 0) return j + 1;
    j = text.indexOf('"', j + 1);
  }
  return -1;
}

/**
 * From `lastIndex`: everything up to the next bracket, whole strings included (a bracket inside
 * a string is text). The engine keeps a backtrack entry for each string and each escape a run
 * passes, and an unbounded run overflows its stack on an array of a million strings: one call
 * passes at most 256 strings of at most 256 escapes, and skipValue takes the next string alone.
 */
const RUN = /[^"{}[\]]*(?:"[^"\\]*(?:\\[\s\S][^"\\]*){0,256}"[^"{}[\]]*){0,256}/y;

/**
 * Index just past the value starting at `i`, or -1 when it is unbalanced or cut short.
 * Objects and arrays are passed over by the regex engine's native scan from one bracket to the
 * next, strings and all; JavaScript sees only the brackets (a loop over every character, or a
 * call per string, was most of the time on a large k6 file).
 */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return skipString(text, i);
  const n = text.length;
  if (c === 0x7b || c === 0x5b) {
    let depth = 1;
    let j = i + 1;
    while (j < n) {
      RUN.lastIndex = j;
      RUN.test(text);
      j = RUN.lastIndex;
      const d = text.charCodeAt(j);
      if (d === 0x22) {
        // 256 strings passed, one with more escapes, or one left open: that string alone.
        j = skipString(text, j);
        if (j < 0) return -1;
        continue;
      }
      if (d === 0x7b || d === 0x5b) depth += 1;
      else if (d === 0x7d || d === 0x5d) {
        depth -= 1;
        if (depth === 0) return j + 1;
      } else return -1;
      j += 1;
    }
    return -1;
  }
  let j = i;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d === 0x2c || d === 0x7d || d === 0x5d || isWs(d)) break;
    j += 1;
  }
  return j > i ? j : -1;
}

/** True when the bare value (number, literal) from `start` to `end` holds no quote or bracket. */
function bare(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22 || c === 0x7b || c === 0x5b) return false;
  }
  return true;
}

export interface Member {
  key: string;
  start: number;
  end: number;
  /**
   * The members of the value, when the scan was asked to list them (see scanJson's `nested`):
   * null when the value is not a well-formed object.
   */
  inner?: Member[] | null;
}

/** The members of the object at `i`, in order, or null when it is not a well-formed object. */
export function members(text: string, i: number, work: Work): Member[] | null {
  return scanObject(text, i, work, undefined)?.members ?? null;
}

/**
 * The object at `i`: its members and the index just past it, or null when it is not a
 * well-formed object. Members whose key is in `nested` have their own members listed in the
 * same pass (one level), so a reader that walks them does not scan them a second time.
 */
function scanObject(
  text: string,
  i: number,
  work: Work,
  nested: ReadonlySet<string> | undefined,
): { members: Member[]; end: number; clean: boolean } | null {
  i = skipWs(text, i);
  if (text.charCodeAt(i) !== 0x7b) return null;
  const out: Member[] = [];
  let clean = true;
  i = skipWs(text, i + 1);
  if (text.charCodeAt(i) === 0x7d) return { members: out, end: i + 1, clean };
  for (;;) {
    if (text.charCodeAt(i) !== 0x22) return null;
    const keyEnd = skipString(text, i);
    if (keyEnd < 0) return null;
    const raw = text.slice(i + 1, keyEnd - 1);
    let key: string;
    try {
      key = raw.includes('\\') ? (JSON.parse(text.slice(i, keyEnd)) as string) : raw;
    } catch {
      return null;
    }
    i = skipWs(text, keyEnd);
    if (text.charCodeAt(i) !== 0x3a) return null;
    const start = skipWs(text, i + 1);
    let end: number;
    let inner: Member[] | null | undefined;
    if (nested !== undefined && nested.has(key) && text.charCodeAt(start) === 0x7b) {
      const object = scanObject(text, start, work, undefined);
      inner = object?.members ?? null;
      // Where the object ends is where its brackets balance: the walk of its members agrees
      // unless a malformed bare value in it held a quote or a bracket.
      end = object?.clean ? object.end : skipValue(text, start);
    } else end = skipValue(text, start);
    if (end < 0) return null;
    const first = text.charCodeAt(start);
    if (first !== 0x22 && first !== 0x7b && first !== 0x5b && !bare(text, start, end))
      clean = false;
    work.steps += end - i;
    const member: Member = { key, start, end };
    if (inner !== undefined) member.inner = inner;
    out.push(member);
    i = skipWs(text, end);
    const c = text.charCodeAt(i);
    if (c === 0x7d) return { members: out, end: i + 1, clean };
    if (c !== 0x2c) return null;
    i = skipWs(text, i + 1);
  }
}

/** One member's value parsed, or undefined when it does not parse. */
export function parseMember(text: string, m: Member, work: Work): unknown {
  work.steps += m.end - m.start;
  try {
    return JSON.parse(text.slice(m.start, m.end)) as unknown;
  } catch {
    return undefined;
  }
}

/** A JSON object document whose members are parsed when first asked for. */
export class JsonDoc {
  private readonly cache = new Map<string, unknown>();
  private readonly byKey = new Map<string, Member>();

  constructor(
    readonly text: string,
    readonly work: Work,
    top: Member[],
  ) {
    for (const m of top) this.byKey.set(m.key, m);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** The member's value, parsed once; undefined when absent or malformed. */
  get(key: string): unknown {
    if (this.cache.has(key)) return this.cache.get(key);
    const m = this.byKey.get(key);
    const value = m ? parseMember(this.text, m, this.work) : undefined;
    this.cache.set(key, value);
    return value;
  }

  /** The members of the object at `key`, unparsed; null when it is not an object. */
  members(key: string): Member[] | null {
    const m = this.byKey.get(key);
    if (!m) return null;
    return m.inner !== undefined ? m.inner : members(this.text, m.start, this.work);
  }
}

/**
 * The document when the text is one JSON object, null when it starts as one and is malformed.
 * `nested`: top-level keys whose objects' members the readers will list, indexed in this scan.
 */
export function scanJson(
  text: string,
  work: Work,
  nested?: ReadonlySet<string>,
): JsonDoc | null | undefined {
  const i = skipWs(text, 0);
  if (text.charCodeAt(i) !== 0x7b) return undefined;
  const top = scanObject(text, i, work, nested);
  if (top === null) return null;
  // Past the closing brace only whitespace may follow.
  if (skipWs(text, top.end) !== text.length) return null;
  return new JsonDoc(text, work, top.members);
}
