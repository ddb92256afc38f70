import { defineRule, type RuleHit } from './rule.js';

/** Sources that claim a measurement, and so owe a link to it. */
const MEASURED_CLAIMS = ['production', 'load-test', 'benchmark'];

export default defineRule({
  id: 'constraint-without-evidence',
  severity: 'warning',
  description: 'A constraint claims a measurement but links no evidence.',
  docs: {
    why: `A constraint that says it was seen in production, in a load test or in a benchmark is a claim about a measurement. Reviewers weighing a language choice on it need to see the dashboard, report or run behind it; without a link they cannot tell a measured limit from a remembered one.`,
    fix: `Add \`evidence\` to the constraint with a link to the measurement (dashboard, load-test report, benchmark run). If there is nothing to link, the honest source is \`estimate\`.`,
    fires: `service: ledger
language: go
kind: crud-service
workload:
  bound: io
constraints:
  - type: throughput
    source: load-test
    observed: 12k writes per second
`,
    passes: `service: ledger
language: go
kind: crud-service
workload:
  bound: io
constraints:
  - type: throughput
    source: load-test
    evidence: https://ci.example.com/load/ledger/9
    observed: 12k writes per second
`,
  },
  check({ proposal: p }) {
    const hits: RuleHit[] = [];
    (p.constraints ?? []).forEach((c, i) => {
      if (!MEASURED_CLAIMS.includes(c.source)) return;
      if (typeof c.evidence === 'string' && c.evidence.trim() !== '') return;
      hits.push({
        path: ['constraints', i],
        message:
          `The ${c.type} constraint (#${i + 1}) says it was measured in ${c.source} but has no evidence, so reviewers cannot check it. ` +
          `Add evidence with a link to the measurement, or set source to estimate if there is none.`,
      });
    });
    return hits;
  },
});
