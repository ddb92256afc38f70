import { formatNumber, percent } from '../format.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'go-team-knows-rust',
  severity: 'notice',
  description: 'Go is chosen although most of the team has shipped Rust.',
  docs: {
    why: `The policy names engineers who already know Rust and want to work in it as a case for Rust: the onboarding and hiring costs that usually argue for Go are then largely paid. A Go proposal from such a team is fine, but the recommendation is Rust, and the reviewers should see why the team chose otherwise.`,
    fix: `Keep Go and waive this notice with the team's reason, or choose Rust. If fewer engineers have shipped Rust than stated, correct \`team.rust-experience\`.`,
    fires: `service: audit-api
language: go
kind: http-api
workload:
  bound: io
team:
  size: 4
  rust-experience: 3
`,
    passes: `service: audit-api
language: go
kind: http-api
workload:
  bound: io
team:
  size: 4
  rust-experience: 1
`,
  },
  check({ proposal: p, settings, triggers }) {
    const path = triggers.get('team-knows-rust');
    if (p.language !== 'go' || !path) return [];
    const rust = p.team?.['rust-experience'] ?? 0;
    const size = p.team?.size ?? 0;
    return [
      {
        path,
        message:
          `Go chosen by a team that knows Rust: ${formatNumber(rust)} of ${formatNumber(size)} engineers have shipped it, at least the ${percent(settings.rustTeamShare)} share that counts as knowing Rust, and the policy names engineers who already know Rust and want to work in it as a case for Rust. ` +
          `Keep Go and waive this notice with the team's reason, or choose Rust.`,
      },
    ];
  },
});
