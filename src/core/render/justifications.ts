// The justifications of a proposal as the comment, the summary and the text output show them:
// each with what it rests on (declared, measured, verified), and the declared needs a
// measurement of Go answered. Read defensively: a report from another run is untrusted data,
// so only the ids and values the schema allows are shown.
import { TRIGGER_IDS } from '../triggers.js';
import type { ProposalReport } from '../types.js';

const BASES = ['declared', 'measured', 'verified'] as const;
export type Basis = (typeof BASES)[number];

export interface ShownJustification {
  id: string;
  basis?: Basis;
}

export interface ShownAnswer {
  id: string;
  /** Constraint numbers, from 1. */
  numbers: number[];
}

const isTrigger = (v: unknown): v is string =>
  typeof v === 'string' && (TRIGGER_IDS as readonly string[]).includes(v);

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Each justification that holds, with its basis when the report gives one. */
export function shownJustifications(p: ProposalReport, max = 20): ShownJustification[] {
  const list = Array.isArray(p.justifications) ? p.justifications : [];
  const basis = record(p.justificationBasis);
  return list
    .filter(isTrigger)
    .slice(0, max)
    .map((id) => {
      const b = Object.hasOwn(basis, id) ? basis[id] : undefined;
      return (BASES as readonly unknown[]).includes(b) ? { id, basis: b as Basis } : { id };
    });
}

/** Each declared need answered by a measurement, with the constraints' numbers. */
export function shownAnswers(p: ProposalReport, max = 20): ShownAnswer[] {
  const answered = record(p.answeredBy);
  const out: ShownAnswer[] = [];
  for (const id of TRIGGER_IDS) {
    if (!Object.hasOwn(answered, id)) continue;
    const raw = answered[id];
    const numbers = (Array.isArray(raw) ? raw : [])
      .filter((n): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n > 0)
      .slice(0, max);
    if (numbers.length > 0) out.push({ id, numbers });
  }
  return out;
}

/** "answered by measurement #1", "answered by measurements #1, #3". */
export function answeredByText(numbers: readonly number[]): string {
  const list = numbers.map((n) => `#${n}`).join(', ');
  return `answered by measurement${numbers.length > 1 ? 's' : ''} ${list}`;
}
