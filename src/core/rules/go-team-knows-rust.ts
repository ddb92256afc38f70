import { formatNumber, percent } from '../format.js';
import { teamHeadcount, teamKnowsRust } from '../triggers.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'go-team-knows-rust',
  severity: 'notice',
  description: 'Go is chosen although most of the team has shipped Rust.',
  docs: {
    why: `The policy names engineers who already know Rust and want to work in it as a case for Rust: the onboarding and hiring costs that usually argue for Go are then largely paid. A team that chooses Go has said it does not want to work in Rust, so its knowledge of Rust is no case for Rust: the recommendation stays Go, and this notice only tells the reviewers that the other choice was open.`,
    fix: `Nothing is required: keep Go, and waive this notice if the reviewers do not need it. Choose Rust if the team wants to work in it. If fewer engineers have shipped Rust than stated, correct \`team.rust-experience\`.`,
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
  check({ proposal: p, settings }) {
    if (p.language !== 'go' || !teamKnowsRust(p, settings)) return [];
    const rust = p.team?.['rust-experience'] ?? 0;
    const size = teamHeadcount(p) ?? 0;
    return [
      {
        path: ['team', 'rust-experience'],
        message:
          `Go chosen by a team that knows Rust: ${formatNumber(rust)} of ${formatNumber(size)} engineers (team and planned hires) have shipped it, at least the ${percent(settings.rustTeamShare)} share that counts as knowing Rust. ` +
          `The policy's case is engineers who know Rust and want to work in it; this team chose Go, so the recommendation stays Go. Nothing to change unless the team wants Rust.`,
      },
    ];
  },
});
