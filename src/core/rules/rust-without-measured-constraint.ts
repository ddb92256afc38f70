import { formatNumber, percent, plural, range } from '../format.js';
import {
  analyse,
  answeredText,
  RUST_CONSTRAINT_TYPES,
  teamHeadcount,
  whyNotCounted,
} from '../triggers.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'rust-without-measured-constraint',
  severity: 'error',
  description: 'Rust is chosen, but no measured constraint or Rust-shaped workload justifies it.',
  docs: {
    why: `Go is the default for new backend services: for I/O-bound APIs the two languages run within the same order of magnitude, while Go builds clean in 2–10 s against Rust's 1–3 min, hires from a wider pool, and makes engineers productive in days, where Rust takes weeks to months, and 3–6 months before an engineer works without pairing. Rust pays off when a hard limit has been measured (memory, CPU, GC pauses, tail latency, throughput, cold start) or when the work is of a kind where Rust's ceiling matters: a CPU-bound hot path, deterministic tail latency, systems software, an instant-start CLI, embedding in C/C++, a custom binary protocol, or a team that already ships Rust. Choosing Rust for none of these reasons buys its costs without its benefit.`,
    fix: `Record the measurement that drove the choice as a \`constraints\` entry with \`source: production\` or \`source: load-test\` and a link in \`evidence\`; or describe the workload accurately (\`bound: cpu\` with its \`hot-path\`, \`deterministic-tail: true\`, \`ffi\`, \`protocol: custom-binary\`); or choose Go. Waive it only with a reason the reviewers accept.`,
    fires: `service: orders-api
language: rust
kind: http-api
workload:
  bound: io
team:
  size: 4
  rust-experience: 0
`,
    passes: `service: orders-api
language: rust
kind: http-api
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/orders
    observed: RSS 14 GB at 8M cache entries
team:
  size: 4
  rust-experience: 0
`,
  },
  check({ proposal: p, settings, triggers }) {
    if (p.language !== 'rust' || triggers.size > 0) return [];
    const constraints = p.constraints ?? [];
    const sources = settings.measuredSources.join(' or ');
    const listed =
      constraints.length === 0
        ? 'no constraint is listed'
        : `no listed constraint counts (${constraints
            .map(
              (c, i) =>
                `#${i + 1} ${c.type}: ${c.source}, ${whyNotCounted(c, p, settings) ?? 'not counted'}`,
            )
            .join(
              '; ',
            )}), since only ${RUST_CONSTRAINT_TYPES.join(', ')} limits measured on Go in ${sources}, with evidence, consistent with themselves and not met do`;
    const answered = analyse(p, settings).answered;
    const shape = [
      p.workload ? `the workload is ${p.workload.bound}-bound, ` : 'no workload is described, ',
      p.kind ? `the kind is ${p.kind}, ` : '',
      ...[...answered].map(([t, idx]) => `${t} is ${answeredText(idx)} (Go met the limit), `),
    ].join('');
    const rust = formatNumber(p.team?.['rust-experience'] ?? 0);
    const hires = p.team?.['planned-hires'] ?? 0;
    // Planned hires count: new people are not assumed to know Rust.
    const withHires =
      hires > 0
        ? `, and with ${plural(hires, 'planned hire')} that is ${rust} of ${formatNumber(teamHeadcount(p)!)}, under the ${percent(settings.rustTeamShare)} share that counts as knowing Rust`
        : '';
    const team =
      p.team?.size !== undefined
        ? `${rust} of ${formatNumber(p.team.size)} engineers have shipped Rust${withHires}`
        : 'no team is given';
    return [
      {
        path: ['language'],
        message:
          `Rust chosen without a measured constraint: ${shape}${listed}, and ${team}. ` +
          `For this work Go is the default: a clean build takes about ${settings.goBuildSeconds} s instead of ${settings.rustBuildSeconds} s and engineers are productive in days instead of weeks to months, with ${range(settings.rustOnboardingMonths)} ${settings.rustOnboardingMonths[1] === 1 ? 'month' : 'months'} before one works in Rust without pairing. ` +
          `Add the constraint you measured in ${sources} (with evidence), describe the Rust-shaped part of the workload, or choose Go.`,
      },
    ];
  },
});
