import type { ConstraintSource } from '../types.js';
import { defineRule, type RuleHit } from './rule.js';

/** Sources that show a limit in production, as opposed to a benchmark or an estimate. */
const IN_PRODUCTION: ConstraintSource[] = ['production', 'load-test'];

export default defineRule({
  id: 'constraint-benchmark-only',
  severity: 'notice',
  description: 'A constraint comes from a benchmark, not from production or a load test.',
  docs: {
    why: `A benchmark measures code in isolation under one synthetic workload. It shows what a language can do, not that the service would hit a limit in production: in a Fortune-style web benchmark the fastest Go and Rust frameworks differ by less than connection-pool settings or a query plan would change. Only a limit seen in production or under realistic load shows a production constraint.`,
    fix: `Confirm the constraint in production or with a load test of the real service, then set \`source\` to match and link the result in \`evidence\`. If the benchmark is all there is, keep it and waive this notice with the reason.`,
    fires: `service: image-resizer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [compression]
constraints:
  - type: cpu
    source: benchmark
    evidence: https://ci.example.com/bench/resize/17
`,
    passes: `service: image-resizer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [compression]
constraints:
  - type: cpu
    source: load-test
    evidence: https://ci.example.com/load/resize/17
`,
  },
  check({ proposal: p, settings }) {
    const hits: RuleHit[] = [];
    const confirmIn =
      settings.measuredSources.filter((s) => IN_PRODUCTION.includes(s)).join(' or ') ||
      IN_PRODUCTION.join(' or ');
    (p.constraints ?? []).forEach((c, i) => {
      if (c.source !== 'benchmark') return;
      hits.push({
        path: ['constraints', i],
        message:
          `The ${c.type} constraint (#${i + 1}) comes from a benchmark only: it shows what the code does in isolation, not that the service hits this limit in production. ` +
          `Confirm it in ${confirmIn} and set source to match, or waive this notice with the reason the benchmark is enough.`,
      });
    });
    return hits;
  },
});
