import type { Settings } from './settings.js';
import type { NodePath, Proposal } from './types.js';

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
  const measured = (p.constraints ?? []).findIndex(
    (c) => RUST_CONSTRAINT_TYPES.includes(c.type) && isMeasured(c.source, settings),
  );
  if (measured >= 0) found.set('measured-constraint', ['constraints', measured]);
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
