// Helpers every reader shares: walking a text line by line without splitting it whole, and
// making a name from the file safe to show.

import { MAX_TOKEN_CHARS, quote } from '../format.js';
import type { Work } from './types.js';

/**
 * No line a reader cares about is longer; longer lines are passed over unread, so a
 * pattern never runs over a multi-megabyte line.
 */
export const MAX_LINE = 4096;

/** Calls `fn` with each line (without its `\r\n`) until it returns false. */
export function eachLine(text: string, work: Work, fn: (line: string) => boolean | void): void {
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    work.steps += end - start + 1;
    if (end - start <= MAX_LINE) {
      let stop = end;
      if (stop > start && text.charCodeAt(stop - 1) === 13) stop -= 1;
      if (fn(text.slice(start, stop)) === false) return;
    }
    start = end + 1;
  }
}

const SAFE = /^[A-Za-z0-9._:/{}=@ -]{1,80}$/;

/**
 * A name from the artefact as a message may show it: up to 80 characters of
 * `[A-Za-z0-9._:/{}=@ -]` as they are, anything else quoted and cut like proposal text.
 */
export function identifier(text: string): string {
  return SAFE.test(text) ? text : quote(text, MAX_TOKEN_CHARS);
}

/** A number from the file that can be a measurement: finite and not negative. */
export function measurement(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

/** The value at rank ceil(q/100 × n) of the sorted values (nearest rank). */
export function nearestRank(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  const rank = Math.min(n, Math.max(1, Math.ceil((q / 100) * n)));
  return sorted[rank - 1]!;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
