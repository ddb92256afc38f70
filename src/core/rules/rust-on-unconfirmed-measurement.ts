import { range } from '../format.js';
import { GREEN_TEA_GO, goRuntimeText, noRuntime, unconfirmed } from '../measurement.js';
import { measuredConstraintIndices } from '../triggers.js';
import type { Constraint } from '../types.js';
import { defineRule } from './rule.js';

/** Where a constraint was measured, as a message says it: on its Go release, or none given. */
export function measuredOn(c: Constraint): string {
  return noRuntime(c.runtime)
    ? 'with no runtime given (Go of unknown version)'
    : `on ${goRuntimeText(c.runtime!)}`;
}

export default defineRule({
  id: 'rust-on-unconfirmed-measurement',
  severity: 'warning',
  description:
    'Rust rests only on GC-sensitive measurements taken on Go older than 1.26 (or of unknown version), before Green Tea GC.',
  docs: {
    why: `A limit measured on Go is the policy's best reason for Rust, but Go 1.26 (February 2026) made the Green Tea garbage collector the default, without a code change. It makes marking and scanning small objects cheaper; Go's release notes expect 10–40% less GC overhead in real-world programs that use the garbage collector heavily, and say results vary. It cuts the CPU cost of collection, so CPU use, throughput and latency that comes from GC work competing for CPU may all move (stop-the-world pauses were already short). When every measurement behind the choice was taken on an older Go, or does not say which Go (no \`runtime\`: it counts as Go of unknown version), the limit may already be gone on 1.26, and the case for Rust is not confirmed.`,
    fix: `Re-measure on Go 1.26 or later and update \`runtime\`, \`observed\` and \`evidence\`. If the limit still stands, the finding goes away; if the new figures meet it, set \`met: true\` and reconsider Go.`,
    fires: `service: pricing-api
language: rust
kind: http-api
workload:
  bound: mixed
constraints:
  - type: gc-pauses
    source: production
    evidence: https://grafana.example.com/d/pricing
    observed: P99.9 spikes of 40 ms during GC cycles
    runtime: go1.22
`,
    passes: `service: pricing-api
language: rust
kind: http-api
workload:
  bound: mixed
constraints:
  - type: gc-pauses
    source: production
    evidence: https://grafana.example.com/d/pricing
    observed: P99.9 spikes of 40 ms during GC cycles
    runtime: go1.26
`,
  },
  check({ proposal: p, settings, triggers }) {
    if (p.language !== 'rust' || triggers.size !== 1 || !triggers.has('measured-constraint')) {
      return [];
    }
    const indices = measuredConstraintIndices(p, settings);
    const constraints = p.constraints ?? [];
    const old = indices.filter((i) => unconfirmed(constraints[i]!));
    if (indices.length === 0 || old.length !== indices.length) return [];
    const listed = old
      .map((i) => `${constraints[i]!.type} (#${i + 1}) ${measuredOn(constraints[i]!)}`)
      .join(', ');
    const askRuntime = old.some((i) => noRuntime(constraints[i]!.runtime))
      ? ' Set runtime to the Go release each measurement ran on.'
      : '';
    return [
      {
        path: ['constraints', old[0]!],
        message:
          `The only case for Rust is measured on Go older than ${GREEN_TEA_GO}${askRuntime ? ' or of unknown version' : ''}: ${listed}. ` +
          `Go ${GREEN_TEA_GO} made Green Tea GC the default; Go's release notes expect ${range(settings.greenTeaGcCutPercent)}% less GC overhead in programs that use the GC heavily (results vary), which may remove this limit. ` +
          `Re-measure on Go ${GREEN_TEA_GO} or later and update runtime; if the limit is met there, set met: true and reconsider Go.${askRuntime}`,
      },
    ];
  },
});
