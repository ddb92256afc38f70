import { quote } from '../format.js';
import { isMeasured, RUST_CONSTRAINT_TYPES } from '../triggers.js';
import { isGoRuntime } from '../versions.js';
import { defineRule, type RuleHit } from './rule.js';

export default defineRule({
  id: 'constraint-not-on-go',
  severity: 'notice',
  description:
    'A constraint was measured on a runtime other than Go, so it says nothing about Go and does not count.',
  docs: {
    why: `The policy's question is whether Go hits a limit. A memory, CPU or latency limit measured on CPython, the JVM or Node shows what that runtime does, not what a Go service would do: Go compiles to native code, has its own garbage collector and cheap goroutines. Such a constraint does not count as a measured constraint and makes no case for Rust.`,
    fix: `Build a Go prototype of the hot part, measure it under the same load, and record that measurement with \`runtime\` set to the Go release (for example \`go1.26\`). Keep the old measurement as context in the proposal's prose if it helps reviewers.`,
    fires: `service: report-renderer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/renderer
    observed: RSS 9 GB per worker
    runtime: cpython3.11
`,
    passes: `service: report-renderer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: memory
    source: load-test
    evidence: https://ci.example.com/load/renderer-go/5
    observed: RSS 6 GB per worker in the Go prototype
    runtime: go1.26
`,
  },
  check({ proposal: p, settings }) {
    const hits: RuleHit[] = [];
    (p.constraints ?? []).forEach((c, i) => {
      if (!RUST_CONSTRAINT_TYPES.includes(c.type) || !isMeasured(c.source, settings)) return;
      if (c.runtime === undefined || c.runtime.trim() === '' || isGoRuntime(c.runtime)) return;
      hits.push({
        path: ['constraints', i, 'runtime'],
        message:
          `The ${c.type} constraint (#${i + 1}, ${c.source}) was measured on ${quote(c.runtime)}, not on Go, so it does not count as a measured constraint: a limit of that runtime says nothing about Go. ` +
          `Measure a Go prototype under the same load and record it with runtime set to the Go release.`,
      });
    });
    return hits;
  },
});
