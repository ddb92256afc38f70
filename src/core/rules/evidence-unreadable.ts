import { defineRule, type RuleHit } from './rule.js';

export default defineRule({
  id: 'evidence-unreadable',
  severity: 'warning',
  description:
    "A constraint's evidence path names nothing that can be read (it then cites nothing), or a file that gives no figure to compare (it counts as a link would).",
  docs: {
    why: `A constraint may cite a file of the repository as its evidence, and Stack Verdict reads it (docs/evidence.md). When the path names nothing that can be read — no such file at the commit judged, or a path that leads outside the repository, through a link that leads out, or into \`.git\` — the constraint cites nothing, and does not count as a measurement. When the file is there but over \`max-evidence-bytes\`, of no format Stack Verdict reads (a PDF report, a screenshot), or without the figure the limit asks for, a person can still open it: the constraint counts as a link would, but nothing was checked.`,
    fix: `Commit the artefact at the path the constraint cites (the path starts at the repository root, or at the proposal's folder with \`./\` or \`../\`). Export it in a format Stack Verdict reads: \`k6 run --summary-export\`, \`vegeta report -type=json\`, \`hyperfine --export-json\`, \`wrk --latency\`, \`go test -bench\` output, or a \`GODEBUG=gctrace=1\` trace. When the file lacks the figure, \`stack-verdict evidence PATH\` lists the figures it has: name one in \`metric\` or the limit's statistic.`,
    fires: `service: quote-engine
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: cpu
    source: benchmark
    evidence: bench/quote-report.txt
    observed: 1050 ns/op on the Go prototype
    limit: <= 500 ns/op
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
    observed: 1050 ns/op on the Go prototype
    limit: <= 500 ns/op
    runtime: go1.26
`,
    artefacts: {
      'bench/quote-report.txt': 'The quote benchmark ran slower than we need: see the dashboard.\n',
      'bench/quote.txt': `go: go1.26.0
pkg: example.com/checkout/quote
BenchmarkQuote-8   	 1145223	      1047 ns/op	     240 B/op	       4 allocs/op
`,
    },
  },
  check({ evidence, proposal: p }) {
    const hits: RuleHit[] = [];
    for (const { constraint: i, check } of evidence ?? []) {
      if (check.status !== 'unreadable') continue;
      const c = p.constraints![i]!;
      const head = `The ${c.type} constraint (#${i + 1}) cites ${check.path ?? 'a path'}`;
      hits.push({
        path: ['constraints', i, 'evidence'],
        target: 'value',
        message:
          check.unreadable === 'nothing'
            ? `${head}, which names nothing that can be read: ${check.reason ?? 'not read'}. The constraint cites nothing, so it does not count as a measurement. Commit the artefact at that path, inside the repository.`
            : `${head}, which gives no figure to check: ${check.reason ?? 'not read'}. It counts as a link would, unchecked. Export the measurement in a format Stack Verdict reads, or name the figure in \`metric\` (\`stack-verdict evidence PATH\` lists them).`,
      });
    }
    return hits;
  },
});
