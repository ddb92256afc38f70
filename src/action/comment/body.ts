// Our comment's whole body, written and read back. Written: the rendered report (marker
// first, then our header) and the data comment last, signed when a `state-key` is set. Read:
// a comment is adopted (edited, deleted as a duplicate, its data trusted) only when the whole
// body has that shape, its data is valid and agrees with the text, and, with a key, its
// signature verifies. Without a key the shape is public and can be copied by anyone who
// posts as the same identity (see SECURITY.md); with one it cannot. The portfolio issue
// (portfolio/issue.ts) is framed and signed by the same functions.

import { decodeState } from '../../core/state/codec.js';
import type { CommentState } from '../../core/state/snapshot.js';

/** The `state-key` and what a signature is bound to (repository, and pull request if any). */
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
  return signedBody(`${markdown.trimEnd()}\n\n${state}\n`, 'comment', signing);
}

/**
 * What a signature is for: a comment's signature never verifies as a portfolio issue's, nor
 * the reverse.
 */
export type SignedKind = 'comment' | 'portfolio';

/** A body whose last line is a hidden comment, signed in it (` sig=…` before ` -->`). */
export function signedBody(body: string, kind: SignedKind, signing?: Signing): string {
  if (!signing) return body;
  const end = body.lastIndexOf(' -->');
  return `${body.slice(0, end)} sig=${signature(body, kind, signing)}${body.slice(end)}`;
}

/** node:crypto, loaded on the first signature: ~5 ms on Node 24, and most runs sign nothing. */
const crypto = () => process.getBuiltinModule('node:crypto');

function signature(unsigned: string, kind: SignedKind, signing: Signing): string {
  return crypto()
    .createHmac('sha256', signing.key)
    .update(`stack-verdict ${kind} v1\n${signing.scope}\n${unsigned}`)
    .digest('hex');
}

/**
 * The frame every body this action writes has: the marker as its first line, a heading of
 * ours as its second, and a hidden comment of ours as its last line (`end`: group 1 that
 * comment up to its signature, group 2 the signature). Text before, or after the last line,
 * or a second such comment inside, is someone else's.
 */
export interface Frame {
  kind: SignedKind;
  heading: RegExp;
  end: RegExp;
  /** How the last line starts, to find a second one in the text. */
  endStart: string;
  /** What the last line is called in a reason. */
  endName: string;
}

export type Framed =
  { ok: true; text: string; end: string; sig: string | undefined } | { ok: false; reason: string };

/** Whether `body` has the whole frame for `marker`: the text and its last line if so. */
export function readFrame(body: string, marker: string, frame: Frame): Framed {
  if (!body.startsWith(`${marker}\n`))
    return { ok: false, reason: 'the marker is not its first line' };
  const lines = body.split('\n', 3);
  if (!frame.heading.test(lines[1] ?? '')) return { ok: false, reason: 'it lacks our heading' };
  const end = frame.end.exec(body);
  if (!end) return { ok: false, reason: `our ${frame.endName} is not its end` };
  const text = body.slice(0, end.index);
  if (text.includes(frame.endStart)) {
    return { ok: false, reason: `it holds more than one ${frame.endName}` };
  }
  return { ok: true, text, end: end[1]!, sig: end[2]?.slice(' sig='.length) };
}

/** Why a framed body's signature does not verify with `signing`, or undefined when it does. */
export function signatureProblem(
  framed: { text: string; end: string; sig: string | undefined },
  frame: Frame,
  signing: Signing,
): string | undefined {
  if (!framed.sig) return 'it is not signed with the state-key';
  const expected = signature(`${framed.text}\n\n${framed.end} -->\n`, frame.kind, signing);
  if (!crypto().timingSafeEqual(Buffer.from(framed.sig, 'hex'), Buffer.from(expected, 'hex'))) {
    return 'its signature does not match the state-key';
  }
  return undefined;
}

const COMMENT: Frame = {
  kind: 'comment',
  heading: HEADER,
  end: DATA,
  endStart: '<!-- stack-verdict:state',
  endName: 'data comment',
};

/** Whether `body` is wholly a comment of this action for `marker`, and its state if so. */
export function readOurComment(body: string, marker: string, signing?: Signing): Adoption {
  const framed = readFrame(body, marker, COMMENT);
  if (!framed.ok) return framed;
  const state = decodeState(`${framed.end} -->`);
  if (!state) return { ok: false, reason: 'its data comment is not valid' };
  if (!agrees(framed.text, state)) return { ok: false, reason: 'its data disagrees with its text' };
  if (signing) {
    const problem = signatureProblem(framed, COMMENT, signing);
    if (problem) return { ok: false, reason: problem };
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
