import type { Settings } from './settings.js';
import type { Constraint, NodePath, Proposal } from './types.js';
import { isGoRuntime } from './versions.js';

/** The Rust justifications of shared/spec/rules-v1.md, in the spec's order. */
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

export function isMeasured(source: string, settings: Settings): boolean {
  return (settings.measuredSources as string[]).includes(source);
}

/**
 * True when a growing memory constraint was seen on Go: its `runtime` is Go, or it has none and
 * the proposal is in Go. Leaked goroutines may explain such growth.
 */
export function growingOnGo(c: Constraint, p: Proposal): boolean {
  if (c.type !== 'memory' || c.trend !== 'growing') return false;
  return c.runtime !== undefined ? isGoRuntime(c.runtime) : p.language === 'go';
}

/**
 * Policy 1.1: the constraint is a measured hard limit of Go. Its type argues for Rust, its
 * source counts as measured, the limit was not met, it was measured on Go (or the runtime is
 * not said), and it is not growth on Go that the goroutineleak profile has not ruled out.
 */
export function isMeasuredConstraint(c: Constraint, p: Proposal, settings: Settings): boolean {
  if (!RUST_CONSTRAINT_TYPES.includes(c.type) || !isMeasured(c.source, settings)) return false;
  if (c.met === true) return false;
  if (c.runtime !== undefined && !isGoRuntime(c.runtime)) return false;
  return !(growingOnGo(c, p) && c['leak-checked'] !== true);
}

/** The indices of the constraints for which `measured-constraint` holds. */
export function measuredConstraintIndices(p: Proposal, settings: Settings): number[] {
  const out: number[] = [];
  (p.constraints ?? []).forEach((c, i) => {
    if (isMeasuredConstraint(c, p, settings)) out.push(i);
  });
  return out;
}

/** The index of the first hot-path entry that makes the work CPU-bound, or -1. */
export function cpuHotPathIndex(p: Proposal): number {
  if (p.workload?.bound !== 'cpu') return -1;
  return (p.workload?.['hot-path'] ?? []).findIndex((h) => h !== 'in-memory-cache');
}

/** True when the team has shipped enough Rust to count as knowing it. */
export function teamKnowsRust(p: Proposal, settings: Settings): boolean {
  const rust = p.team?.['rust-experience'];
  const size = p.team?.size;
  if (rust === undefined || size === undefined) return false;
  return rust >= 1 && rust >= size * settings.rustTeamShare;
}

export function findTriggers(p: Proposal, settings: Settings): Triggers {
  const found = new Map<TriggerId, NodePath>();
  const measured = measuredConstraintIndices(p, settings)[0];
  if (measured !== undefined) found.set('measured-constraint', ['constraints', measured]);
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
  if (teamKnowsRust(p, settings)) found.set('team-knows-rust', ['team', 'rust-experience']);
  return found;
}
