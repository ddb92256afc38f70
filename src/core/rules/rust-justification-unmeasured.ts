import type { TriggerId } from '../triggers.js';
import { defineRule } from './rule.js';

/** Triggers that rest on what the authors declare about the workload, not on a measurement. */
const DECLARED: readonly TriggerId[] = [
  'cpu-bound-hot-path',
  'deterministic-tail-latency',
  'custom-protocol',
];
/** Constraints that would back such a declaration, and the sources that count as measuring it. */
const BACKING_TYPES = ['cpu', 'tail-latency', 'throughput', 'gc-pauses', 'memory'];
const BACKING_SOURCES = ['production', 'load-test', 'benchmark'];

const FIELD: Partial<Record<TriggerId, string>> = {
  'cpu-bound-hot-path': 'workload.bound: cpu with a compute-heavy hot-path',
  'deterministic-tail-latency': 'workload.latency.deterministic-tail: true',
  'custom-protocol': 'workload.protocol: custom-binary',
};

export default defineRule({
  id: 'rust-justification-unmeasured',
  severity: 'warning',
  description:
    'Rust rests only on how the authors describe the workload; nothing measured backs it.',
  docs: {
    why: `A CPU-bound hot path, a deterministic tail or a custom binary protocol are cases for Rust, but each is declared by the proposal's authors: one line of YAML. The policy's test is a constraint that is real and measured, not the expectation of needing the performance some day. Without a benchmark, load test or production figure of the part that matters, the case for Rust is a belief, and the build, hiring and onboarding costs it brings are certain.`,
    fix: `Measure the part of the workload the declaration is about: at least a benchmark of the hot path, better a load test or production figures, and add it as a \`constraints\` entry (type cpu, tail-latency, throughput, gc-pauses or memory) with \`evidence\`. Or choose Go. Waive the finding only with the reason a measurement is not possible yet.`,
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
  check({ proposal: p, triggers }) {
    if (p.language !== 'rust' || triggers.size === 0) return [];
    const held = [...triggers.keys()];
    if (!held.every((t) => DECLARED.includes(t))) return [];
    const backed = (p.constraints ?? []).some(
      (c) => BACKING_TYPES.includes(c.type) && BACKING_SOURCES.includes(c.source),
    );
    if (backed) return [];
    const declared = held.map((t) => `${t} (${FIELD[t]})`).join(', ');
    return [
      {
        path: ['language'],
        message:
          `Rust rests only on what the proposal declares: ${declared}. Nothing measured backs it: no cpu, tail-latency, throughput, gc-pauses or memory constraint from ${BACKING_SOURCES.join(', ')}. ` +
          `Add the measurement (at least a benchmark of the hot path, with evidence) as a constraint, or choose Go.`,
      },
    ];
  },
});
