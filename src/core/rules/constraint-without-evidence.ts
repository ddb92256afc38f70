import { quote, MAX_TOKEN_CHARS } from '../format.js';
import { evidenceForm, MEASURED_CLAIMS } from '../measurement.js';
import { defineRule, type RuleHit } from './rule.js';

export default defineRule({
  id: 'constraint-without-evidence',
  severity: 'warning',
  description:
    'A constraint claims a measurement but cites no evidence: no link, no repository path.',
  docs: {
    why: `A constraint that says it was seen in production, in a load test or in a benchmark is a claim about a measurement. Reviewers weighing a language choice on it need to see the dashboard, report or run behind it; without a link they cannot tell a measured limit from a remembered one. Evidence is an http(s) link or the path of the measurement's output in the repository (relative, no spaces); anything else ("n/a", "TBD", "see wiki") cites nothing, and such a constraint does not count as a measurement.`,
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
      if (evidenceForm(c.evidence) !== 'none') return;
      const written = typeof c.evidence === 'string' && c.evidence.trim() !== '';
      const what = written
        ? `its evidence ${quote(c.evidence!, MAX_TOKEN_CHARS)} is neither an http(s) link nor a repository path (relative, no spaces, to a file)`
        : 'has no evidence';
      hits.push({
        path: written ? ['constraints', i, 'evidence'] : ['constraints', i],
        message:
          `The ${c.type} constraint (#${i + 1}) says it was measured in ${c.source} but ${what}, so reviewers cannot check it and it does not count as a measurement. ` +
          `Add evidence with a link to the measurement or the path of its output in the repository, or set source to estimate if there is none.`,
      });
    });
    return hits;
  },
});
