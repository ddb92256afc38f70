import { MAX_TOKEN_CHARS, quote } from '../format.js';
import { MEASURED_CLAIMS, noRuntime, readConstraint } from '../measurement.js';
import { figureText, limitText } from '../triggers.js';
import { defineRule, type RuleHit } from './rule.js';

export default defineRule({
  id: 'constraint-contradicts-itself',
  severity: 'warning',
  description:
    'A measured constraint contradicts itself: its observation names another runtime than Go, or `met` disagrees with its own figures.',
  docs: {
    why: `A constraint counts as a measurement of Go only when its parts agree. An observation that names the JVM, CPython, Node or another runtime (or Rust) while the constraint says Go — through \`runtime\`, or by giving none, which means Go — describes some other system; and a \`met\` that its own figures contradict (observed 12 ms against a limit of 40 ms marked \`met: false\`) says the opposite of what was measured. Either way the reviewers cannot tell which part is true, so the constraint does not count: it justifies no Rust, backs no declared need and answers none.`,
    fix: `Make the constraint say one thing. If the observation is of another runtime, measure a Go prototype and record that instead (or set \`runtime\` to what was measured: then it does not count as a measurement of Go, and says so honestly). If \`met\` is wrong, correct it or remove it (an absent \`met\` takes the value the figures give); if \`observed\` or \`limit\` is wrong, correct the figure.`,
    fires: `service: quote-api
language: rust
kind: http-api
workload:
  bound: mixed
constraints:
  - type: tail-latency
    source: load-test
    evidence: https://ci.example.com/load/quote/7
    observed: P99 12 ms on the JVM service we replace
    limit: P99 <= 40 ms
    met: false
    runtime: go1.26
`,
    passes: `service: quote-api
language: rust
kind: http-api
workload:
  bound: mixed
constraints:
  - type: tail-latency
    source: load-test
    evidence: https://ci.example.com/load/quote/7
    observed: P99 95 ms in the Go prototype at 20k rps
    limit: P99 <= 40 ms
    met: false
    runtime: go1.26
`,
  },
  check({ proposal: p }) {
    const hits: RuleHit[] = [];
    (p.constraints ?? []).forEach((c, i) => {
      if (!MEASURED_CLAIMS.includes(c.source)) return;
      const r = readConstraint(c);
      if (r.otherRuntime !== undefined) {
        const claimed = noRuntime(c.runtime)
          ? 'gives no runtime, which means Go'
          : `says runtime ${quote(c.runtime!, MAX_TOKEN_CHARS)}`;
        hits.push({
          path: ['constraints', i, 'observed'],
          message:
            `The ${c.type} constraint (#${i + 1}) ${claimed}, but observed names ${quote(r.otherRuntime, MAX_TOKEN_CHARS)} and not Go: it cannot be both, so it does not count as a measurement of Go. ` +
            `Measure a Go prototype and record that, or set runtime to the runtime that was measured.`,
        });
      }
      if (r.metContradicted && r.figures) {
        const { figure, limit, met } = r.figures;
        hits.push({
          path: ['constraints', i, 'met'],
          message:
            `The ${c.type} constraint (#${i + 1}) says met: ${String(c.met)}, but observed ${figureText(figure)} ${met ? 'meets' : 'breaks'} its limit ${limitText(limit)}: it cannot be both, so it does not count as a measurement. ` +
            `Correct met (or remove it: the figures then decide), or correct observed or limit.`,
        });
      }
    });
    return hits;
  },
});
