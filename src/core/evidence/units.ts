// The figure and limit grammar of the evidence contract (docs/evidence.md), kept inside the
// evidence folder: readers and the judge need only units, statistics and limits.

import type { UnitClass } from './types.js';

interface UnitInfo {
  unitClass: UnitClass;
  /** Factor to the class's base: ns, B, per second, percent. */
  factor: number;
}

const UNITS: Record<string, UnitInfo> = {
  ns: { unitClass: 'time', factor: 1 },
  'ns/op': { unitClass: 'time', factor: 1 },
  us: { unitClass: 'time', factor: 1e3 },
  // µs, escaped: the bundles are ASCII only, and an unquoted µ is an identifier, not a string.
  '\u00b5s': { unitClass: 'time', factor: 1e3 },
  ms: { unitClass: 'time', factor: 1e6 },
  s: { unitClass: 'time', factor: 1e9 },
  B: { unitClass: 'size', factor: 1 },
  'B/op': { unitClass: 'size', factor: 1 },
  KB: { unitClass: 'size', factor: 1e3 },
  MB: { unitClass: 'size', factor: 1e6 },
  GB: { unitClass: 'size', factor: 1e9 },
  KiB: { unitClass: 'size', factor: 1024 },
  MiB: { unitClass: 'size', factor: 1024 ** 2 },
  GiB: { unitClass: 'size', factor: 1024 ** 3 },
  rps: { unitClass: 'rate', factor: 1 },
  'req/s': { unitClass: 'rate', factor: 1 },
  'requests/s': { unitClass: 'rate', factor: 1 },
  '/s': { unitClass: 'rate', factor: 1 },
  '%': { unitClass: 'share', factor: 1 },
};

// Longest first, so `ns/op` is not read as `ns` and `MB` not as a mega-suffixed `B`.
const UNIT_NAMES = Object.keys(UNITS).sort((a, b) => b.length - a.length);

export function unitClass(unit: string): UnitClass | null {
  return UNITS[unit]?.unitClass ?? null;
}

/** The value in its class's base unit (ns, B, per second, %), or null for a unit outside the grammar. */
export function toBase(value: number, unit: string): number | null {
  const info = UNITS[unit];
  return info ? value * info.factor : null;
}

/** The value of `base` (in the class's base unit) expressed in `unit`. */
export function fromBase(base: number, unit: string): number | null {
  const info = UNITS[unit];
  return info ? base / info.factor : null;
}

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

function unitAt(text: string, i: number): string | null {
  for (const name of UNIT_NAMES) {
    if (!text.startsWith(name, i)) continue;
    const next = text[i + name.length];
    if (next === undefined || name === '%' || !/[A-Za-z0-9_/]/.test(next)) return name;
  }
  return null;
}

/** A figure `NUMBER [k|M] UNIT` starting at `i`, or null. */
export function figureAt(text: string, i: number): ParsedFigure | null {
  NUMBER.lastIndex = i;
  const m = NUMBER.exec(text);
  if (!m) return null;
  let value = Number(m[0].replace(/[,_]/g, ''));
  if (!Number.isFinite(value)) return null;
  let j = i + m[0].length;
  let unit = unitAt(text, j);
  if (unit === null) {
    const suffix = text[j];
    if (suffix === 'k' || suffix === 'M') {
      value *= suffix === 'k' ? 1e3 : 1e6;
      j += 1;
    }
    while (text[j] === ' ') j += 1;
    unit = unitAt(text, j);
    if (unit === null) return null;
  }
  return { value, unit, end: j + unit.length };
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
