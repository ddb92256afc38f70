import { figureText, limitText } from '../evidence/judge.js';
import { defineRule, type RuleHit } from './rule.js';

/** A short Go benchmark output the examples cite, as `go test -bench` writes it. */
export const EXAMPLE_BENCH = `go: go1.26.0
goos: linux
goarch: amd64
pkg: example.com/checkout/quote
cpu: AMD EPYC 7B13
BenchmarkQuote-8   	 1145223	      1047 ns/op	     240 B/op	       4 allocs/op
BenchmarkQuote-8   	 1145223	      1052 ns/op	     240 B/op	       4 allocs/op
BenchmarkQuote-8   	 1145223	      1039 ns/op	     240 B/op	       4 allocs/op
PASS
`;

export default defineRule({
  id: 'evidence-contradicts-claim',
  severity: 'error',
  description:
    "A constraint's committed artefact contradicts it: the file shows the limit met when the proposal says not (or the reverse), an observation more than 10% off, or another Go version.",
  docs: {
    why: `A constraint that cites a file of the repository (a k6 summary, a vegeta report, \`go test -bench\` output; docs/evidence.md) can be held against it: Stack Verdict reads the figure the limit speaks of and compares. When the file shows the limit met and the proposal says \`met: false\`, when \`observed\` is more than 10% from the file's figure, or when \`runtime\` names another Go release than the file's \`go:\` line, the proposal and its own evidence disagree. At most one of them describes the measurement, and the reviewers cannot tell which, so the constraint does not count: it justifies no Rust, backs no declared need and answers none.`,
    fix: `Correct the claim to what the file shows (\`met\`, \`observed\`, \`runtime\`), or cite the artefact of the run the claim describes. \`stack-verdict evidence PATH\` prints every figure the file gives. If the limit should read another figure of the file, name it in \`metric\` or in the limit's statistic (\`p99 <= 40 ms\`).`,
    fires: `service: quote-engine
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: cpu
    source: benchmark
    evidence: bench/quote.txt
    metric: BenchmarkQuote
    observed: 1050 ns/op on the Go prototype
    limit: <= 2000 ns/op
    met: false
    runtime: go1.26
`,
    passes: `service: quote-engine
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: cpu
    source: benchmark
    evidence: bench/quote.txt
    metric: BenchmarkQuote
    observed: 1050 ns/op on the Go prototype
    limit: <= 500 ns/op
    met: false
    runtime: go1.26
`,
    artefacts: { 'bench/quote.txt': EXAMPLE_BENCH },
  },
  check({ evidence, proposal: p }) {
    const hits: RuleHit[] = [];
    for (const { constraint: i, check } of evidence ?? []) {
      if (check.status !== 'contradicts') continue;
      const c = p.constraints![i]!;
      const shows =
        check.limit && check.valueInLimitUnit !== null
          ? `${figureText(check.stat, check.valueInLimitUnit, check.limit.unit)} against ${limitText(check.limit)}, ${check.met ? 'met' : 'not met'}`
          : undefined;
      const hasMet = check.contradictions.some((x) => x.field === 'met');
      const said = check.contradictions
        .map((x) => `it says ${x.claimed}, but the file shows ${x.found}`)
        .join('; ');
      const context = shows !== undefined && !hasMet ? ` (the file: ${shows})` : '';
      const what = [check.tool, check.metric].filter((s) => s !== null).join(', ');
      hits.push({
        path: ['constraints', i, check.contradictions[0]!.field],
        target: 'value',
        message:
          `The ${c.type} constraint (#${i + 1}) disagrees with its evidence ${check.path ?? ''}${what ? ` (${what})` : ''}: ${said}${context}. ` +
          `It does not count as a measurement. Correct the claim to what the file shows, or cite the artefact of the run the claim describes.`,
      });
    }
    return hits;
  },
});
