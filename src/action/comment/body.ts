// Our comment's whole body, written and read back. Written: the rendered report (marker
// first, then our header) and the data comment last, signed when a `state-key` is set. Read:
// a comment is adopted (edited, deleted as a duplicate, its data trusted) only when the whole
// body has that shape, its data is valid and agrees with the text, and, with a key, its
// signature verifies. Without a key the shape is public and can be copied by anyone who
// posts as the same identity (see SECURITY.md); with one it cannot.

import { decodeState } from '../../core/state/codec.js';
import type { CommentState } from '../../core/state/snapshot.js';

/** The `state-key` and what a signature is bound to (repository, pull request). */
export interface Signing {
  key: string;
  /** `owner/repo#number`: a signed comment copied to another pull request does not verify. */
  scope: string;
}

export type Adoption = { ok: true; state: CommentState } | { ok: false; reason: string };

const HEADER = /^## [^\n]{0,16}Stack Verdict: [^\n]+$/;
const DATA =
  /\n\n(<!-- stack-verdict:state v1 [A-Za-z0-9+/=]{0,200000})( sig=[0-9a-f]{64})? -->\n?$/;
const SUMMARY = /^\*\*(\d+) proposals?\*\* · (\d+) errors? · (\d+) warnings? · (\d+) notices?/m;
/** What a signature adds to the data comment: ` sig=` and 64 hex digits. */
export const SIGNATURE_LENGTH = 69;

/** The whole comment: the rendered report (which starts with the marker) and the data. */
export function commentBody(markdown: string, state: string, signing?: Signing): string {
  const body = `${markdown.trimEnd()}\n\n${state}\n`;
  if (!signing) return body;
  const end = body.lastIndexOf(' -->');
  return `${body.slice(0, end)} sig=${signature(body, signing)}${body.slice(end)}`;
}

/** node:crypto, loaded on the first signature: ~5 ms on Node 24, and most runs sign nothing. */
const crypto = () => process.getBuiltinModule('node:crypto');

function signature(unsigned: string, signing: Signing): string {
  return crypto()
    .createHmac('sha256', signing.key)
    .update(`stack-verdict comment v1\n${signing.scope}\n${unsigned}`)
    .digest('hex');
}

/** Whether `body` is wholly a comment of this action for `marker`, and its state if so. */
export function readOurComment(body: string, marker: string, signing?: Signing): Adoption {
  if (!body.startsWith(`${marker}\n`))
    return { ok: false, reason: 'the marker is not its first line' };
  const lines = body.split('\n', 3);
  if (!HEADER.test(lines[1] ?? '')) return { ok: false, reason: 'it lacks our heading' };
  const data = DATA.exec(body);
  if (!data) return { ok: false, reason: 'our data comment is not its end' };
  const text = body.slice(0, data.index);
  if (text.includes('<!-- stack-verdict:state')) {
    return { ok: false, reason: 'it holds more than one data comment' };
  }
  const state = decodeState(`${data[1]} -->`);
  if (!state) return { ok: false, reason: 'its data comment is not valid' };
  if (!agrees(text, state)) return { ok: false, reason: 'its data disagrees with its text' };
  if (signing) {
    const sig = data[2]?.slice(' sig='.length);
    if (!sig) return { ok: false, reason: 'it is not signed with the state-key' };
    const expected = signature(`${text}\n\n${data[1]} -->\n`, signing);
    if (!crypto().timingSafeEqual(Buffer.from(sig, 'hex'), Buffer.from(expected, 'hex'))) {
      return { ok: false, reason: 'its signature does not match the state-key' };
    }
  }
  return { ok: true, state };
}

/**
 * The data's open findings are those the text counts: each severity as many (or, when the
 * data was cut to fit, no more).
 */
function agrees(text: string, state: CommentState): boolean {
  const m = SUMMARY.exec(text);
  if (!m) return false;
  const shown = { error: Number(m[2]), warning: Number(m[3]), notice: Number(m[4]) };
  const kept = { error: 0, warning: 0, notice: 0 };
  for (const e of state.entries) kept[e.severity]++;
  return (['error', 'warning', 'notice'] as const).every((s) =>
    state.complete ? kept[s] === shown[s] : kept[s] <= shown[s],
  );
}
