// The units of a figure (docs/policy.md and docs/evidence.md, "Limits and figures"): one table
// and one conversion for what authors write in `observed` and `limit` and for what an artefact
// reader finds, so a limit reads the same whichever of them holds it.

/** What a unit measures; two figures compare only within one class. */
export type UnitClass = 'time' | 'size' | 'rate' | 'share';

export interface UnitDef {
  /** The unit as the grammar spells it. */
  text: string;
  unitClass: UnitClass;
  /** Factor to the class's base: ns, B, per second, percent. */
  factor: number;
  /** Size units are case-sensitive (B is a byte, b a bit); the others are not. */
  exact?: boolean;
}

const KIB = 1024;

export const UNITS: readonly UnitDef[] = [
  { text: 'ns/op', unitClass: 'time', factor: 1 },
  { text: 'ns', unitClass: 'time', factor: 1 },
  { text: 'us', unitClass: 'time', factor: 1e3 },
  // The micro sign, escaped: the bundles are ASCII only.
  { text: '\u00b5s', unitClass: 'time', factor: 1e3 },
  // U+03BC, the Greek mu, which some tools print instead of the micro sign.
  { text: '\u03bcs', unitClass: 'time', factor: 1e3 },
  { text: 'ms', unitClass: 'time', factor: 1e6 },
  { text: 's', unitClass: 'time', factor: 1e9 },
  { text: 'B/op', unitClass: 'size', factor: 1, exact: true },
  { text: 'B', unitClass: 'size', factor: 1, exact: true },
  { text: 'KB', unitClass: 'size', factor: 1e3, exact: true },
  { text: 'kB', unitClass: 'size', factor: 1e3, exact: true },
  { text: 'MB', unitClass: 'size', factor: 1e6, exact: true },
  { text: 'GB', unitClass: 'size', factor: 1e9, exact: true },
  { text: 'KiB', unitClass: 'size', factor: KIB, exact: true },
  { text: 'MiB', unitClass: 'size', factor: KIB ** 2, exact: true },
  { text: 'GiB', unitClass: 'size', factor: KIB ** 3, exact: true },
  { text: 'requests/s', unitClass: 'rate', factor: 1 },
  { text: 'req/s', unitClass: 'rate', factor: 1 },
  { text: 'rps', unitClass: 'rate', factor: 1 },
  { text: '/s', unitClass: 'rate', factor: 1 },
  { text: '%', unitClass: 'share', factor: 1 },
];

/** Longest first, so `ms` is not read as `m` + `s` and `ns/op` not as `ns`. */
const LONGEST_FIRST = [...UNITS].sort((a, b) => b.text.length - a.text.length);
const BY_TEXT = new Map(UNITS.map((u) => [u.text, u]));

/**
 * The unit a figure's unit names, spelled as the grammar spells it (`ms`, `MiB`), or undefined
 * for one outside the grammar (a Go benchmark's `allocs/op`, `MB/s`). Readers give the
 * grammar's spelling; a unit as an author wrote it (`MS`) is found the way unitAt finds it.
 */
export function unitOf(unit: string): UnitDef | undefined {
  const exact = BY_TEXT.get(unit);
  if (exact) return exact;
  const lower = unit.toLowerCase();
  return UNITS.find((u) => !u.exact && u.text === lower);
}

export function unitClass(unit: string): UnitClass | null {
  return unitOf(unit)?.unitClass ?? null;
}

/** The value in its class's base unit (ns, B, per second, %), or null for a unit outside the grammar. */
export function toBase(value: number, unit: string): number | null {
  const def = unitOf(unit);
  return def ? value * def.factor : null;
}

/** The value of `base` (in the class's base unit) expressed in `unit`. */
export function fromBase(base: number, unit: string): number | null {
  const def = unitOf(unit);
  return def ? base / def.factor : null;
}

/** Characters that continue a token: a unit followed by one is part of a longer word (`MB/s`). */
const TOKEN_CHAR = /[\p{L}\p{N}_/\u00b5\u03bc]/u;

/**
 * The unit written at `at` in `text`, after optional spaces: a whole token, longest first,
 * size units in their case and the others in any. `/s` only glued to the number before it
 * ("20000/s"; "20000 /s" reads as a stray slash).
 */
export function unitAt(text: string, at: number): { def: UnitDef; end: number } | undefined {
  let i = at;
  while (text[i] === ' ' || text[i] === '\u00a0') i++;
  for (const def of LONGEST_FIRST) {
    const written = text.slice(i, i + def.text.length);
    const same = def.exact ? written === def.text : written.toLowerCase() === def.text;
    if (!same) continue;
    const next = text.slice(i + def.text.length, i + def.text.length + 1);
    if (next !== '' && TOKEN_CHAR.test(next)) continue;
    if (def.text === '/s' && i !== at) continue;
    return { def, end: i + def.text.length };
  }
  return undefined;
}
