// The previous run's state, kept in a hidden HTML comment at the end of our pull request
// comment: base64 of a small JSON document. Pure: nothing here reads or writes a comment.

import type { Severity } from '../types.js';
import type { CommentState, Snapshot, StateEntry } from './snapshot.js';

const STATE_PREFIX = '<!-- stack-verdict:state v1 ';
const STATE_RE = /<!-- stack-verdict:state v1 ([A-Za-z0-9+/=]{0,200000}) -->/;
/** Most characters the data comment may take from GitHub's 65,536 per comment. */
export const STATE_BUDGET = 8000;
const SEV: Record<Severity, string> = { error: 'e', warning: 'w', notice: 'n' };
const SEV_BACK: Record<string, Severity> = { e: 'error', w: 'warning', n: 'notice' };
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

type Packed = {
  sha: string;
  files: string[];
  f: [number, string, string, number][];
  more?: 1;
  all?: 1;
};

function pack(s: Snapshot, limit = s.entries.length): Packed {
  const files: string[] = [];
  const index = new Map<string, number>();
  const f: Packed['f'] = [];
  for (const e of s.entries.slice(0, limit)) {
    let i = index.get(e.file);
    if (i === undefined) {
      i = files.push(e.file) - 1;
      index.set(e.file, i);
    }
    f.push([i, e.rule, SEV[e.severity], e.n]);
  }
  return {
    sha: s.sha,
    files,
    f,
    ...(!s.complete || limit < s.entries.length ? { more: 1 } : {}),
    ...(s.all ? { all: 1 } : {}),
  };
}

function wrap(data: object): string {
  return `${STATE_PREFIX}${Buffer.from(JSON.stringify({ v: 1, ...data }), 'utf8').toString('base64')} -->`;
}

/**
 * The hidden data comment. Base64 keeps file names (which may hold `-->` or anything else)
 * from ending the HTML comment or showing up; it is cut to STATE_BUDGET characters, dropping
 * the base first and then entries (which then marks it incomplete).
 */
export function encodeState(state: CommentState, budget: number = STATE_BUDGET): string {
  const full = wrap({ ...pack(state), ...(state.base ? { base: pack(state.base) } : {}) });
  if (full.length <= budget) return full;
  let limit = state.entries.length;
  for (;;) {
    const text = wrap(pack(state, limit));
    if (text.length <= budget || limit === 0) return text;
    limit = Math.floor(((limit * budget) / text.length) * 0.95);
  }
}

/** The state kept in a comment body, or undefined when there is none or it does not parse. */
export function decodeState(body: string): CommentState | undefined {
  const match = STATE_RE.exec(body);
  if (!match) return undefined;
  try {
    const data = JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8')) as unknown;
    if (!isObject(data) || data.v !== 1) return undefined;
    const top = unpack(data);
    if (!top) return undefined;
    const base = data.base === undefined ? undefined : unpack(data.base);
    return { ...top, ...(base ? { base } : {}) };
  } catch {
    return undefined;
  }
}

function unpack(data: unknown): Snapshot | undefined {
  if (!isObject(data)) return undefined;
  const { sha, files, f, more, all } = data;
  if (typeof sha !== 'string' || !SHA.test(sha)) return undefined;
  if (!Array.isArray(files) || !Array.isArray(f) || f.length > 10_000) return undefined;
  if (!files.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 4096)) {
    return undefined;
  }
  const entries: StateEntry[] = [];
  for (const item of f) {
    if (!Array.isArray(item) || item.length !== 4) return undefined;
    const [i, rule, sev, n] = item as unknown[];
    const file = typeof i === 'number' && Number.isInteger(i) ? (files[i] as string) : undefined;
    const severity = typeof sev === 'string' ? SEV_BACK[sev] : undefined;
    if (file === undefined || typeof rule !== 'string' || !RULE_ID.test(rule)) return undefined;
    if (!severity || typeof n !== 'number' || !Number.isInteger(n) || n < 0) return undefined;
    entries.push({ file, rule, severity, n });
  }
  return { sha, entries, complete: more === undefined, ...(all === 1 ? { all: true } : {}) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
