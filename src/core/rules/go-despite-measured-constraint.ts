import { quote } from '../format.js';
import { measuredConstraintIndices } from '../triggers.js';
import type { Constraint } from '../types.js';
import { defineRule, type RuleHit } from './rule.js';

const WHY_RUST: Record<string, string> = {
  memory:
    'Where memory is the hard limit, a Rust service without a garbage-collected heap can need far less of it, and that difference is paid in infrastructure',
  cpu: "On CPU-saturated work Rust's ceiling is higher than Go's, and that headroom is what the measurement says is missing",
  'gc-pauses':
    'Rust has no garbage collector, so there are no collection pauses left to tune around',
  'tail-latency':
    "Without a garbage collector Rust keeps P99.9 predictable under load; Discord's Read States service lost its latency spikes when it moved from Go to Rust",
  throughput:
    "Where throughput is CPU-bound, Rust's ceiling is higher than Go's; where it waits on a database, neither language will move it",
  'cold-start':
    'The policy names near-instant cold start as a case for Rust; does Go meet this limit on 1.26?',
};

function describe(c: Constraint, i: number): string {
  let s = `the ${c.type} constraint (#${i + 1}) was measured in ${c.source}`;
  if (c.runtime) s += ` on ${quote(c.runtime)}`;
  if (c.observed) s += `, observed ${quote(c.observed)}`;
  if (c.limit) s += ` against the limit ${quote(c.limit)}`;
  return s;
}

export default defineRule({
  id: 'go-despite-measured-constraint',
  severity: 'warning',
  description:
    'Go is chosen although a hard limit (memory, CPU, GC pauses, tail latency, throughput or cold start) has been measured on Go and not met.',
  docs: {
    why: `The policy keeps Go as the default and reserves Rust for the moment a hard limit shows up in real measurements. A memory, CPU, GC-pause, tail-latency, throughput or cold-start limit observed on Go in production or in a load test, and not met, is exactly that moment: at scale memory can differ by about 10× between the two, CPU-saturated code has more headroom in Rust, Rust has no garbage collector to pause. Staying on Go after measuring such a limit needs a stated reason. A limit that was met (\`met: true\`), measured on another runtime, or growth on Go that the goroutineleak profile has not ruled out does not count.`,
    fix: `Choose Rust for the service, or show that Go meets the limit — for instance by re-measuring on Go 1.26, whose Green Tea GC cuts GC overhead by 10–40% — and set \`met: true\` on the constraint. If the entry was not a hard limit after all, correct its \`source\` or remove it.`,
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
    const constraints = p.constraints ?? [];
    return measuredConstraintIndices(p, settings).map((i): RuleHit => {
      const c = constraints[i]!;
      return {
        path: ['constraints', i],
        message:
          `Go chosen despite a measured ${c.type} constraint that is not met: ${describe(c, i)} (sources counted as measured: ${measuredIn}). ` +
          `${WHY_RUST[c.type] ?? "Rust's ceiling is higher where Go hits a hard limit"}. ` +
          `Choose Rust, or show that Go meets this limit (for example re-measured on Go 1.26) and set met: true.`,
      };
    });
  },
});
