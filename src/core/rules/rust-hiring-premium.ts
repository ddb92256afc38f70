import { premiumEngineers } from '../costs.js';
import { formatNumber, plural, usdRange } from '../format.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'rust-hiring-premium',
  severity: 'notice',
  description:
    'Rust is chosen: senior Rust engineers cost a yearly premium over Go engineers, for the whole team.',
  docs: {
    why: `Rust is widely admired but rarely used at work: only about a quarter of Rust developers (26%, JetBrains State of Rust 2025) use it in professional projects, so the pool of engineers who have shipped it is small. In major US markets that scarcity shows up as a pay premium of roughly $25,000–$30,000 a year for a senior Rust engineer over a comparable Go engineer, which for a team of five adds up to $125,000–$150,000 every year, before onboarding and churn.`,
    fix: `Choose Go when nothing in the workload calls for Rust. When Rust is justified, budget the premium for the team and its planned hires and waive the finding with a note that the budget is approved (or that the team is hired in a market where the premium does not apply).`,
    fires: `service: ingest-proxy
language: rust
kind: network-proxy
workload:
  bound: io
team:
  size: 5
  rust-experience: 5
`,
    passes: `service: ingest-proxy
language: go
kind: network-proxy
workload:
  bound: io
team:
  size: 5
  rust-experience: 5
`,
  },
  check({ proposal: p, settings }) {
    const size = p.team?.size;
    const engineers = premiumEngineers(p);
    if (p.language !== 'rust' || size === undefined || engineers === undefined || engineers <= 0)
      return [];
    const hires = p.team?.['planned-hires'] ?? 0;
    const who =
      hires > 0
        ? `${formatNumber(size)} engineers and ${plural(hires, 'planned hire')} (${formatNumber(engineers)})`
        : `a team of ${formatNumber(size)}`;
    const [lo, hi] = settings.rustPremiumUsd;
    return [
      {
        path: ['team', 'size'],
        message:
          `A senior Rust engineer costs about ${usdRange([lo, hi])} a year more than a comparable Go engineer in major US markets; for ${who} that is ${usdRange([lo * engineers, hi * engineers])} a year. ` +
          `Budget it and waive the finding with that reason, or choose Go to avoid it.`,
      },
    ];
  },
});
