import { quote } from '../format.js';
import { defineRule, type RuleHit } from './rule.js';

export default defineRule({
  id: 'constraint-not-measured',
  severity: 'warning',
  description: 'A constraint is an estimate, not a measurement.',
  docs: {
    why: `The policy's central test is whether a constraint has been hit and measured, not whether the team expects to need the performance one day. An estimate does not count as a justification, and a language choice resting on one risks months of cost for a limit that may never arrive.`,
    fix: `Measure the constraint in production or with a load test, then set \`source\` to match and link the result in \`evidence\`. If it cannot be measured yet, remove the entry and revisit the choice once it can.`,
    fires: `service: search-api
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [search-indexing]
constraints:
  - type: throughput
    source: estimate
    observed: we expect 50k requests per second
`,
    passes: `service: search-api
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [search-indexing]
constraints:
  - type: throughput
    source: load-test
    evidence: https://ci.example.com/load/search-api/42
    observed: saturates at 50k requests per second
`,
  },
  check({ proposal: p, settings }) {
    const hits: RuleHit[] = [];
    const measuredIn = settings.measuredSources.join(' or ');
    (p.constraints ?? []).forEach((c, i) => {
      if (c.source !== 'estimate') return;
      const seen = c.observed ? ` (${quote(c.observed)})` : '';
      hits.push({
        path: ['constraints', i],
        message:
          `The ${c.type} constraint (#${i + 1}) is an estimate${seen}, not a measurement, so it does not justify a language choice. ` +
          `Measure it in ${measuredIn}, set source to match and link the result in evidence, or remove the entry.`,
      });
    });
    return hits;
  },
});
