import { range, usdRange } from '../format.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'team-missing',
  severity: 'warning',
  description:
    'Rust is chosen but the proposal says nothing about the team, so its people costs cannot be judged.',
  docs: {
    why: `For most teams the people side decides between Go and Rust: engineers new to Rust need 3–6 months before they work without regular pairing, senior Rust engineers cost about $25,000–$30,000 a year more than Go engineers in major US markets, and a team whose members already ship Rust is itself a reason to pick it. Without a \`team\` section none of this can be weighed.`,
    fix: `Add a \`team\` section with at least \`size\` and \`rust-experience\` (engineers who have shipped Rust in production); \`annual-attrition\` and \`planned-hires\` make the onboarding estimate more precise.`,
    fires: `service: edge-gateway
language: rust
kind: network-proxy
workload:
  bound: io
`,
    passes: `service: edge-gateway
language: rust
kind: network-proxy
workload:
  bound: io
team:
  size: 4
  rust-experience: 3
`,
  },
  check({ proposal: p, settings }) {
    if (p.language !== 'rust' || p.team !== undefined) return [];
    return [
      {
        path: ['language'],
        message:
          `Rust is chosen but no team is described, so the ramp-up (${range(settings.rustOnboardingMonths)} months per engineer new to Rust), the hiring premium (${usdRange(settings.rustPremiumUsd)} a year per senior engineer) and whether the team already knows Rust cannot be judged. ` +
          `Add a team section with size and rust-experience.`,
      },
    ];
  },
});
