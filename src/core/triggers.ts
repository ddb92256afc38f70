import type { Settings } from './settings.js';
import type { Constraint, NodePath, Proposal } from './types.js';
import type { Limit } from './figures.js';
import { formatNumber, MAX_TOKEN_CHARS, quote } from './format.js';
import { noRuntime, onGo, readConstraint, unconfirmed } from './measurement.js';
import { figureText as evidenceFigure, limitText as evidenceLimit } from './evidence/judge.js';

/** The Rust justifications of docs/policy.md, in the spec's order. */
export const TRIGGER_IDS = [
  'measured-constraint',
  'cpu-bound-hot-path',
  'deterministic-tail-latency',
  'systems-software',
  'cli-cold-start',
  'ffi-embedding',
  'custom-protocol',
  'team-knows-rust',
] as const;
export type TriggerId = (typeof TRIGGER_IDS)[number];

export const SYSTEMS_KINDS = ['database', 'message-broker', 'network-proxy', 'runtime', 'compiler'];
/** Constraint types whose measurement justifies Rust (build-time argues the other way). */
export const RUST_CONSTRAINT_TYPES = [
  'memory',
  'cpu',
  'gc-pauses',
  'tail-latency',
  'throughput',
  'cold-start',
];

/** Each trigger that holds, with the proposal node that shows it. */
export type Triggers = ReadonlyMap<TriggerId, NodePath>;

/** What a justification rests on: the authors' word, a measurement, or a checked artefact. */
export type JustificationBasis = 'declared' | 'measured' | 'verified';

/** Triggers the authors declare about the workload that a measurement of Go can settle. */
export const DECLARED_TRIGGERS = [
  'cpu-bound-hot-path',
  'deterministic-tail-latency',
  'cli-cold-start',
  'custom-protocol',
] as const satisfies readonly TriggerId[];
export type DeclaredTrigger = (typeof DECLARED_TRIGGERS)[number];

/** The constraint types that measure what each declared trigger is about. */
export const MATCHING_TYPES: Readonly<Record<DeclaredTrigger, readonly string[]>> = {
  'cpu-bound-hot-path': ['cpu', 'throughput'],
  'deterministic-tail-latency': ['tail-latency', 'gc-pauses'],
  'cli-cold-start': ['cold-start'],
  'custom-protocol': ['throughput', 'tail-latency'],
};
/** Sources whose figures may back or answer a declared trigger (a benchmark is enough). */
export const BACKING_SOURCES = ['production', 'load-test', 'benchmark'];

export interface Analysis {
  /** The triggers that hold. */
  triggers: Triggers;
  /** For each trigger that holds: what it rests on. */
  basis: ReadonlyMap<TriggerId, JustificationBasis>;
  /** Declared triggers that a met measurement on Go answers, with those constraints' indices. */
  answered: ReadonlyMap<DeclaredTrigger, readonly number[]>;
  /** Declared triggers that hold and a counting, unmet Go measurement backs, with its indices. */
  backed: ReadonlyMap<DeclaredTrigger, readonly number[]>;
  /** The constraints that make `measured-constraint` hold. */
  measured: readonly number[];
}

export function isMeasured(source: string, settings: Settings): boolean {
  return (settings.measuredSources as string[]).includes(source);
}

/**
 * True when a growing memory constraint was seen on Go: its `runtime` is Go, or it has none
 * (which means Go, whatever the proposal's language). Leaked goroutines may explain such growth.
 */
export function growingOnGo(c: Constraint): boolean {
  if (c.type !== 'memory' || c.trend !== 'growing') return false;
  return onGo(c);
}

/**
 * A measured hard limit of Go. Its type argues for Rust, its source counts as measured, it is
 * consistent with itself (evidence, runtime, figures), the limit was not met, it was measured
 * on Go (or the runtime is not said), and it is not growth on Go that the goroutineleak profile
 * has not ruled out. On a proposal in any language but Rust, an unconfirmed measurement (GC-
 * sensitive, on Go older than 1.26 or of unknown version) does not count: it must not turn
 * the language around before it is re-measured.
 */
export function isMeasuredConstraint(c: Constraint, p: Proposal, settings: Settings): boolean {
  if (!RUST_CONSTRAINT_TYPES.includes(c.type) || !isMeasured(c.source, settings)) return false;
  const reading = readConstraint(c);
  if (!reading.counts || reading.met || !onGo(c)) return false;
  if (growingOnGo(c) && c['leak-checked'] !== true) return false;
  return p.language === 'rust' || !unconfirmed(c);
}

/** The indices of the constraints for which `measured-constraint` holds. */
export function measuredConstraintIndices(p: Proposal, settings: Settings): number[] {
  return [...analyse(p, settings).measured];
}

/** A constraint of the Go service that counts for backing or answering a declared trigger. */
function countingGo(c: Constraint): boolean {
  return BACKING_SOURCES.includes(c.source) && onGo(c) && readConstraint(c).counts;
}

/** The index of the first hot-path entry that makes the work CPU-bound, or -1. */
export function cpuHotPathIndex(p: Proposal): number {
  if (p.workload?.bound !== 'cpu') return -1;
  return (p.workload?.['hot-path'] ?? []).findIndex((h) => h !== 'in-memory-cache');
}

/** The engineers `team-knows-rust` counts: the team and its planned hires. */
export function teamHeadcount(p: Proposal): number | undefined {
  const size = p.team?.size;
  if (size === undefined) return undefined;
  return size + (p.team?.['planned-hires'] ?? 0);
}

/**
 * True when the engineers have shipped enough Rust to count as knowing it: at least one, and
 * at least the share of the team and its planned hires (new people are not assumed to know it).
 */
export function teamKnowsRust(p: Proposal, settings: Settings): boolean {
  const rust = p.team?.['rust-experience'];
  const headcount = teamHeadcount(p);
  if (rust === undefined || headcount === undefined) return false;
  return rust >= 1 && rust >= headcount * settings.rustTeamShare;
}

export function findTriggers(p: Proposal, settings: Settings): Triggers {
  return analyse(p, settings).triggers;
}

const analyses = new WeakMap<Proposal, Map<Settings, Analysis>>();

/** The proposal's triggers and what each rests on; remembered (every rule asks). */
export function analyse(p: Proposal, settings: Settings): Analysis {
  let bySettings = analyses.get(p);
  if (!bySettings) analyses.set(p, (bySettings = new Map()));
  let a = bySettings.get(settings);
  if (!a) bySettings.set(settings, (a = compute(p, settings)));
  return a;
}

function compute(p: Proposal, settings: Settings): Analysis {
  const found = new Map<TriggerId, NodePath>();
  const constraints = p.constraints ?? [];
  const measured: number[] = [];
  constraints.forEach((c, i) => {
    if (isMeasuredConstraint(c, p, settings)) measured.push(i);
  });
  if (measured.length > 0) found.set('measured-constraint', ['constraints', measured[0]!]);
  const hot = cpuHotPathIndex(p);
  if (hot >= 0) found.set('cpu-bound-hot-path', ['workload', 'hot-path', hot]);
  if (p.workload?.latency?.['deterministic-tail'] === true) {
    found.set('deterministic-tail-latency', ['workload', 'latency', 'deterministic-tail']);
  }
  if (p.kind !== undefined && SYSTEMS_KINDS.includes(p.kind))
    found.set('systems-software', ['kind']);
  const coldStart = p.workload?.['cold-start-ms'];
  if (p.kind === 'cli' && coldStart !== undefined && coldStart <= settings.cliColdStartMs) {
    found.set('cli-cold-start', ['workload', 'cold-start-ms']);
  }
  if (p.workload?.ffi === 'c' || p.workload?.ffi === 'cpp') {
    found.set('ffi-embedding', ['workload', 'ffi']);
  }
  if (p.workload?.protocol === 'custom-binary')
    found.set('custom-protocol', ['workload', 'protocol']);
  // "Engineers who already know Rust and want to work in it": a team choosing Go does not.
  if (p.language === 'rust' && teamKnowsRust(p, settings)) {
    found.set('team-knows-rust', ['team', 'rust-experience']);
  }

  // A declared need that Go was measured to meet is answered: it holds no more.
  const answered = new Map<DeclaredTrigger, number[]>();
  const backed = new Map<DeclaredTrigger, number[]>();
  for (const t of DECLARED_TRIGGERS) {
    if (!found.has(t)) continue;
    const matching: number[] = [];
    constraints.forEach((c, i) => {
      if (MATCHING_TYPES[t].includes(c.type) && countingGo(c)) matching.push(i);
    });
    const unmet = matching.filter((i) => !readConstraint(constraints[i]!).met);
    if (matching.length > 0 && unmet.length === 0) {
      answered.set(t, matching);
      found.delete(t);
    } else if (unmet.length > 0) backed.set(t, unmet);
  }

  // A justification rests on a checked artefact when one of its measurements was verified.
  const verified = (indices: readonly number[] | undefined): boolean =>
    (indices ?? []).some((i) => readConstraint(constraints[i]!).check?.status === 'verified');
  const basis = new Map<TriggerId, JustificationBasis>();
  for (const t of TRIGGER_IDS) {
    if (!found.has(t)) continue;
    const rests = t === 'measured-constraint' ? measured : backed.get(t as DeclaredTrigger);
    basis.set(t, rests ? (verified(rests) ? 'verified' : 'measured') : 'declared');
  }
  // In the spec's order, whatever order the checks above found them in.
  const triggers = new Map<TriggerId, NodePath>();
  for (const t of TRIGGER_IDS) if (found.has(t)) triggers.set(t, found.get(t)!);
  return { triggers, basis, answered, backed, measured };
}

/** A figure as a message shows it: the number and the unit, both as read. */
export function figureText(f: { number: number; unit: string }): string {
  return `${formatNumber(f.number)} ${f.unit}`;
}

/** A limit as a message shows it, rebuilt from what was read (no proposal text). */
export function limitText(l: Limit): string {
  return `${l.stat ? `${l.stat} ` : ''}${l.op} ${figureText(l.figure)}`;
}

/**
 * Why a constraint does not make `measured-constraint` hold, in a few words for a message;
 * undefined when it does. Proposal text is quoted at most MAX_TOKEN_CHARS long.
 */
export function whyNotCounted(c: Constraint, p: Proposal, settings: Settings): string | undefined {
  if (isMeasuredConstraint(c, p, settings)) return undefined;
  if (!RUST_CONSTRAINT_TYPES.includes(c.type)) return `${c.type} does not argue for Rust`;
  if (!isMeasured(c.source, settings)) return `${c.source} is not a measurement that counts`;
  const r = readConstraint(c);
  if (r.evidence === 'none') {
    return typeof c.evidence === 'string' && c.evidence.trim() !== ''
      ? `evidence ${quote(c.evidence, MAX_TOKEN_CHARS)} is neither a link nor a repository path`
      : 'no evidence';
  }
  const check = r.check;
  if (check?.status === 'contradicts') {
    return `its evidence ${check.path ?? ''} contradicts it (evidence-contradicts-claim)`;
  }
  if (check?.status === 'unreadable' && !check.counts) {
    return `its evidence ${check.path ?? ''} names nothing that can be read (evidence-unreadable)`;
  }
  if (!onGo(c)) return `runtime ${quote(c.runtime!, MAX_TOKEN_CHARS)} is not Go`;
  if (r.otherRuntime !== undefined) {
    const claimed = noRuntime(c.runtime) ? 'no runtime, which means Go' : 'a Go runtime';
    return `observed names ${quote(r.otherRuntime, MAX_TOKEN_CHARS)} under ${claimed}`;
  }
  if (r.metContradicted && r.figures) {
    return `met: ${String(c.met)} although observed ${figureText(r.figures.figure)} ${r.figures.met ? 'meets' : 'breaks'} the limit ${limitText(r.figures.limit)}`;
  }
  if (r.met) {
    if (check?.status === 'verified' && check.limit && check.valueInLimitUnit !== null) {
      return `${check.path ?? 'its artefact'} shows ${evidenceFigure(check.stat, check.valueInLimitUnit, check.limit.unit)} against ${evidenceLimit(check.limit)}, met`;
    }
    return r.figures && c.met === undefined
      ? `observed ${figureText(r.figures.figure)} meets the limit ${limitText(r.figures.limit)}`
      : 'the limit was met';
  }
  if (growingOnGo(c) && c['leak-checked'] !== true) {
    return `growing memory on Go${noRuntime(c.runtime) ? ' (no runtime means Go)' : ''} not yet leak-checked`;
  }
  if (unconfirmed(c)) return 'measured on Go older than 1.26 or of unknown version';
  return undefined;
}

/** "answered by measurement #2" (constraint indices are 0-based, the numbers shown 1-based). */
export function answeredText(indices: readonly number[]): string {
  const numbers = indices.map((i) => `#${i + 1}`);
  return `answered by measurement${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`;
}
