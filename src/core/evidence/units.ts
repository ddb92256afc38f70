// The figure and limit grammar of the evidence contract (docs/evidence.md), kept inside the
// evidence folder: readers and the judge need only units, statistics and limits.

import { unitAt, unitClass, type UnitClass } from '../units.js';

// One table of units and one conversion for the policy's figures and the artefacts' (see
// src/core/units.ts); re-exported for the judge and the readers.
export { fromBase, toBase, unitClass } from '../units.js';

/**
 * The canonical name of a statistic or figure word (`P99` → `p99`, `median` → `p50`,
 * `p(99.9)` and `p999` → `p99.9`, `mean` → `avg`, `rps` → `throughput`), or null.
 */
export function canonicalStat(word: string): string | null {
  const w = word.trim().toLowerCase().replace(/\s+/g, ' ');
  if (w === '') return null;
  switch (w) {
    case 'median':
    case 'med':
      return 'p50';
    case 'avg':
    case 'mean':
      return 'avg';
    case 'max':
    case 'min':
    case 'pause':
    case 'heap':
    case 'rss':
    case 'throughput':
    case 'gc cpu':
    case 'stddev':
    case 'count':
      return w;
    case 'rps':
      return 'throughput';
    case 'start':
    case 'cold start':
      return 'start';
  }
  const m =
    /^(?:p\(([0-9]{1,3}(?:\.[0-9]{1,4})?)\)|p([0-9]{1,6}(?:\.[0-9]{1,4})?)|([0-9]{1,3}(?:\.[0-9]{1,4})?)(?:th|%))$/.exec(
      w,
    );
  if (!m) return null;
  let n = m[1] ?? m[3];
  if (n === undefined) {
    const digits = m[2]!;
    // p999 is p99.9, p9999 is p99.99: a run of nines past two digits is a decimal part.
    n =
      !digits.includes('.') && digits.length > 2
        ? `${digits.slice(0, 2)}.${digits.slice(2)}`
        : digits;
  }
  const value = Number(n);
  if (!(value > 0 && value < 100)) return null;
  return `p${String(value)}`;
}

/** The rank N of a percentile statistic `pN`, or null. */
export function percentileRank(stat: string | null): number | null {
  if (stat === null || !/^p[0-9]/.test(stat)) return null;
  return Number(stat.slice(1));
}

export type LimitOp = '<' | '<=' | '>' | '>=';

export interface Limit {
  stat: string | null;
  op: LimitOp;
  value: number;
  unit: string;
}

export interface ParsedFigure {
  value: number;
  unit: string;
  /** Index just past the figure. */
  end: number;
}

const NUMBER = /[0-9][0-9,_]*(?:\.[0-9]+)?/y;

/**
 * A figure `NUMBER [k|M] UNIT` starting at `i`, or null. The unit is read by the one unit
 * grammar (unitAt) and given as the grammar spells it (`40 MS` is 40 `ms`).
 */
export function figureAt(text: string, i: number): ParsedFigure | null {
  NUMBER.lastIndex = i;
  const m = NUMBER.exec(text);
  if (!m) return null;
  let value = Number(m[0].replace(/[,_]/g, ''));
  if (!Number.isFinite(value)) return null;
  const j = i + m[0].length;
  let unit = unitAt(text, j);
  if (unit === undefined) {
    const suffix = text[j];
    if (suffix !== 'k' && suffix !== 'M') return null;
    unit = unitAt(text, j + 1);
    if (unit === undefined) return null;
    value *= suffix === 'k' ? 1e3 : 1e6;
  }
  return { value, unit: unit.def.text, end: unit.end };
}

const OPS: [string, LimitOp][] = [
  ['<=', '<='],
  ['≤', '<='],
  ['>=', '>='],
  ['≥', '>='],
  ['<', '<'],
  ['>', '>'],
];

/** A limit `[STAT] OP FIGURE`, or null when the text has another form. */
export function parseLimit(text: string): Limit | null {
  const t = text.trim();
  if (t.length > 200) return null;
  const at = t.search(/[<>≤≥]/);
  if (at < 0) return null;
  const found = OPS.find(([sign]) => t.startsWith(sign, at));
  if (!found) return null;
  const statText = t.slice(0, at).trim();
  const stat = statText === '' ? null : canonicalStat(statText);
  if (statText !== '' && stat === null) return null;
  let i = at + found[0].length;
  while (t[i] === ' ') i += 1;
  const figure = figureAt(t, i);
  if (!figure || t.slice(figure.end).trim() !== '') return null;
  return { stat, op: found[1], value: figure.value, unit: figure.unit };
}

const TWO_WORD = /(?:^|[^A-Za-z0-9])((?:cold|gc)\s+(?:start|cpu))\s*[:=]?\s*$/i;
const ONE_WORD = /([A-Za-z0-9.()%]+)\s*[:=]?\s*$/;

function statBefore(text: string, i: number): string | null {
  const before = text.slice(Math.max(0, i - 24), i);
  const two = TWO_WORD.exec(before);
  if (two) return canonicalStat(two[1]!);
  const one = ONE_WORD.exec(before);
  return one ? canonicalStat(one[1]!) : null;
}

export interface ObservedFigure {
  stat: string | null;
  value: number;
  unit: string;
}

/**
 * The figure `observed` states for a limit of `wanted` class: the first figure of that class,
 * with the statistic written just before it ("P99.9 95 ms at 20k rps" → p99.9 95 ms).
 */
export function observedFigure(text: string, wanted: UnitClass): ObservedFigure | null {
  const t = text.length > 2000 ? text.slice(0, 2000) : text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const prev = i > 0 ? t[i - 1]! : ' ';
    if (/[A-Za-z0-9.,_(]/.test(prev)) continue;
    const figure = figureAt(t, i);
    if (!figure) continue;
    if (unitClass(figure.unit) === wanted) {
      return { stat: statBefore(t, i), value: figure.value, unit: figure.unit };
    }
    i = figure.end - 1;
  }
  return null;
}

export function compare(value: number, op: LimitOp, limit: number): boolean {
  switch (op) {
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    case '>=':
      return value >= limit;
  }
}
