import { formatNumber, percent, plural, range } from '../format.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'rust-onboarding-cost',
  severity: 'warning',
  description:
    'Rust is chosen and part of the team has never shipped Rust: each of them needs months to ramp up.',
  docs: {
    why: `The borrow checker takes most engineers weeks to months to absorb. Engineers arriving from Python, TypeScript or Go should be given 3–6 months before they work on Rust without regular pairing or review support; the 2024 edition made the curve gentler, not flat. Go, by contrast, makes a Python or TypeScript developer productive within a week. The cost repeats with every newcomer: a team that loses a fifth of a 10-person roster each year always has 2 engineers somewhere on the Rust learning curve, and every planned hire starts it from zero too.`,
    fix: `Staff the service with engineers who have shipped Rust in production (\`team.rust-experience\` equal to \`team.size\`), or choose Go. When the ramp is planned and budgeted, for instance with experienced Rust engineers pairing with the rest, waive the finding with that plan as the reason.`,
    fires: `service: ledger-core
language: rust
kind: database
workload:
  bound: cpu
team:
  size: 10
  rust-experience: 2
  annual-attrition: 0.2
`,
    passes: `service: ledger-core
language: rust
kind: database
workload:
  bound: cpu
team:
  size: 10
  rust-experience: 10
  annual-attrition: 0.2
`,
  },
  check({ proposal: p, settings }) {
    const team = p.team;
    if (p.language !== 'rust' || team?.size === undefined) return [];
    const size = team.size;
    const experienced = team['rust-experience'] ?? 0;
    if (experienced >= size) return [];
    const months = settings.rustOnboardingMonths;
    const toOnboard = size - experienced;
    const total = (n: number): [number, number] => [n * months[0], n * months[1]];
    const from = team.background?.length ? ` coming from ${team.background.join(', ')}` : '';
    const parts = [
      `${formatNumber(experienced)} of ${formatNumber(size)} engineers have shipped Rust, so ${plural(toOnboard, 'engineer')}${from} must learn it first: at ${range(months)} months each before working without regular pairing, that is ${range(total(toOnboard))} engineer-months of ramp-up.`,
    ];
    const attrition = team['annual-attrition'];
    if (attrition !== undefined && attrition > 0) {
      parts.push(
        `With ${percent(attrition)} annual attrition, replacements keep about ${plural(size * attrition, 'engineer')} (${formatNumber(size)} × ${attrition}) on the ramp at any time.`,
      );
    }
    const hires = team['planned-hires'];
    if (hires !== undefined && hires > 0) {
      parts.push(
        `The ${plural(hires, 'planned hire')} will onboard too, another ${range(total(hires))} engineer-months unless they have shipped Rust already.`,
      );
    }
    parts.push(
      `The finding goes away when all ${formatNumber(size)} engineers have shipped Rust (rust-experience ${formatNumber(size)}), or with Go, where engineers from other languages are productive within a week; waive it with the onboarding plan if the ramp is budgeted.`,
    );
    return [{ path: ['team'], message: parts.join(' ') }];
  },
});
