import {
  analyse,
  BACKING_SOURCES,
  DECLARED_TRIGGERS,
  MATCHING_TYPES,
  type DeclaredTrigger,
  type TriggerId,
} from '../triggers.js';
import { defineRule } from './rule.js';

const FIELD: Record<DeclaredTrigger, string> = {
  'cpu-bound-hot-path': 'workload.bound: cpu with a compute-heavy hot-path',
  'deterministic-tail-latency': 'workload.latency.deterministic-tail: true',
  'cli-cold-start': 'kind: cli with workload.cold-start-ms',
  'custom-protocol': 'workload.protocol: custom-binary',
};

/** What to measure for each declared trigger: a Go prototype, so the figure is Go's. */
const ASK: Record<DeclaredTrigger, string> = {
  'cpu-bound-hot-path':
    'at least a benchmark of the hot path in a Go prototype (cpu or throughput)',
  'deterministic-tail-latency':
    'a load test of a Go prototype showing its tail latency or GC pauses against the limit',
  'cli-cold-start':
    'the start-up of a Go prototype measured with hyperfine (type cold-start, with observed and limit in ms)',
  'custom-protocol':
    'a benchmark or load test of the protocol in a Go prototype (throughput or tail-latency)',
};

const isDeclared = (t: TriggerId): t is DeclaredTrigger =>
  (DECLARED_TRIGGERS as readonly TriggerId[]).includes(t);

export default defineRule({
  id: 'rust-justification-unmeasured',
  severity: 'warning',
  description:
    'Rust rests only on how the authors describe the workload; nothing measured backs it.',
  docs: {
    why: `A CPU-bound hot path, a deterministic tail, an instant-start CLI or a custom binary protocol are cases for Rust, but each is declared by the proposal's authors: one line of YAML. The policy's test is a constraint that is real and measured, not the expectation of needing the performance some day. A declaration is backed only by a measurement of Go of the matching kind (cpu or throughput for a hot path; tail-latency or gc-pauses for a deterministic tail; cold-start for a CLI; throughput or tail-latency for a protocol) that cites its evidence and does not meet the limit. Without one, the case for Rust is a belief, and the build, hiring and onboarding costs it brings are certain. A measurement that meets the limit answers the declaration instead: it no longer justifies Rust.`,
    fix: `Measure the part of the workload the declaration is about in a Go prototype: at least a benchmark of the hot path (for a CLI, its start-up measured with hyperfine), better a load test or production figures, and add it as a \`constraints\` entry of the matching type with \`evidence\`, \`observed\` and \`limit\`. Or choose Go. Waive the finding only with the reason a measurement is not possible yet.`,
    fires: `service: invoice-parser
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [parsing]
`,
    passes: `service: invoice-parser
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [parsing]
constraints:
  - type: cpu
    source: benchmark
    evidence: https://ci.example.com/bench/invoice-parser/3
    observed: 38 MB/s per core parsing invoices in the Go prototype
`,
  },
  check({ proposal: p, settings, triggers }) {
    if (p.language !== 'rust' || triggers.size === 0) return [];
    const held = [...triggers.keys()];
    if (!held.every(isDeclared)) return [];
    const { backed } = analyse(p, settings);
    const unbacked = held.filter((t) => isDeclared(t) && !backed.has(t)) as DeclaredTrigger[];
    if (unbacked.length === 0) return [];
    const declared = unbacked.map((t) => `${t} (${FIELD[t]})`).join(', ');
    const types = [...new Set(unbacked.flatMap((t) => MATCHING_TYPES[t]))].join(' or ');
    const ask = unbacked.map((t) => ASK[t]).join('; ');
    return [
      {
        path: ['language'],
        message:
          `Rust rests only on what the proposal declares: ${declared}. Nothing measured backs it: no ${types} constraint on Go from ${BACKING_SOURCES.join(', ')} that cites evidence and does not meet its limit. ` +
          `Add the measurement as a constraint with evidence: ${ask}. Or choose Go.`,
      },
    ];
  },
});
