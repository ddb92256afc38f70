// Policy 1.1's `costs`: the price of a Rust choice in figures, from the same settings the
// rules use, so that the report, the comment and the messages agree.
import type { Settings } from './settings.js';
import type { Costs, Proposal } from './types.js';

/** One decimal, as messages show figures: 76.666… → 76.7, 3.5999… → 3.6. */
function tenth(n: number): number {
  return Math.round(n * 10) / 10;
}

function times(n: number, [lo, hi]: readonly [number, number]): [number, number] {
  return [tenth(n * lo), tenth(n * hi)];
}

/** Engineers who pay the premium: the team and its planned hires. */
export function premiumEngineers(p: Proposal): number | undefined {
  const size = p.team?.size;
  return size === undefined ? undefined : size + (p.team?.['planned-hires'] ?? 0);
}

/** Engineers who must learn Rust: those on the team who have not shipped it, and every planned hire. */
export function engineersToOnboard(p: Proposal): number | undefined {
  const size = p.team?.size;
  if (size === undefined) return undefined;
  const experienced = Math.min(p.team?.['rust-experience'] ?? 0, size);
  return size - experienced + (p.team?.['planned-hires'] ?? 0);
}

/** Engineers a year who leave and are replaced by someone new to Rust: size × attrition. */
export function leaversPerYear(p: Proposal): number | undefined {
  const size = p.team?.size;
  const attrition = p.team?.['annual-attrition'];
  return size === undefined || attrition === undefined ? undefined : size * attrition;
}

/** Extra CI minutes a day of Rust's clean builds over Go's. */
export function extraCiMinutes(p: Proposal, settings: Settings): number | undefined {
  const merges = p.delivery?.['merges-per-day'];
  if (merges === undefined) return undefined;
  return (merges * (settings.rustBuildSeconds - settings.goBuildSeconds)) / 60;
}

/** The costs of a Rust proposal; null for another language or when nothing can be computed. */
export function computeCosts(p: Proposal, settings: Settings): Costs | null {
  if (p.language !== 'rust') return null;
  const premium = premiumEngineers(p);
  const onboard = engineersToOnboard(p);
  const leavers = leaversPerYear(p);
  const ci = extraCiMinutes(p, settings);
  const costs: Costs = {
    premiumPerYear: premium === undefined ? null : times(premium, settings.rustPremiumUsd),
    onboardingEngineerMonths:
      onboard === undefined ? null : times(onboard, settings.rustOnboardingMonths),
    rampEngineerMonthsPerYear:
      leavers === undefined ? null : times(leavers, settings.rustOnboardingMonths),
    ciMinutesPerDay: ci === undefined ? null : tenth(ci),
  };
  return Object.values(costs).every((v) => v === null) ? null : costs;
}
