// `costs`: the price of a Rust choice in figures, from the same settings the rules use. The
// messages read their figures from here too, so that a figure in a message and the same
// figure in the report or the cost line are one number (docs/policy.md, "Figures").
import type { Settings } from './settings.js';
import type { Costs, Proposal } from './types.js';

/**
 * n × 10 without the binary noise of a product such as 12 × 0.0875 = 1.0499…, so that a
 * figure that is 1.05 on paper rounds as 1.05 does.
 */
function timesTen(n: number): number {
  return Number((n * 10).toPrecision(12));
}

/** One decimal, as messages show figures: 76.666… → 76.7, 3.5999… → 3.6, 1.05 → 1.1. */
function tenth(n: number): number {
  return Math.round(timesTen(n)) / 10;
}

/** One decimal, cut rather than rounded: 59.99 → 59.9, never 60.0. */
export function truncatedTenth(n: number): number {
  return Math.floor(timesTen(n)) / 10;
}

/** Below this many engineers a year, attrition's ramp is left out: it would show as 0. */
export const MIN_LEAVERS_SHOWN = 0.1;

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

/**
 * Engineers a year who leave and are replaced by someone new to Rust: (size + planned hires) ×
 * attrition, since hires leave too.
 */
export function leaversPerYear(p: Proposal): number | undefined {
  const engineers = premiumEngineers(p);
  const attrition = p.team?.['annual-attrition'];
  return engineers === undefined || attrition === undefined ? undefined : engineers * attrition;
}

/**
 * Attrition's ramp as a message shows it: the leavers a year at one decimal, and the
 * engineer-months computed from that shown figure, so that "≈ 1.1 engineers" sits beside
 * 3.3–6.6 and not beside months from 1.05. Undefined under MIN_LEAVERS_SHOWN.
 */
export function attritionRamp(
  p: Proposal,
  settings: Settings,
): { engineers: number; engineerMonths: [number, number] } | undefined {
  const leavers = leaversPerYear(p);
  if (leavers === undefined || !(timesTen(leavers) >= timesTen(MIN_LEAVERS_SHOWN)))
    return undefined;
  const engineers = tenth(leavers);
  return { engineers, engineerMonths: times(engineers, settings.rustOnboardingMonths) };
}

/** Extra CI minutes a day of Rust's clean builds over Go's, unrounded: the rule compares this. */
export function extraCiMinutes(p: Proposal, settings: Settings): number | undefined {
  const merges = p.delivery?.['merges-per-day'];
  if (merges === undefined) return undefined;
  return (merges * (settings.rustBuildSeconds - settings.goBuildSeconds)) / 60;
}

/**
 * The extra CI minutes as shown everywhere: cut to one decimal, and below the threshold
 * whenever the unrounded minutes are, so that a figure shown at or over the threshold always
 * comes with `rust-ci-build-cost` and one below it never does.
 */
export function shownCiMinutes(minutes: number, settings: Settings): number {
  const shown = truncatedTenth(minutes);
  const threshold = settings.ciMinutesPerDay;
  if (minutes < threshold && shown >= threshold) return (Math.ceil(threshold * 10) - 1) / 10;
  return shown;
}

/** The costs of a Rust proposal; null for another language or when nothing can be computed. */
export function computeCosts(p: Proposal, settings: Settings): Costs | null {
  if (p.language !== 'rust') return null;
  const premium = premiumEngineers(p);
  const onboard = engineersToOnboard(p);
  const ramp = attritionRamp(p, settings);
  const ci = extraCiMinutes(p, settings);
  const costs: Costs = {
    premiumPerYear: premium === undefined ? null : times(premium, settings.rustPremiumUsd),
    onboardingEngineerMonths:
      onboard === undefined ? null : times(onboard, settings.rustOnboardingMonths),
    rampEngineerMonthsPerYear: ramp === undefined ? null : ramp.engineerMonths,
    ciMinutesPerDay: ci === undefined ? null : shownCiMinutes(ci, settings),
  };
  return Object.values(costs).every((v) => v === null) ? null : costs;
}
