import type { ConstraintSource } from './types.js';

/**
 * Every threshold the default rules use. Defaults come from the policy's source (docs/policy.md
 * lists each with what it stands for); a team's config may change each one.
 */
export interface Settings {
  /** Constraint sources that count as measured. */
  measuredSources: ConstraintSource[];
  /** Share of the team that must have shipped Rust for `team-knows-rust`. */
  rustTeamShare: number;
  /** A CLI whose cold start must be at most this many ms makes a case for Rust. */
  cliColdStartMs: number;
  /** Seconds for a clean CI build of a typical service. */
  rustBuildSeconds: number;
  goBuildSeconds: number;
  /** Extra CI minutes a day from which `rust-ci-build-cost` fires. */
  ciMinutesPerDay: number;
  /** Yearly pay premium of a senior Rust engineer over a Go one, US markets. */
  rustPremiumUsd: [number, number];
  /** Months before an engineer new to Rust is productive without pairing. */
  rustOnboardingMonths: [number, number];
  /** Oldest Go release and Rust edition that `toolchain-outdated` accepts. */
  minGoVersion: string;
  minRustEdition: string;
  /** Oldest rustc release that `toolchain-outdated` accepts (1.85: async closures, edition 2024). */
  minRustVersion: string;
  /** Go 1.26's Green Tea GC: [min, max] percent less GC overhead that Go's release notes expect in GC-heavy programs. */
  greenTeaGcCutPercent: [number, number];
  /** `waiver-expiring` warns this many days before a waiver's `expires`. */
  waiverWarningDays: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  measuredSources: ['production', 'load-test'],
  rustTeamShare: 0.5,
  cliColdStartMs: 10,
  rustBuildSeconds: 120,
  goBuildSeconds: 5,
  ciMinutesPerDay: 60,
  rustPremiumUsd: [25_000, 30_000],
  rustOnboardingMonths: [3, 6],
  minGoVersion: '1.26',
  minRustEdition: '2024',
  minRustVersion: '1.85',
  greenTeaGcCutPercent: [10, 40],
  waiverWarningDays: 30,
});
