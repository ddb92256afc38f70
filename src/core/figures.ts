// The figure grammar of a measurement (docs/policy.md, "Limits and figures"): one parser for
// what authors write in `observed` and `limit` and for what an artefact reader finds, so that
// both compare figures the same way. Pure functions; nothing here throws on any text.

import { unitAt, type UnitClass } from './units.js';

export type { UnitClass } from './units.js';

export interface Figure {
  /** In the class's base unit: ns, bytes, per second, percent. */
  value: number;
  /** The number as written, after separators and the k/M suffix. */
  number: number;
  /** The unit as written (`ns/op` and `B/op` stay as written). */
  unit: string;
  unitClass: UnitClass;
  /** The statistic the figure is, normalised (`p99.9`, `avg`, `pause`…), when one is written. */
  stat?: string;
}

export type LimitOp = '<' | '<=' | '>' | '>=';

export interface Limit {
  stat?: string;
  op: LimitOp;
  figure: Figure;
}

// NUMBER: digits with `,` or `_` thousands separators, an optional decimal part. The lookbehind
// keeps the digits of `p99` or `go1.26` from reading as a number.
const NUMBER = /(?<![\p{L}\p{N}_.,])(\d{1,3}(?:[,_]\d{3})+|\d+)(\.\d+)?/gu;

/** Statistic names, any case, to their normal form. Longest first where one is a prefix. */
const STAT_WORDS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^cold[ -]start$/i, () => 'start'],
  [/^start(?:-?up)?$/i, () => 'start'],
  [/^gc[ -]cpu$/i, () => 'gc cpu'],
  [/^(?:median|med)$/i, () => 'p50'],
  [/^(?:avg|mean|average)$/i, () => 'avg'],
  [/^(?:max|maximum)$/i, () => 'max'],
  [/^(?:min|minimum)$/i, () => 'min'],
  [/^(?:pause|pauses)$/i, () => 'pause'],
  [/^heap$/i, () => 'heap'],
  [/^rss$/i, () => 'rss'],
  // Both name the rate a service sustains; a limit may say one and `observed` the other.
  [/^(?:throughput|rps)$/i, () => 'throughput'],
  [/^p\(?(\d{1,2}(?:\.\d+)?)\)?$/i, (m) => percentile(m[1]!)],
  [/^(\d{1,2}(?:\.\d+)?)(?:th|%)$/i, (m) => percentile(m[1]!)],
];

/** `99.9` and `999` are the same percentile (p999); `50` is p50. */
function percentile(digits: string): string {
  const p = digits === '999' ? '99.9' : digits;
  return `p${String(Number(p))}`;
}

/** The normal form of a statistic's name, or undefined when the text names none. */
export function normaliseStat(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (/^p999$/i.test(t)) return 'p99.9';
  for (const [pattern, name] of STAT_WORDS) {
    const m = pattern.exec(t);
    if (m) return name(m);
  }
  return undefined;
}

/** The statistic written just before `at` (a colon or `=` between them is allowed). */
function statBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 40), at).replace(/[\s:=]+$/u, '');
  // Two words first ("cold start", "gc cpu"), then one.
  const two = /(?:^|[^\p{L}\p{N}_.()%])([\p{L}]+[ -][\p{L}]+)$/u.exec(before);
  const twoStat = two ? normaliseStat(two[1]!) : undefined;
  if (twoStat) return twoStat;
  const one = /(?:^|[^\p{L}\p{N}_.()%])([\p{L}\p{N}.()%]+)$/u.exec(before);
  return one ? normaliseStat(one[1]!) : undefined;
}

/** Every figure in `text`, in order, each with the statistic written just before it. */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  if (typeof text !== 'string') return out;
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    let end = start + m[0].length;
    let number = Number(`${m[1]!.replace(/[,_]/g, '')}${m[2] ?? ''}`);
    let unit = unitAt(text, end);
    if (!unit) {
      // A k (10³) or M (10⁶) suffix, then the unit: "43.6k rps", "1.2M req/s".
      const suffix = text[end];
      if (suffix === 'k' || suffix === 'M') {
        const after = unitAt(text, end + 1);
        if (after) {
          number *= suffix === 'k' ? 1e3 : 1e6;
          end += 1;
          unit = after;
        }
      }
    }
    if (!unit || !Number.isFinite(number)) continue;
    const figure: Figure = {
      value: number * unit.def.factor,
      number,
      unit: text.slice(end, unit.end).trim(),
      unitClass: unit.def.unitClass,
    };
    const stat = statBefore(text, start);
    if (stat !== undefined) figure.stat = stat;
    out.push(figure);
  }
  return out;
}

/** The text as exactly one figure (`40 ms`, `2 GiB`), or undefined. */
export function parseFigure(text: string): Figure | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.trim();
  const found = findFigures(t);
  if (found.length !== 1) return undefined;
  const f = found[0]!;
  // Nothing but the figure: the number starts the text and the unit ends it.
  if (!/^\d/.test(t) || !t.endsWith(f.unit)) return undefined;
  delete f.stat;
  return f;
}

const OPS: readonly [string, LimitOp][] = [
  ['<=', '<='],
  ['>=', '>='],
  ['≤', '<='],
  ['≥', '>='],
  ['<', '<'],
  ['>', '>'],
];

/** `[STAT] OP FIGURE`, e.g. `P99.9 <= 40 ms`, `throughput >= 20000 rps`; undefined otherwise. */
export function parseLimit(text: string): Limit | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.trim();
  for (const [written, op] of OPS) {
    const at = t.indexOf(written);
    if (at < 0) continue;
    const head = t.slice(0, at).trim();
    const figure = parseFigure(t.slice(at + written.length));
    if (!figure) return undefined;
    if (head === '') return { op, figure };
    const stat = normaliseStat(head);
    return stat === undefined ? undefined : { stat, op, figure };
  }
  return undefined;
}

/** Same unit class, and the statistics equal or one of them not written. */
export function sameKind(
  a: { unitClass: UnitClass; stat?: string },
  b: { unitClass: UnitClass; stat?: string },
): boolean {
  if (a.unitClass !== b.unitClass) return false;
  return a.stat === undefined || b.stat === undefined || a.stat === b.stat;
}

/** True when a figure's value keeps the limit. */
export function meetsLimit(value: number, limit: Limit): boolean {
  const bound = limit.figure.value;
  switch (limit.op) {
    case '<':
      return value < bound;
    case '<=':
      return value <= bound;
    case '>':
      return value > bound;
    case '>=':
      return value >= bound;
  }
}

/**
 * The figure of `observed` that the limit is about: the first of the limit's unit class and of
 * the same kind (so "p50 3 ms, p99 95 ms" against a p99 limit compares 95 ms).
 */
export function figureForLimit(observed: string, limit: Limit): Figure | undefined {
  const kind = { unitClass: limit.figure.unitClass, stat: limit.stat };
  return findFigures(observed).find((f) => sameKind(f, kind));
}

export interface Comparison {
  figure: Figure;
  limit: Limit;
  met: boolean;
}

/** What the written figures say: `observed` against `limit`, when both can be read and compared. */
export function compareObserved(
  observed: string | undefined,
  limit: string | undefined,
): Comparison | undefined {
  if (typeof observed !== 'string' || typeof limit !== 'string') return undefined;
  const parsed = parseLimit(limit);
  if (!parsed) return undefined;
  const figure = figureForLimit(observed, parsed);
  if (!figure) return undefined;
  return { figure, limit: parsed, met: meetsLimit(figure.value, parsed) };
}
