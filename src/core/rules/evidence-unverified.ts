import { analyse } from '../triggers.js';
import { EXAMPLE_BENCH } from './evidence-contradicts-claim.js';
import { defineRule, type RuleHit } from './rule.js';

export default defineRule({
  id: 'evidence-unverified',
  severity: 'notice',
  description:
    'A measurement that justifies Rust (or backs a declared need) rests on evidence nobody checked: a link, or a file whose figure was not compared.',
  docs: {
    why: `The policy asks for a constraint that is real and measured. Everything a constraint says (\`observed\`, \`limit\`, \`met\`, \`runtime\`) is the authors' word until its artefact is read: a constraint that cites a committed k6 summary, vegeta report, hyperfine export, wrk output, \`go test -bench\` output or GC trace is held against the file, and is then *verified* (docs/evidence.md). This notice names each constraint that makes \`measured-constraint\` hold, or backs a declared need, without that check: it cites a link, a file whose figure was not compared (no limit of the form \`[STAT] OP FIGURE\`), or a file that gives no figure. An organisation that sets the rule to \`error\` requires a checked artefact behind every measured case for Rust.`,
    fix: `Commit the measurement's artefact and cite its repository path in \`evidence\`, with a limit of the form \`p99.9 <= 40 ms\` (and \`metric\` when the file holds several figures). \`stack-verdict evidence PATH\` prints what the file gives.`,
    fires: `service: quote-engine
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: cpu
    source: benchmark
    evidence: https://ci.example.com/bench/quote/7
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
    artefacts: { 'bench/quote.txt': EXAMPLE_BENCH },
  },
  check({ evidence, proposal: p, settings }) {
    if (!evidence) return [];
    const analysis = analyse(p, settings);
    const counting = new Map<number, string>();
    for (const i of analysis.measured) counting.set(i, '`measured-constraint`');
    for (const [trigger, indices] of analysis.backed) {
      for (const i of indices) if (!counting.has(i)) counting.set(i, `\`${trigger}\``);
    }
    const hits: RuleHit[] = [];
    for (const { constraint: i, check } of evidence) {
      const backs = counting.get(i);
      if (backs === undefined || check.status === 'verified') continue;
      const c = p.constraints![i]!;
      const why =
        check.status === 'url'
          ? 'it cites a link, which Stack Verdict cannot read'
          : check.status === 'unchecked'
            ? `${check.path ?? 'its file'} was read but no figure was compared (${check.reason ?? 'no limit'})`
            : `${check.path ?? 'its file'} gives no figure to compare (${check.reason ?? 'unreadable'})`;
      hits.push({
        path: ['constraints', i, 'evidence'],
        target: 'value',
        message:
          `The ${c.type} constraint (#${i + 1}) backs ${backs} on evidence nobody checked: ${why}. ` +
          `Commit the measurement's artefact and cite its path, with a limit of the form \`[STAT] OP FIGURE\`, so the figures are verified.`,
      });
    }
    return hits;
  },
});
