import { range } from '../format.js';
import { defineRule, type RuleHit } from './rule.js';
import { GREEN_TEA_GO, noRuntime, readConstraint, unconfirmed } from '../measurement.js';
import { measuredOn } from './rust-on-unconfirmed-measurement.js';

export default defineRule({
  id: 'gc-remeasure-on-go-1-26',
  severity: 'notice',
  description:
    'A GC-sensitive constraint (GC pauses, tail latency, CPU, throughput) was measured on a Go release older than 1.26 (or one not given), before Green Tea GC.',
  docs: {
    why: `Go 1.26 (February 2026) made the Green Tea garbage collector the default, with no code change. It makes marking and scanning small objects cheaper (better memory locality, better scaling across CPUs); Go's release notes expect 10–40% less GC overhead in real-world programs that use the garbage collector heavily, and say results vary. What it cuts is the CPU cost of collection: latency that comes from GC work competing with the service for CPU may improve, while stop-the-world pauses were already short. Nobody can tell from a figure taken on an older Go whether this constraint moved; re-measuring on 1.26 is how to find out, before a language switch rests on the old number.`,
    fix: `Re-run the measurement on Go 1.26 or later and update the constraint's \`runtime\` (and \`observed\`, \`evidence\`) before deciding to switch. If the old number still stands on 1.26, the notice goes away with the new runtime.`,
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
    runtime: go1.24
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
  check({ proposal: p, settings }) {
    const hits: RuleHit[] = [];
    (p.constraints ?? []).forEach((c, i) => {
      // Only a runtime older than 1.26 (or none, which counts as such) is asked to re-measure.
      if (c.source === 'estimate' || !unconfirmed(c)) return;
      // A met limit with no runtime stays met on a newer Go: nothing waits on re-measuring it.
      if (noRuntime(c.runtime) && readConstraint(c).met) return;
      const shown = measuredOn(c);
      const unmet = p.language !== 'rust' && !readConstraint(c).met;
      const then = unmet
        ? ' It does not make the case for Rust until then: if the limit is still broken on 1.26, Rust is justified.'
        : '';
      const ask = noRuntime(c.runtime) ? ' Set runtime to the Go release it ran on.' : '';
      hits.push({
        path: ['constraints', i],
        message:
          `The ${c.type} constraint (#${i + 1}, ${c.source}) was measured ${shown}, older than Go ${GREEN_TEA_GO}. ` +
          `Go ${GREEN_TEA_GO} made Green Tea GC the default; Go's release notes expect ${range(settings.greenTeaGcCutPercent)}% less GC overhead in programs that use the GC heavily (results vary), so this number may no longer hold. ` +
          `Re-measure on Go ${GREEN_TEA_GO} or later and update runtime before switching languages on it.${then}${ask}`,
      });
    });
    return hits;
  },
});
