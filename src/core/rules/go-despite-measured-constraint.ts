import { quote } from '../format.js';
import { isMeasured } from '../triggers.js';
import type { Constraint } from '../types.js';
import { defineRule, type RuleHit } from './rule.js';

/** Constraint types where a measured limit argues against Go (throughput and cold-start have their own rules). */
const TYPES = ['memory', 'cpu', 'gc-pauses', 'tail-latency'];

const WHY_RUST: Record<string, string> = {
  memory:
    'At the scale where memory is the limit, the gap between a garbage-collected Go heap and a Rust service can reach about 10×, and that gap is paid in infrastructure',
  cpu: "On CPU-saturated work Rust's ceiling is higher than Go's, and that headroom is what the measurement says is missing",
  'gc-pauses':
    'Rust has no garbage collector, so there are no collection pauses left to tune around',
  'tail-latency':
    "Without a garbage collector Rust keeps P99.9 predictable under load; Discord's Read States service lost its latency spikes when it moved from Go to Rust",
};

function describe(c: Constraint, i: number): string {
  let s = `the ${c.type} constraint (#${i + 1}) was measured in ${c.source}`;
  if (c.runtime) s += ` on ${quote(c.runtime)}`;
  if (c.observed) s += `, observed ${quote(c.observed)}`;
  return s;
}

export default defineRule({
  id: 'go-despite-measured-constraint',
  severity: 'warning',
  description:
    'Go is chosen although a memory, CPU, GC-pause or tail-latency limit has been measured.',
  docs: {
    why: `The policy keeps Go as the default and reserves Rust for the moment a hard limit shows up in real measurements. A memory, CPU, GC-pause or tail-latency constraint observed in production or in a load test is exactly that moment: memory at scale can differ by about 10× between the two, CPU-saturated code has more headroom in Rust, and Rust has no garbage collector to pause. Staying on Go after measuring such a limit needs a stated reason.`,
    fix: `Choose Rust for the service, or show that Go meets the limit — for instance by re-measuring on Go 1.26, whose Green Tea GC cuts GC overhead by 10–40% — and waive this finding with that reason. If the entry was not a hard limit after all, correct its \`source\` or remove it.`,
    fires: `service: session-cache
language: go
kind: grpc-service
workload:
  bound: mixed
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/sessions
    observed: RSS 14 GB at 8M entries
`,
    passes: `service: session-cache
language: go
kind: grpc-service
workload:
  bound: mixed
constraints:
  - type: memory
    source: estimate
    observed: RSS 14 GB at 8M entries
`,
  },
  check({ proposal: p, settings }) {
    if (p.language !== 'go') return [];
    const measuredIn = settings.measuredSources.join(' or ');
    const hits: RuleHit[] = [];
    (p.constraints ?? []).forEach((c, i) => {
      if (!TYPES.includes(c.type) || !isMeasured(c.source, settings)) return;
      hits.push({
        path: ['constraints', i],
        message:
          `Go chosen despite a measured ${c.type} constraint: ${describe(c, i)} (sources counted as measured: ${measuredIn}). ` +
          `${WHY_RUST[c.type]}. ` +
          `Choose Rust, or show that Go meets this limit (for example re-measured on Go 1.26) and waive this finding with that reason.`,
      });
    });
    return hits;
  },
});
