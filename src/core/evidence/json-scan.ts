// A JSON artefact is scanned once for its structure and only the values a reader asks for
// are parsed: a k6 summary of 16 MiB is mostly `root_group` (a check per URL) and tagged
// sub-metrics, and none of that is needed for the figures. The scan is linear (strings are
// jumped with indexOf, nothing recurses), so deep or wide documents cost their length.

import type { Work } from './work.js';

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const STRUCTURAL = /["{}[\]]/g;

function skipWs(text: string, i: number): number {
  while (i < text.length && WS.has(text.charCodeAt(i))) i += 1;
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

/** Index just past the value starting at `i`, or -1 when it is unbalanced or cut short. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return skipString(text, i);
  if (c === 0x7b || c === 0x5b) {
    // Jump from one structural character to the next: the regex engine's scan is native.
    let depth = 0;
    STRUCTURAL.lastIndex = i;
    for (let m = STRUCTURAL.exec(text); m !== null; m = STRUCTURAL.exec(text)) {
      const j = m.index;
      const d = text.charCodeAt(j);
      if (d === 0x22) {
        const end = skipString(text, j);
        if (end < 0) return -1;
        STRUCTURAL.lastIndex = end;
      } else if (d === 0x7b || d === 0x5b) depth += 1;
      else {
        depth -= 1;
        if (depth === 0) return j + 1;
      }
    }
    return -1;
  }
  let j = i;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d === 0x2c || d === 0x7d || d === 0x5d || WS.has(d)) break;
    j += 1;
  }
  return j > i ? j : -1;
}

export interface Member {
  key: string;
  start: number;
  end: number;
}

/** The members of the object at `i`, in order, or null when it is not a well-formed object. */
export function members(text: string, i: number, work: Work): Member[] | null {
  i = skipWs(text, i);
  if (text.charCodeAt(i) !== 0x7b) return null;
  const out: Member[] = [];
  i = skipWs(text, i + 1);
  if (text.charCodeAt(i) === 0x7d) return out;
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
    const end = skipValue(text, start);
    if (end < 0) return null;
    work.steps += end - i;
    out.push({ key, start, end });
    i = skipWs(text, end);
    const c = text.charCodeAt(i);
    if (c === 0x7d) return out;
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
    return m ? members(this.text, m.start, this.work) : null;
  }
}

/** The document when the text is one JSON object, null when it starts as one and is malformed. */
export function scanJson(text: string, work: Work): JsonDoc | null | undefined {
  const i = skipWs(text, 0);
  if (text.charCodeAt(i) !== 0x7b) return undefined;
  const top = members(text, i, work);
  if (top === null) return null;
  const last = top.length > 0 ? top[top.length - 1]!.end : i;
  // Past the closing brace only whitespace may follow.
  const close = text.indexOf('}', skipWs(text, last));
  if (close < 0 || skipWs(text, close + 1) !== text.length) return null;
  return new JsonDoc(text, work, top);
}
