import { attritionRamp } from '../costs.js';
import { formatNumber, percent, plural, quote, range } from '../format.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'rust-onboarding-cost',
  severity: 'warning',
  description:
    'Rust is chosen and someone on the team, a planned hire or a replacement for a leaver has to learn Rust: each needs months to ramp up.',
  docs: {
    why: `The borrow checker takes most engineers weeks to months to absorb. Engineers arriving from Python, TypeScript or Go should be given 3–6 months before they work on Rust without regular pairing or review support; the 2024 edition made the curve gentler, not flat. Go, by contrast, makes a Python or TypeScript developer productive within a week. The cost repeats with every newcomer: on a 10-person team with 20% annual attrition, about 2 engineers a year start the ramp from zero, and so does every planned hire (who may leave too: attrition counts the team and its planned hires). A team where everyone has shipped Rust today still pays it for the people who join.`,
    fix: `Staff the service with engineers who have shipped Rust in production (\`team.rust-experience\` equal to \`team.size\`, no \`planned-hires\` new to Rust, no expected \`annual-attrition\`), or choose Go. When the ramp is planned and budgeted, for instance with experienced Rust engineers pairing with the rest, waive the finding with that plan as the reason.`,
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
  annual-attrition: 0
`,
  },
  check({ proposal: p, settings }) {
    const team = p.team;
    if (p.language !== 'rust' || team?.size === undefined) return [];
    const size = team.size;
    const experienced = Math.min(team['rust-experience'] ?? 0, size);
    const attrition = team['annual-attrition'] ?? 0;
    const hires = team['planned-hires'] ?? 0;
    const toOnboard = size - experienced;
    // New people are not assumed to know Rust: hires and replacements ramp up too. Attrition
    // under a tenth of an engineer a year has no figure worth a warning.
    const ramp = attritionRamp(p, settings);
    if (toOnboard <= 0 && hires <= 0 && ramp === undefined) return [];
    const months = settings.rustOnboardingMonths;
    const total = (n: number): [number, number] => [n * months[0], n * months[1]];
    const parts: string[] = [];
    if (toOnboard > 0) {
      const from = team.background?.length
        ? ` coming from ${team.background.map((b) => quote(b)).join(', ')}`
        : '';
      parts.push(
        `${formatNumber(experienced)} of ${formatNumber(size)} engineers have shipped Rust, so ${plural(toOnboard, 'engineer')}${from} must learn it first: at ${range(months)} months each before working without regular pairing, that is ${range(total(toOnboard))} engineer-months of ramp-up.`,
      );
    } else {
      parts.push(
        `All ${formatNumber(size)} engineers have shipped Rust, but the people who join are not assumed to know it.`,
      );
    }
    if (ramp) {
      // Hires leave too: attrition counts the team and its planned hires.
      const who =
        hires > 0
          ? `(${formatNumber(size)} engineers + ${plural(hires, 'planned hire')})`
          : formatNumber(size);
      parts.push(
        `${who} × ${percent(attrition)} annual attrition ≈ ${plural(ramp.engineers, 'engineer')} a year start the ${range(months)}-month ramp: ${range(ramp.engineerMonths)} engineer-months a year.`,
      );
    }
    if (hires > 0) {
      parts.push(
        `${hires === 1 ? 'The planned hire starts' : `The ${plural(hires, 'planned hire')} start`} it too: another ${range(total(hires))} engineer-months unless they have shipped Rust already.`,
      );
    }
    parts.push(
      `The finding goes away when every engineer, present and planned, has shipped Rust and no attrition is expected, or with Go, where a Python or TypeScript developer is productive within a week; waive it with the onboarding plan if the ramp is budgeted.`,
    );
    return [{ path: ['team'], message: parts.join(' ') }];
  },
});
